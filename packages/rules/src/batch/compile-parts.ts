import { monthsBetween, yearsBetween } from '../dates.ts';
import { nodeKey } from '../core/key.ts';
import type { CoreNode, NodeOf } from '../core/nodes.ts';
import { resolveParameter } from '../eval/parameters.ts';
import type { CompileContext, DayTable } from './compile.ts';
import type { Generator, Out, Scope } from './generator.ts';

/** Ages up to 130 years and dates up to 2 years after the fixed day are read from a table. */
const TABLE_BEFORE = 130 * 366;
const TABLE_AFTER = 2 * 366;

/** The table of {@link DayTable}: the interpreter's own count for every day in range. */
export function dayTable(op: 'years_between' | 'months_between', to: number): DayTable {
  const f = op === 'years_between' ? yearsBetween : monthsBetween;
  const from = to - TABLE_BEFORE;
  const values = new Int16Array(TABLE_BEFORE + TABLE_AFTER);
  for (let k = 0; k < values.length; k++) values[k] = f(from + k, to);
  return { from, values };
}

const keyIds = new Map<string, number>();
const nodeIds = new WeakMap<CoreNode, number>();

/**
 * A number per structural key (equal sub-expressions, equal numbers): compilation keys its
 * maps by these instead of by the long key texts, which would be rehashed at every node.
 */
export function keyId(node: CoreNode): number {
  let id = nodeIds.get(node);
  if (id === undefined) {
    const key = nodeKey(node);
    id = keyIds.get(key);
    if (id === undefined) keyIds.set(key, (id = keyIds.size));
    nodeIds.set(node, id);
  }
  return id;
}

/** How many times each (binding, structural key) occurs in a tree. */
export function countUses(node: CoreNode, scope: string, uses: Map<string, number>): void {
  const key = `${scope}|${keyId(node)}`;
  uses.set(key, (uses.get(key) ?? 0) + 1);
  switch (node.kind) {
    case 'compare':
      countUses(node.left, scope, uses);
      countUses(node.right, scope, uses);
      return;
    case 'arithmetic':
    case 'logic':
      for (const a of node.args) countUses(a, scope, uses);
      return;
    case 'aggregate': {
      const inner = `${scope}/${keyId(node)}`;
      if (node.where) countUses(node.where, inner, uses);
      if (node.of) countUses(node.of, inner, uses);
      return;
    }
    default:
      return;
  }
}

/** The value of a constant or parameter node (the same for every row), else undefined. */
export function constantValue(node: CoreNode, ctx: CompileContext): number | undefined {
  if (node.kind === 'constant') return typeof node.value === 'string' ? undefined : Number(node.value);
  if (node.kind === 'parameter') return node.ref.type === 'date' ? ctx.date : resolveParameter(ctx.catalog, node.ref, ctx.date);
  return undefined;
}

/** count/sum/min/max/any/all over the members of the row's household, `it` bound to each. */
export function aggregateCode(g: Generator, node: NodeOf<'aggregate'>, s: Scope): Out {
  const [v, u] = [g.tmp(), g.tmp()];
  const label = g.label();
  const m = `m${label.slice(1)}`;
  const start = g.bound('personStart', (b) => b.population.personStart);
  const inner: Scope = { ...s, it: m, id: `${s.id}/${keyId(node)}`, prelude: [], memo: new Map() };
  const [a, b, c, d] = [g.tmp(), g.tmp(), g.tmp(), g.tmp()];
  const numeric = node.op !== 'any' && node.op !== 'all';
  const init = node.op === 'min' ? 'Infinity' : node.op === 'max' ? '-Infinity' : '0';
  // numeric: a = unknown, b = u, c = acc, d = count; any/all: a = decided, b = deciding u, c = unknown, d = all u
  g.line(numeric ? `${a} = 0; ${b} = 0; ${c} = ${init}; ${d} = 0;` : `${a} = 0; ${b} = 1; ${c} = 0; ${d} = 0;`);
  g.line(`${label}: for (let ${m} = ${start}[${s.household}]; ${m} < ${start}[${s.household} + 1]; ${m}++) {`);
  const preludeAt = g.lines.length;
  const w = node.where ? g.gen(node.where, inner) : { v: '1', u: '0' };
  g.line(`if (${w.v} === 0) continue ${label};`);
  const x = node.of ? g.gen(node.of, inner) : { v: '1', u: '0' };
  g.lines.splice(preludeAt, 0, ...inner.prelude);
  if (numeric) {
    const steps: Record<string, string> = { count: `${c} += ${x.v} === 1 ? 1 : 0;`, sum: `${c} += ${x.v};`, min: `${c} = Math.min(${c}, ${x.v});`, max: `${c} = Math.max(${c}, ${x.v});` };
    const step = steps[node.op]!;
    g.line(`if (${w.v} !== ${w.v} || ${x.v} !== ${x.v}) { ${a} = 1; continue ${label}; }`);
    g.line(`${b} |= ${w.u} | ${x.u}; ${d}++; ${step}`);
    g.line('}');
    const empty = node.op === 'min' || node.op === 'max' ? ` || ${d} === 0` : '';
    g.line(`if (${a} === 1${empty}) { ${v} = NaN; ${u} = 0; } else { ${v} = ${c}; ${u} = ${b}; }`);
    return { v, u };
  }
  if (node.op === 'any') {
    // part = where and of: false when of is false, unknown when either is, else true
    g.line(`if (${x.v} === 0) { ${d} |= ${x.u}; } else if (${w.v} !== ${w.v} || ${x.v} !== ${x.v}) { ${c} = 1; } else { ${d} |= ${w.u} | ${x.u}; ${a} = 1; ${b} &= ${w.u} | ${x.u}; }`);
  } else {
    // part = not where or of: true when of is true, unknown when either is, else false
    g.line(`if (${x.v} === 1) { ${d} |= ${x.u}; } else if (${w.v} !== ${w.v} || ${x.v} !== ${x.v}) { ${c} = 1; } else { ${d} |= ${x.u}; ${a} = 1; ${b} &= ${x.u}; }`);
  }
  g.line(`if (${a} === 1 && ${b} === 0) break ${label};`);
  g.line('}');
  const dom = node.op === 'any' ? 1 : 0;
  g.line(`if (${a} === 1) { ${v} = ${dom}; ${u} = ${b}; } else if (${c} === 1) { ${v} = NaN; ${u} = 0; } else { ${v} = ${1 - dom}; ${u} = ${d}; }`);
  return { v, u };
}
