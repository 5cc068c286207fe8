import type { CoreNode, NodeOf } from '../core/nodes.ts';
import { frame as makeFrame, vec, type BatchContext, type Frame, type Vec } from './frame.ts';

/**
 * An aggregate over members: every row is expanded into one row per member of its
 * household (`it`), `where` and `of` are evaluated over the expanded frame, and each row's
 * members are combined with exactly the interpreter's three-valued rules.
 */
export function evaluateAggregateBatch(
  node: NodeOf<'aggregate'>,
  frame: Frame,
  ctx: BatchContext,
  evaluate: (n: CoreNode, f: Frame, c: BatchContext) => Vec,
): Vec {
  frame.members ??= memberFrame(frame, ctx);
  const { frame: sub, segment } = frame.members;
  const where = node.where ? evaluate(node.where, sub, ctx) : null;
  const of = node.of ? evaluate(node.of, sub, ctx) : null;
  const out = vec(frame.n);
  const reduce = node.op === 'any' ? reduceAny : node.op === 'all' ? reduceAll : reduceNumeric;
  for (let i = 0; i < frame.n; i++) reduce(node.op, segment[i]!, segment[i + 1]!, where, of, out, i);
  return out;
}

function memberFrame(frame: Frame, ctx: BatchContext): { frame: Frame; segment: Int32Array } {
  const { personStart } = ctx.population;
  let total = 0;
  for (let i = 0; i < frame.n; i++) total += personStart[frame.hh[i]! + 1]! - personStart[frame.hh[i]!]!;
  const sub = makeFrame(total, new Int32Array(total), new Int32Array(total), new Int32Array(total));
  const segment = new Int32Array(frame.n + 1);
  let k = 0;
  for (let i = 0; i < frame.n; i++) {
    segment[i] = k;
    for (let m = personStart[frame.hh[i]!]!; m < personStart[frame.hh[i]! + 1]!; m++, k++) {
      sub.hh[k] = frame.hh[i]!;
      sub.person[k] = frame.person[i]!;
      sub.it[k] = m;
    }
  }
  segment[frame.n] = k;
  return { frame: sub, segment };
}

type Reducer = (op: NodeOf<'aggregate'>['op'], from: number, to: number, where: Vec | null, of: Vec | null, out: Vec, i: number) => void;

const reduceNumeric: Reducer = (op, from, to, where, of, out, i) => {
  let unknown = false;
  let u = 0;
  let acc = op === 'min' ? Infinity : op === 'max' ? -Infinity : 0;
  let count = 0;
  for (let k = from; k < to; k++) {
    const w = where ? where.v[k]! : 1;
    if (w === 0) continue;
    const v = of ? of.v[k]! : 1;
    if (Number.isNaN(w) || Number.isNaN(v)) {
      unknown = true;
      continue;
    }
    u |= (where ? where.u[k]! : 0) | (of ? of.u[k]! : 0);
    count++;
    if (op === 'count') acc += v === 1 ? 1 : 0;
    else if (op === 'sum') acc += v;
    else if (op === 'min') acc = Math.min(acc, v);
    else acc = Math.max(acc, v);
  }
  const empty = (op === 'min' || op === 'max') && count === 0;
  out.v[i] = unknown || empty ? NaN : acc;
  out.u[i] = unknown || empty ? 0 : u;
};

/** Kleene "or" over members of (where and of). */
const reduceAny: Reducer = (_op, from, to, where, of, out, i) => {
  let decided = false;
  let decidingU = 1;
  let unknown = false;
  let allU = 0;
  for (let k = from; k < to; k++) {
    const w = where ? where.v[k]! : 1;
    if (w === 0) continue;
    const wu = where ? where.u[k]! : 0;
    const v = of!.v[k]!;
    const vu = of!.u[k]!;
    let part = 1;
    let pu = wu | vu;
    if (v === 0) {
      part = 0;
      pu = vu;
    } else if (Number.isNaN(w) || Number.isNaN(v)) {
      part = NaN;
      pu = 0;
    }
    if (Number.isNaN(part)) unknown = true;
    else {
      allU |= pu;
      if (part === 1) {
        decided = true;
        decidingU &= pu;
      }
    }
  }
  out.v[i] = decided ? 1 : unknown ? NaN : 0;
  out.u[i] = decided ? decidingU : unknown ? 0 : allU;
};

/** Kleene "and" over members of (not where, or of). */
const reduceAll: Reducer = (_op, from, to, where, of, out, i) => {
  let decided = false;
  let decidingU = 1;
  let unknown = false;
  let allU = 0;
  for (let k = from; k < to; k++) {
    const w = where ? where.v[k]! : 1;
    if (w === 0) continue;
    const v = of!.v[k]!;
    const vu = of!.u[k]!;
    let part: number;
    if (v === 1) part = 1;
    else if (Number.isNaN(w) || Number.isNaN(v)) part = NaN;
    else part = 0;
    if (Number.isNaN(part)) unknown = true;
    else {
      allU |= vu;
      if (part === 0) {
        decided = true;
        decidingU &= vu;
      }
    }
  }
  out.v[i] = decided ? 0 : unknown ? NaN : 1;
  out.u[i] = decided ? decidingU : unknown ? 0 : allU;
};
