import { UnreachableCaseError } from '../errors.ts';
import { monthsBetween, yearsBetween } from '../dates.ts';
import { ROLE_FACT } from '../core/kinds/fact.ts';
import { nodeKey } from '../core/key.ts';
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

type Loop = (a: Float64Array, b: Float64Array, out: Float64Array, n: number) => void;

/** One tight loop per operator; an unknown (NaN) operand gives an unknown result. */
const COMPARE: Record<NodeOf<'compare'>['op'], Loop> = {
  '=': (a, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = a[i]! !== a[i]! || b[i]! !== b[i]! ? NaN : a[i] === b[i] ? 1 : 0;
  },
  '!=': (a, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = a[i]! !== a[i]! || b[i]! !== b[i]! ? NaN : a[i] !== b[i] ? 1 : 0;
  },
  '<': (a, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = a[i]! !== a[i]! || b[i]! !== b[i]! ? NaN : a[i]! < b[i]! ? 1 : 0;
  },
  '<=': (a, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = a[i]! !== a[i]! || b[i]! !== b[i]! ? NaN : a[i]! <= b[i]! ? 1 : 0;
  },
  '>': (a, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = a[i]! !== a[i]! || b[i]! !== b[i]! ? NaN : a[i]! > b[i]! ? 1 : 0;
  },
  '>=': (a, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = a[i]! !== a[i]! || b[i]! !== b[i]! ? NaN : a[i]! >= b[i]! ? 1 : 0;
  },
};

/** One loop per arithmetic operator, with the interpreter's meaning (see applyArithmetic). */
const ARITHMETIC: Record<NodeOf<'arithmetic'>['op'], Loop> = {
  '+': (a, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = a[i]! + b[i]!;
  },
  '-': (a, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = a[i]! - b[i]!;
  },
  '*': (a, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = a[i]! * b[i]!;
  },
  '/': (a, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = b[i] === 0 ? NaN : a[i]! / b[i]!;
  },
  min: (a, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = Math.min(a[i]!, b[i]!);
  },
  max: (a, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = Math.max(a[i]!, b[i]!);
  },
  round: (a, b, out, n) => {
    for (let i = 0; i < n; i++) {
      const f = 10 ** b[i]!;
      out[i] = Math.floor(a[i]! * f + 0.5) / f;
    }
  },
  years_between: (a, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = a[i]! !== a[i]! || b[i]! !== b[i]! ? NaN : yearsBetween(a[i]!, b[i]!);
  },
  months_between: (a, b, out, n) => {
    for (let i = 0; i < n; i++) out[i] = a[i]! !== a[i]! || b[i]! !== b[i]! ? NaN : monthsBetween(a[i]!, b[i]!);
  },
};

/** Copies a column into a vector through an index (NaN where there is no row or no value). */
function gatherFloat(values: Float64Array, index: Int32Array, out: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const j = index[i]!;
    out[i] = j < 0 ? NaN : values[j]!;
  }
}

/** The same for narrow columns, whose unknown is a sentinel value. */
function gatherNarrow(values: Int32Array | Int16Array | Uint8Array | Uint16Array | Float32Array, missing: number | undefined, index: Int32Array, out: Float64Array, n: number): void {
  for (let i = 0; i < n; i++) {
    const j = index[i]!;
    const raw = j < 0 ? NaN : values[j]!;
    out[i] = raw === missing ? NaN : raw;
  }
}

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
    if (!col) {
      out.v.fill(NaN, 0, frame.n);
      return out;
    }
    if (col.values instanceof Float64Array) gatherFloat(col.values, index, out.v, frame.n);
    else gatherNarrow(col.values, col.missing, index, out.v, frame.n);
    const fresh = ctx.catalog.vocabulary.facts.get(node.fact)?.freshness_days;
    const { selfDeclared, observed } = col;
    if (selfDeclared || (observed && fresh !== undefined)) {
      const staleBefore = fresh === undefined ? -Infinity : ctx.date - fresh;
      for (let i = 0; i < frame.n; i++) {
        const j = index[i]!;
        if (j < 0 || out.v[i] !== out.v[i]) continue;
        if (selfDeclared?.[j] === 1 || (observed && observed[j]! < staleBefore)) out.u[i] = 1;
      }
    }
    return out;
  },
  compare: (node, frame, ctx) => {
    const [a, b] = [evaluateBatch(node.left, frame, ctx), evaluateBatch(node.right, frame, ctx)];
    const out = vec(frame.n);
    COMPARE[node.op](a.v, b.v, out.v, frame.n);
    for (let i = 0; i < frame.n; i++) if (out.v[i] === out.v[i]) out.u[i] = a.u[i]! | b.u[i]!;
    return out;
  },
  arithmetic: (node, frame, ctx) => {
    const [a, b] = node.args.map((n) => evaluateBatch(n, frame, ctx)) as [Vec, Vec];
    const out = vec(frame.n);
    ARITHMETIC[node.op](a.v, b.v, out.v, frame.n);
    for (let i = 0; i < frame.n; i++) out.u[i] = a.u[i]! | b.u[i]!;
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
        const out = vec(frame.n);
        out.u.set(a.u);
        for (let i = 0; i < frame.n; i++) out.v[i] = 1 - a.v[i]!;
        return out;
      }
      case 'known': {
        const a = args[0]!;
        const out = vec(frame.n);
        for (let i = 0; i < frame.n; i++) out.v[i] = Number.isNaN(a.v[i]!) ? 0 : 1;
        return out;
      }
      case 'if': {
        const [c, t, e] = args as [Vec, Vec, Vec];
        const out = vec(frame.n);
        for (let i = 0; i < frame.n; i++) {
          const chosen = c.v[i] === 1 ? t : e;
          const value = Number.isNaN(c.v[i]!) ? NaN : chosen.v[i]!;
          out.u[i] = Number.isNaN(value) ? 0 : c.u[i]! | chosen.u[i]!;
          out.v[i] = value;
        }
        return out;
      }
      default:
        throw new UnreachableCaseError(node.op);
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

/**
 * Evaluates a node over a frame. Results are shared by structural key within the frame,
 * so a sub-expression that many rights use (age, count(kind), an income sum) is computed
 * once per chunk; vectors are therefore never written to after they are returned.
 */
export function evaluateBatch(node: CoreNode, frame: Frame, ctx: BatchContext): Vec {
  const key = nodeKey(node);
  let out = frame.cache.get(key);
  if (!out) {
    out = (HANDLERS[node.kind] as BatchHandler<typeof node.kind>)(node as never, frame, ctx);
    frame.cache.set(key, out);
  }
  return out;
}
