import { applyArithmetic } from '../core/kinds/arithmetic.ts';
import { ROLE_FACT } from '../core/kinds/fact.ts';
import type { CoreNode, NodeKindTable, NodeOf } from '../core/nodes.ts';
import { resolveParameter } from '../eval/parameters.ts';
import { MEMBER_ROLES } from '../types.ts';
import { evaluateAggregateBatch } from './aggregate.ts';
import { vec, type BatchContext, type Frame, type Vec } from './frame.ts';
import { kleeneVec } from './logic.ts';

type BatchHandler<K extends keyof NodeKindTable<unknown>> = (node: NodeOf<K>, frame: Frame, ctx: BatchContext) => Vec;

function fill(frame: Frame, value: number): Vec {
  const out = vec(frame.n);
  out.v.fill(value);
  return out;
}

const COMPARE: Record<NodeOf<'compare'>['op'], (a: number, b: number) => boolean> = {
  '=': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/** The batch evaluator's dispatch table: the same meaning as the interpreter, one column at a time. */
const HANDLERS: { [K in keyof NodeKindTable<unknown>]: BatchHandler<K> } = {
  constant: (node, frame, ctx) => fill(frame, typeof node.value === 'string' ? ctx.code(node.value) : Number(node.value)),
  parameter: (node, frame, ctx) => fill(frame, node.ref.type === 'date' ? ctx.date : resolveParameter(ctx.catalog, node.ref, ctx.date)),
  fact: (node, frame, ctx) => {
    const out = vec(frame.n);
    const index = node.scope === 'household' ? frame.hh : node.scope === 'person' ? frame.person : frame.it;
    if (node.fact === ROLE_FACT) {
      const codes = MEMBER_ROLES.map((r) => ctx.code(r));
      for (let i = 0; i < frame.n; i++) out.v[i] = index[i]! < 0 ? NaN : codes[ctx.population.personRole[index[i]!]!]!;
      return out;
    }
    const col = (node.scope === 'household' ? ctx.population.householdFacts : ctx.population.personFacts)[node.fact];
    const fresh = ctx.catalog.vocabulary.facts.get(node.fact)?.freshness_days;
    const staleBefore = fresh === undefined ? -Infinity : ctx.date - fresh;
    for (let i = 0; i < frame.n; i++) {
      const j = index[i]!;
      const raw = j < 0 || !col ? NaN : col.values[j]!;
      const value = raw === col?.missing ? NaN : raw;
      out.v[i] = value;
      if (Number.isNaN(value) || !col) continue;
      if (col.selfDeclared?.[j] === 1 || (col.observed && col.observed[j]! < staleBefore)) out.u[i] = 1;
    }
    return out;
  },
  compare: (node, frame, ctx) => {
    const [a, b] = [evaluateBatch(node.left, frame, ctx), evaluateBatch(node.right, frame, ctx)];
    const test = COMPARE[node.op];
    for (let i = 0; i < frame.n; i++) {
      const x = a.v[i]!;
      const y = b.v[i]!;
      if (Number.isNaN(x) || Number.isNaN(y)) a.v[i] = NaN;
      else {
        a.v[i] = test(x, y) ? 1 : 0;
        a.u[i] = a.u[i]! | b.u[i]!;
      }
    }
    return a;
  },
  arithmetic: (node, frame, ctx) => {
    const args = node.args.map((n) => evaluateBatch(n, frame, ctx));
    const out = args[0]!;
    const b = args[1];
    const pair = [0, 0];
    for (let i = 0; i < frame.n; i++) {
      const x = out.v[i]!;
      const y = b ? b.v[i]! : 0;
      if (Number.isNaN(x) || Number.isNaN(y)) {
        out.v[i] = NaN;
        continue;
      }
      pair[0] = x;
      pair[1] = y;
      out.v[i] = applyArithmetic(node.op, pair) ?? NaN;
      if (b) out.u[i] = out.u[i]! | b.u[i]!;
    }
    return out;
  },
  logic: (node, frame, ctx) => {
    const args = node.args.map((n) => evaluateBatch(n, frame, ctx));
    switch (node.op) {
      case 'all':
      case 'any':
        return kleeneVec(args, node.op === 'any', frame.n);
      case 'not': {
        const a = args[0]!;
        for (let i = 0; i < frame.n; i++) if (!Number.isNaN(a.v[i]!)) a.v[i] = 1 - a.v[i]!;
        return a;
      }
      case 'known': {
        const a = args[0]!;
        for (let i = 0; i < frame.n; i++) {
          a.v[i] = Number.isNaN(a.v[i]!) ? 0 : 1;
          a.u[i] = 0;
        }
        return a;
      }
      case 'if': {
        const [c, t, e] = args as [Vec, Vec, Vec];
        for (let i = 0; i < frame.n; i++) {
          const chosen = c.v[i] === 1 ? t : e;
          const value = Number.isNaN(c.v[i]!) ? NaN : chosen.v[i]!;
          c.u[i] = Number.isNaN(value) ? 0 : c.u[i]! | chosen.u[i]!;
          c.v[i] = value;
        }
        return c;
      }
    }
  },
  aggregate: (node, frame, ctx) => evaluateAggregateBatch(node, frame, ctx, evaluateBatch),
  right: (node, frame, ctx) => {
    const vectors = ctx.rights.get(node.right)!;
    const out = vec(frame.n);
    const personLevel = node.scope !== 'household' && vectors.person;
    const index = personLevel ? (node.scope === 'person' ? frame.person : frame.it) : frame.hh;
    const source = personLevel ? vectors.person! : vectors.household;
    const base = personLevel ? ctx.p0 : ctx.h0;
    for (let i = 0; i < frame.n; i++) {
      const j = index[i]!;
      if (j < 0) {
        out.v[i] = personLevel ? 0 : NaN;
        continue;
      }
      out.v[i] = source.v[j - base]!;
      out.u[i] = source.u[j - base]!;
    }
    return out;
  },
};

/** Evaluates a node over a frame; returns a fresh vector the caller may overwrite. */
export function evaluateBatch(node: CoreNode, frame: Frame, ctx: BatchContext): Vec {
  return (HANDLERS[node.kind] as BatchHandler<typeof node.kind>)(node as never, frame, ctx);
}
