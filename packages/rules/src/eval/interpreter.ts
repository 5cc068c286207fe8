import { evaluateAggregate } from '../core/kinds/aggregate.ts';
import { applyArithmetic } from '../core/kinds/arithmetic.ts';
import { applyCompare } from '../core/kinds/compare.ts';
import { ROLE_FACT, type FactNode } from '../core/kinds/fact.ts';
import { evaluateLogic } from '../core/kinds/logic.ts';
import { evaluateRight } from '../core/kinds/right.ts';
import { nodeKey } from '../core/key.ts';
import type { CoreNode, NodeKindTable, NodeOf } from '../core/nodes.ts';
import type { Value } from '../types.ts';
import { known, mergeRefs, unknown, type EvalContext, type Evaluate, type FactRef, type Result } from './context.ts';

type Handler<K extends keyof NodeKindTable<unknown>> = (node: NodeOf<K>, ctx: EvalContext, evaluate: Evaluate) => Result;

/**
 * Strict kinds: both operands must be known. Unknown operands and facts to confirm are
 * handled here, once, so no node kind does its own bookkeeping.
 */
function strict<K extends 'compare' | 'arithmetic'>(operands: (n: NodeOf<K>) => [CoreNode, CoreNode], apply: (n: NodeOf<K>, a: Value, b: Value) => Value | null): Handler<K> {
  return (node, ctx, evaluate) => {
    const [left, right] = operands(node);
    const a = evaluate(left, ctx);
    const b = evaluate(right, ctx);
    if (a.kind === 'unknown' || b.kind === 'unknown') {
      return unknown(a.kind === 'unknown' && b.kind === 'unknown' ? mergeRefs([a.missing, b.missing]) : a.kind === 'unknown' ? a.missing : (b as { missing: FactRef[] }).missing);
    }
    const value = apply(node, a.value, b.value);
    return value === null ? unknown([]) : known(value, a.confirm.length || b.confirm.length ? mergeRefs([a.confirm, b.confirm]) : a.confirm);
  };
}

const pair: Value[] = [0, 0];

function readFact(node: FactNode, ctx: EvalContext): Result {
  const { situation } = ctx;
  if (node.scope === 'household') {
    const v = situation.household.get(node.fact);
    const ref: FactRef = { entity: 'household', fact: node.fact };
    return v ? known(v.value, v.confirm ? [ref] : []) : unknown([ref]);
  }
  const index = node.scope === 'person' ? ctx.person : ctx.it;
  const person = situation.persons[index];
  if (!person) return unknown(node.fact === ROLE_FACT ? [] : [{ entity: 'person', fact: node.fact }]);
  if (node.fact === ROLE_FACT) return known(person.role);
  const ref: FactRef = { entity: 'person', fact: node.fact, person: person.id };
  const v = person.facts.get(node.fact);
  return v ? known(v.value, v.confirm ? [ref] : []) : unknown([ref]);
}

/** The interpreter's dispatch table: one entry per primitive kind, checked complete by the compiler. */
const HANDLERS: { [K in keyof NodeKindTable<unknown>]: Handler<K> } = {
  constant: (node) => known(node.value),
  fact: (node, ctx) => readFact(node, ctx),
  parameter: (node, ctx) => {
    if (node.ref.type === 'date') return known(ctx.date);
    return known(ctx.parameter(node.ref));
  },
  compare: strict<'compare'>((n) => [n.left, n.right], (n, a, b) => applyCompare(n.op, a, b)),
  arithmetic: strict<'arithmetic'>(
    (n) => n.args as [CoreNode, CoreNode],
    (n, a, b) => {
      pair[0] = a;
      pair[1] = b;
      return applyArithmetic(n.op, pair);
    },
  ),
  logic: evaluateLogic,
  aggregate: evaluateAggregate,
  right: (node, ctx) => evaluateRight(node, ctx),
};

/** Evaluates a core node: the single evaluator loop (dispatch, then tracing for explanations). */
export const evaluateNode: Evaluate = (node, ctx) => {
  let result: Result | undefined;
  if (node.kind === 'aggregate') {
    // Aggregates read every member: computed once per run and person, shared by all rights.
    const key = `${ctx.person}|${nodeKey(node)}`;
    result = ctx.memo.get(key);
    if (!result) {
      result = evaluateAggregate(node, ctx, evaluateNode);
      ctx.memo.set(key, result);
    }
  } else result = (HANDLERS[node.kind] as Handler<typeof node.kind>)(node as never, ctx, evaluateNode);
  if (ctx.trace) ctx.trace.set(node, result);
  return result;
};
