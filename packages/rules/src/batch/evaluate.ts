import { toDays } from '../dates.ts';
import type { Catalog, RightDefinition } from '../load/types.ts';
import { MEMBER_ROLES } from '../types.ts';
import { compileRight, populationShape, type CompiledRight, type DayTable } from './compile.ts';
import { release, vec, type Frame, type RightVectors, type Vec } from './frame.ts';
import type { Population } from './population.ts';

/** Outcome codes (see STATUS_CODE: 0 eligible … 3 not eligible) and amounts for every household × right. */
export interface BatchResult {
  rights: string[];
  households: number;
  /** status[r * households + h] */
  status: Uint8Array;
  /** amount[r * households + h]; NaN when there is no amount. */
  amount: Float64Array;
}

/** Options of {@link evaluatePopulation}. */
export interface BatchOptions {
  /** Only these rights (default: all); rights they depend on are evaluated too. */
  rights?: string[];
  /** Households per chunk (default 4096): bounds memory whatever the population size. */
  chunk?: number;
}

/** One chunk of households being evaluated. */
interface Chunk {
  population: Population;
  /** First household, end (exclusive) and first person of the chunk. */
  h0: number;
  h1: number;
  p0: number;
  /** Right outcomes of the chunk computed so far (rights are evaluated in dependency order). */
  rights: Map<string, RightVectors>;
  /** The chunk's household frame and person-right frames (by role filter), shared by all rights. */
  householdFrame: Frame | null;
  personFrames: Map<string, Frame>;
  /** Vectors to give back when the chunk is done. */
  used: Vec[];
}

/**
 * Evaluates a catalogue over a whole population held as columns, chunk by chunk, with
 * the interpreter's exact meaning (a differential test keeps them equal). Each right is
 * compiled once per call to a row loop (see compileRight).
 */
export function evaluatePopulation(catalog: Catalog, population: Population, date: string, options: BatchOptions = {}): BatchResult {
  const batch = prepareBatch(catalog, population, date, options);
  batch.run(0, population.households);
  return { rights: batch.rights, households: population.households, status: batch.status, amount: batch.amount };
}

/** Day tables (ages on a date) are kept across calls: screening calls again and again for one date. */
const tables = new Map<string, DayTable>();
const MAX_TABLES = 64;

/** A batch evaluation compiled for one population and date; {@link PreparedBatch.run} fills a range. */
export interface PreparedBatch {
  rights: string[];
  /** status[r * households + h], filled for the households run so far. */
  status: Uint8Array;
  amount: Float64Array;
  /** Evaluates households [from, to) into status and amount. */
  run(from: number, to: number): void;
}

/**
 * Compiles the rights once for a population and date, so that several threads sharing the
 * population and the output arrays (SharedArrayBuffer) can each evaluate ranges of it.
 */
export function prepareBatch(
  catalog: Catalog,
  population: Population,
  date: string,
  options: BatchOptions & { output?: { status: Uint8Array; amount: Float64Array } } = {},
): PreparedBatch {
  const wanted = options.rights ?? catalog.order;
  const order = withDependencies(catalog, wanted);
  const H = population.households;
  const status = options.output?.status ?? new Uint8Array(wanted.length * H);
  const amount = options.output?.amount ?? new Float64Array(wanted.length * H);
  const codes = new Map(population.dictionary.map((s, i) => [s, i]));
  // Texts no value has (roles, constants) still need a code of their own, distinct from every other.
  const code = (s: string) => {
    let c = codes.get(s);
    if (c === undefined) {
      c = -1 - codes.size;
      codes.set(s, c);
    }
    return c;
  };
  const day = toDays(date);
  if (tables.size > MAX_TABLES) tables.clear();
  const shape = populationShape(population);
  const compiled = order.map((id) => compileRight(catalog.rights.get(id)!, { catalog, population, date: day, code, tables, shape }));
  const defs = order.map((id) => catalog.rights.get(id)!);
  const slots = order.map((id) => wanted.indexOf(id));
  const size = options.chunk ?? 4096;
  const run = (from: number, to: number) => {
    for (let h0 = from; h0 < to; h0 += size) {
      const h1 = Math.min(to, h0 + size);
      const chunk: Chunk = { population, h0, h1, p0: population.personStart[h0]!, rights: new Map(), householdFrame: null, personFrames: new Map(), used: [] };
      order.forEach((id, k) => {
        const r = slots[k]!;
        // Rights evaluated only because others depend on them write to scratch space.
        const st = r < 0 ? new Uint8Array(h1 - h0) : status.subarray(r * H + h0, r * H + h1);
        const am = r < 0 ? new Float64Array(h1 - h0) : amount.subarray(r * H + h0, r * H + h1);
        chunk.rights.set(id, evaluateRight(defs[k]!, compiled[k]!, chunk, st, am));
      });
      release(chunk.used);
    }
  };
  return { rights: wanted, status, amount, run };
}

function withDependencies(catalog: Catalog, ids: string[]): string[] {
  const needed = new Set<string>();
  const add = (id: string) => {
    if (needed.has(id)) return;
    needed.add(id);
    catalog.rights.get(id)!.dependsOn.forEach(add);
  };
  ids.forEach(add);
  return catalog.order.filter((id) => needed.has(id));
}

function statusCode(v: number, u: number): number {
  return Number.isNaN(v) ? 2 : v === 1 ? (u ? 1 : 0) : 3;
}

