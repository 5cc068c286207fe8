import { UnreachableCaseError } from '../../errors.ts';
import { known, mergeRefs, unknown, type EvalContext, type Evaluate, type FactRef, type Result } from '../../eval/context.ts';
import type { Lang } from '../../types.ts';
import type { CoreNode, NodeBase } from '../nodes.ts';
import { kleene } from './logic.ts';

/** Aggregate operators over household members. */
export type AggregateOp = 'count' | 'sum' | 'min' | 'max' | 'any' | 'all';

/**
 * Looks at every household member (`it`) for which `where` holds (role filters are rewritten
 * into `where`) and combines `of`: count of members where `of` is true (or all included
 * members when `of` is null), sum/min/max of `of`, any/all of `of`. A member whose `where`
 * is unknown makes count, sum, min and max unknown; min and max of no member are unknown.
 */
export interface AggregateNode extends NodeBase {
  kind: 'aggregate';
  op: AggregateOp;
  where: CoreNode | null;
  of: CoreNode | null;
}

const TRUE: Result = known(true);
const FALSE: Result = known(false);

/** Evaluates an aggregate over the members of the household. */
export function evaluateAggregate(node: AggregateNode, ctx: EvalContext, evaluate: Evaluate): Result {
  const members = ctx.situation.persons.length;
  const parts: Result[] = [];
  const missing: FactRef[][] = [];
  const confirm: FactRef[][] = [];
  const values: number[] = [];
  // The context is borrowed for each member and restored after: no copy per member.
  const [savedIt, savedTrace] = [ctx.it, ctx.trace];
  ctx.trace = null;
  try {
    for (let m = 0; m < members; m++) {
      ctx.it = m;
      member(node, ctx, evaluate, parts, missing, confirm, values);
    }
  } finally {
    ctx.it = savedIt;
    ctx.trace = savedTrace;
  }
  if (node.op === 'any') return kleene(parts, true);
  if (node.op === 'all') return kleene(parts, false);
  if (missing.length) return unknown(mergeRefs(missing));
  if ((node.op === 'min' || node.op === 'max') && values.length === 0) return unknown([]);
  return known(combine(node.op, values), mergeRefs(confirm));
}

function member(node: AggregateNode, inner: EvalContext, evaluate: Evaluate, parts: Result[], missing: FactRef[][], confirm: FactRef[][], values: number[]): void {
  const w = node.where ? evaluate(node.where, inner) : TRUE;
  if (w.kind === 'known' && w.value === false) return;
  const v = node.of ? evaluate(node.of, inner) : TRUE;
  if (node.op === 'any' || node.op === 'all') {
    parts.push(node.op === 'any' ? kleene([w, v], false) : kleene([w.kind === 'known' ? FALSE : w, v], true));
    return;
  }
  if (w.kind === 'unknown') missing.push(w.missing);
  if (v.kind === 'unknown') missing.push(v.missing);
  if (w.kind === 'unknown' || v.kind === 'unknown') return;
  confirm.push(w.confirm, v.confirm);
  if (node.op === 'count') values.push(v.value === true ? 1 : 0);
  else values.push(v.value as number);
}

function combine(op: 'count' | 'sum' | 'min' | 'max', values: number[]): number {
  switch (op) {
    case 'count':
    case 'sum':
      return values.reduce((a, b) => a + b, 0);
    case 'min':
      return Math.min(...values);
    case 'max':
      return Math.max(...values);
    default:
      throw new UnreachableCaseError(op);
  }
}

const WORDS: Record<Lang, Record<AggregateOp, string> & { where: string; members: string }> = {
  nl: { count: 'het aantal', sum: 'de som van', min: 'het kleinste', max: 'het grootste', any: 'minstens één', all: 'elk', members: 'gezinsleden', where: 'waarvoor' },
  fr: { count: 'le nombre de', sum: 'la somme de', min: 'le plus petit', max: 'le plus grand', any: 'au moins un des', all: 'chacun des', members: 'membres du ménage', where: 'pour lesquels' },
  en: { count: 'the number of', sum: 'the sum of', min: 'the smallest', max: 'the largest', any: 'at least one of the', all: 'each of the', members: 'household members', where: 'for whom' },
};

/** Describes an aggregate: "the number of household members for whom …". */
export function describeAggregate(node: AggregateNode, lang: Lang, describe: (n: CoreNode) => string): string {
  const w = WORDS[lang];
  const filter = node.where ? ` ${w.where} ${describe(node.where)}` : '';
  const of = node.of ? `: ${describe(node.of)}` : '';
  return `${w[node.op]} ${w.members}${filter}${of}`;
}
