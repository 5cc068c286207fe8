import type { RightDefinition, Catalog } from '../load/types.ts';
import type { Vec } from './frame.ts';
import { Generator, topScope } from './generator.ts';
import type { FactColumn, Population } from './population.ts';

/**
 * A right compiled to one loop over the rows of a frame. `K` are the constants bound to the
 * population of the call (its columns and codes, see {@link CompiledRight.constants}). Per row it writes the eligibility
 * (`ev`: 1, 0 or NaN for unknown; `eu`: 1 when it rests on facts to confirm) and, where the
 * row is eligible, the amount (`av`, NaN elsewhere). `rights` are the vectors of the rights
 * named in {@link CompiledRight.rights}, in that order; `h0`/`p0` are the chunk's first
 * household and person (right vectors are indexed from them).
 */
export type RowKernel = (
  K: unknown[],
  n: number,
  hh: Int32Array,
  person: Int32Array,
  it: Int32Array,
  rights: Vec[],
  h0: number,
  p0: number,
  ev: Float64Array,
  eu: Uint8Array,
  av: Float64Array | null,
) => void;

/** A right's vector a kernel reads: its person level (person rights) or its household level. */
export interface RightInput {
  id: string;
  person: boolean;
}

/** A right's kernel, the constants to call it with, and the right vectors it reads. */
export interface CompiledRight {
  run: RowKernel;
  constants: unknown[];
  rights: RightInput[];
}

/** What a compiled right is bound to at each call: the population and its text codes. */
export interface Binding {
  population: Population;
  /** Dictionary code of a text (a negative code of its own when no value has it). */
  code(text: string): number;
}

/** What compilation reads: the catalogue, the date, and the population (its shape; values are bound). */
export interface CompileContext extends Binding {
  catalog: Catalog;
  date: number;
  /** Identifies the population's shape (which columns, of which array types): see populationShape. */
  shape: string;
  /** Tables of years/months between any day and a fixed day, shared by the rights (and calls). */
  tables: Map<string, DayTable>;
}

/** Whole years or months from every day in [from, from + values.length) to a fixed day. */
export interface DayTable {
  from: number;
  values: Int16Array;
}

/**
 * Kernels by source. The population's columns and codes are an argument of every call (`K`),
 * not constants of a closure made per call: screening the same catalogue on the same date
 * again, chunk after chunk, calls the very same function, and V8 keeps its optimised code.
 * (A new closure per chunk had to be optimised anew each time in a long screening run,
 * which made evaluation there some ten times slower than in a loop over the same chunks.)
 */
const kernels = new Map<string, RowKernel>();
const MAX_KERNELS = 1000;

/** A compiled right before binding: its kernel and how to fill its `K`. */
interface Template {
  kernel: RowKernel;
  consts: ((b: Binding) => unknown)[];
  rights: RightInput[];
}

/** Templates by right, date and population shape: a call like the previous one generates nothing. */
const templates = new WeakMap<RightDefinition, Map<string, Template>>();

/** What the generated source depends on in a population: its columns, their types and flags. */
export function populationShape(pop: Population): string {
  const shape = (cols: Record<string, FactColumn>) =>
    Object.entries(cols)
      .map(([id, c]) => `${id}:${c.values.constructor.name}:${c.missing}:${c.selfDeclared ? 1 : 0}:${c.observed ? 1 : 0}`)
      .join(',');
  return `${shape(pop.householdFacts)}|${shape(pop.personFacts)}`;
}

/** Compiles a right (or reuses its template) and binds it to the context's population. */
export function compileRight(right: RightDefinition, ctx: CompileContext): CompiledRight {
  let byKey = templates.get(right);
  if (!byKey) templates.set(right, (byKey = new Map()));
  const key = `${ctx.date}|${ctx.shape}`;
  let template = byKey.get(key);
  if (!template) {
    if (byKey.size >= MAX_TEMPLATES) byKey.clear();
    byKey.set(key, (template = generate(right, ctx)));
  }
  return { run: template.kernel, constants: template.consts.map((c) => c(ctx)), rights: template.rights };
}

const MAX_TEMPLATES = 16;

/**
 * Compiles a right to a specialised JS function (`new Function`) that evaluates its whole
 * expression tree row by row: no intermediate column per node, so memory traffic stays
 * small, and Kleene all/any stop at the first operand that decides without facts to confirm.
 * Every node kind keeps exactly the interpreter's meaning (the differential test checks it).
 */
function generate(right: RightDefinition, ctx: CompileContext): Template {
  const g = new Generator(ctx);
  const top = topScope();
  g.count(right.eligibility);
  const e = g.gen(right.eligibility, top);
  const body = [...top.prelude, ...g.flush(), `ev[i] = ${e.v}; eu[i] = ${e.u};`];
  let amount: string[] = [];
  if (right.amount) {
    // The amount is computed only for eligible rows, with sharing of its own.
    const at = topScope();
    g.count(right.amount.expr);
    const a = g.gen(right.amount.expr, at);
    amount = [...at.prelude, ...g.flush(), `av[i] = ${a.v};`];
  }
  const source = [
    `return function right_${right.id.replace(/[^A-Za-z0-9_]/g, '_')}(K, n, FH, FP, FI, R, h0, p0, ev, eu, av) {`,
    ...g.consts.map((_, k) => `const k${k} = K[${k}];`),
    ...g.rights.map((_, k) => `const r${k}v = R[${k}].v, r${k}u = R[${k}].u;`),
    g.temps > 0 ? `let ${Array.from({ length: g.temps }, (_, k) => `t${k} = 0`).join(', ')};` : '',
    'for (let i = 0; i < n; i++) {',
    'const H = FH[i], P = FP[i], I = FI[i];',
    ...body,
    ...(right.amount ? ['if (av !== null) {', `if (ev[i] === 1) {`, ...amount, '} else av[i] = NaN;', '}'] : []),
    '}',
    '};',
  ].join('\n');
  let kernel = kernels.get(source);
  if (!kernel) {
    if (kernels.size >= MAX_KERNELS) kernels.clear();
    kernel = (new Function(source) as () => RowKernel)();
    kernels.set(source, kernel);
  }
  return { kernel, consts: g.consts, rights: g.rights };
}