/**
 * Scratch arrays reused by every right of every chunk (amounts per row, sums and confirmation
 * flags per household), so the loop over rights allocates nothing.
 */
let scratch = { amount: new Float64Array(0), sum: new Float64Array(0), decidingU: new Uint8Array(0) };

function scratchFor(rows: number, households: number): typeof scratch {
  if (scratch.amount.length < rows || scratch.sum.length < households) {
    const r = Math.max(rows, scratch.amount.length);
    const h = Math.max(households, scratch.sum.length);
    scratch = { amount: new Float64Array(r), sum: new Float64Array(h), decidingU: new Uint8Array(h) };
  }
  return scratch;
}

/** Runs a right's kernel over its frame; rows not eligible get no amount (NaN). */
function run(compiled: CompiledRight, frame: Frame, chunk: Chunk, amounts: Float64Array | null): Vec {
  const e = vec(frame.n);
  chunk.used.push(e);
  const sources = compiled.rights.map(({ id, person }) => {
    const vectors = chunk.rights.get(id)!;
    return person ? vectors.person! : vectors.household;
  });
  compiled.run(compiled.constants, frame.n, frame.hh, frame.person, frame.it, sources, chunk.h0, chunk.p0, e.v, e.u, amounts);
  return e;
}

/** Evaluates a right over a chunk into its outcome codes `st` and amounts `am` (NaN = none). */
function evaluateRight(right: RightDefinition, compiled: CompiledRight, chunk: Chunk, st: Uint8Array, am: Float64Array): RightVectors {
  const { population: pop, h0, h1, p0 } = chunk;
  const n = h1 - h0;
  if (right.subject === 'household') {
    chunk.householdFrame ??= householdFrame(chunk, n);
    // The kernel writes the amount of eligible rows and NaN elsewhere: straight into the result.
    const e = run(compiled, chunk.householdFrame, chunk, right.amount !== null ? am : null);
    if (right.amount === null) am.fill(NaN);
    for (let i = 0; i < n; i++) {
      const v = e.v[i]!;
      st[i] = v !== v ? 2 : v === 1 ? (e.u[i]! ? 1 : 0) : 3;
    }
    return { household: e, person: null };
  }
  const p1 = pop.personStart[h1]!;
  const roles = right.appliesTo ? right.appliesTo.map((r) => MEMBER_ROLES.indexOf(r)) : null;
  const frameKey = roles ? roles.join('|') : '*';
  const frame = chunk.personFrames.get(frameKey) ?? personFrame(chunk, roles);
  chunk.personFrames.set(frameKey, frame);
  const rows = frame.person;
  const { amount: a, sum, decidingU } = scratchFor(frame.n, n);
  const e = run(compiled, frame, chunk, right.amount !== null ? a : null);
  const person: Vec = vec(p1 - p0);
  person.v.fill(0);
  const household: Vec = vec(n);
  chunk.used.push(person, household);
  // The household's outcome is the best of its members'; its amount the sum over eligible members.
  const best = st;
  best.fill(3);
  sum.fill(0, 0, n);
  decidingU.fill(1, 0, n);
  for (let i = 0; i < rows.length; i++) {
    const j = rows[i]! - p0;
    const v = e.v[i]!;
    const u = e.u[i]!;
    person.v[j] = v;
    person.u[j] = u;
    const k = frame.hh[i]! - h0;
    const s = statusCode(v, u);
    if (s < best[k]!) best[k] = s;
    if (s <= 1) {
      sum[k] = sum[k]! + (right.amount !== null ? a[i]! : NaN);
      decidingU[k] = decidingU[k]! & u;
    }
  }
  for (let k = 0; k < n; k++) {
    const b = best[k]!;
    household.v[k] = b <= 1 ? 1 : b === 2 ? NaN : 0;
    household.u[k] = b <= 1 ? decidingU[k]! : 0;
    am[k] = right.amount !== null && b <= 1 ? sum[k]! : NaN;
  }
  return { household, person };
}

/** The household frame of a chunk: one row per household, `person` bound to its first aanvrager. */
function householdFrame(chunk: Chunk, n: number): Frame {
  const { population: pop, h0 } = chunk;
  const frame: Frame = { n, hh: new Int32Array(n), person: new Int32Array(n), it: new Int32Array(n).fill(-1) };
  const aanvrager = MEMBER_ROLES.indexOf('aanvrager');
  for (let i = 0; i < n; i++) {
    const h = h0 + i;
    frame.hh[i] = h;
    frame.person[i] = -1;
    for (let p = pop.personStart[h]!; p < pop.personStart[h + 1]!; p++) {
      if (pop.personRole[p] === aanvrager) {
        frame.person[i] = p;
        break;
      }
    }
  }
  return frame;
}

/** The frame of a person right in a chunk: one row per member whose role it applies to. */
function personFrame(chunk: Chunk, roles: number[] | null): Frame {
  const { population: pop, h0, h1, p0 } = chunk;
  const p1 = pop.personStart[h1]!;
  const rows: number[] = [];
  for (let p = p0; p < p1; p++) if (!roles || roles.includes(pop.personRole[p]!)) rows.push(p);
  const frame: Frame = { n: rows.length, hh: new Int32Array(rows.length), person: Int32Array.from(rows), it: new Int32Array(rows.length).fill(-1) };
  let h = h0;
  rows.forEach((p, i) => {
    while (pop.personStart[h + 1]! <= p) h++;
    frame.hh[i] = h;
  });
  return frame;
}
