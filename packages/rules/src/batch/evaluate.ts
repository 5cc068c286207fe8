import { toDays } from '../dates.ts';
import type { Catalog, RightDefinition } from '../load/types.ts';
import { MEMBER_ROLES } from '../types.ts';
import { frame as makeFrame, release, releaseFrame, vec, type BatchContext, type Frame, type RightVectors, type Vec } from './frame.ts';
import { evaluateBatch } from './kinds.ts';
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

/** Options of {@link evaluateBatch}. */
export interface BatchOptions {
  /** Only these rights (default: all); rights they depend on are evaluated too. */
  rights?: string[];
  /** Households per chunk (default 4096): bounds memory whatever the population size. */
  chunk?: number;
}

/**
 * Evaluates a catalogue over a whole population held as columns, chunk by chunk, with
 * the interpreter's exact meaning (a differential test keeps them equal).
 */
export function evaluatePopulation(catalog: Catalog, population: Population, date: string, options: BatchOptions = {}): BatchResult {
  const wanted = options.rights ?? catalog.order;
  const order = withDependencies(catalog, wanted);
  const H = population.households;
  const status = new Uint8Array(wanted.length * H);
  const amount = new Float64Array(wanted.length * H);
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
  const chunk = options.chunk ?? 4096;
  const day = toDays(date);
  for (let h0 = 0; h0 < H; h0 += chunk) {
    const h1 = Math.min(H, h0 + chunk);
    const ctx: BatchContext = { catalog, population, date: day, h0, p0: population.personStart[h0]!, rights: new Map(), code, householdFrame: null, personFrames: new Map() };
    for (const id of order) {
      const right = catalog.rights.get(id)!;
      const { vectors, st, am } = evaluateRight(right, ctx, h1);
      ctx.rights.set(id, vectors);
      const r = wanted.indexOf(id);
      if (r < 0) continue;
      status.set(st, r * H + h0);
      amount.set(am, r * H + h0);
    }
    if (ctx.householdFrame) releaseFrame(ctx.householdFrame);
    for (const f of ctx.personFrames.values()) releaseFrame(f);
    for (const v of ctx.rights.values()) if (v.person) release([v.person, v.household]);
  }
  return { rights: wanted, households: H, status, amount };
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

function evaluateRight(right: RightDefinition, ctx: BatchContext, h1: number): { vectors: RightVectors; st: Uint8Array; am: Float64Array } {
  const { population: pop, h0, p0 } = ctx;
  const n = h1 - h0;
  const st = new Uint8Array(n);
  const am = new Float64Array(n).fill(NaN);
  if (right.subject === 'household') {
    ctx.householdFrame ??= householdFrame(ctx, n);
    const frame = ctx.householdFrame;
    const e = evaluateBatch(right.eligibility, frame, ctx);
    const a = right.amount ? evaluateBatch(right.amount.expr, frame, ctx) : null;
    for (let i = 0; i < n; i++) {
      st[i] = statusCode(e.v[i]!, e.u[i]!);
      if (a && st[i]! <= 1) am[i] = a.v[i]!;
    }
    return { vectors: { household: e, person: null }, st, am };
  }
  const p1 = pop.personStart[h1]!;
  const roles = right.appliesTo ? right.appliesTo.map((r) => MEMBER_ROLES.indexOf(r)) : null;
  const frameKey = roles ? roles.join('|') : '*';
  const frame = ctx.personFrames.get(frameKey) ?? personFrame(ctx, roles, h1);
  ctx.personFrames.set(frameKey, frame);
  const rows = frame.person;
  const e = evaluateBatch(right.eligibility, frame, ctx);
  const a = right.amount ? evaluateBatch(right.amount.expr, frame, ctx) : null;
  const person: Vec = vec(p1 - p0);
  person.v.fill(0);
  const household: Vec = vec(n);
  const best = new Uint8Array(n).fill(3);
  const sum = new Float64Array(n);
  const decidingU = new Uint8Array(n).fill(1);
  for (let i = 0; i < rows.length; i++) {
    const j = rows[i]! - p0;
    person.v[j] = e.v[i]!;
    person.u[j] = e.u[i]!;
    const k = frame.hh[i]! - h0;
    const s = statusCode(e.v[i]!, e.u[i]!);
    best[k] = Math.min(best[k]!, s);
    if (s <= 1) {
      sum[k] = sum[k]! + (a ? a.v[i]! : NaN);
      decidingU[k] = decidingU[k]! & e.u[i]!;
    }
  }
  for (let k = 0; k < n; k++) {
    st[k] = best[k]!;
    household.v[k] = best[k]! <= 1 ? 1 : best[k] === 2 ? NaN : 0;
    household.u[k] = best[k]! <= 1 ? decidingU[k]! : 0;
    if (a && best[k]! <= 1) am[k] = sum[k]!;
  }
  return { vectors: { household, person }, st, am };
}

/** The household frame of a chunk: one row per household, `person` bound to its first aanvrager. */
function householdFrame(ctx: BatchContext, n: number): Frame {
  const { population: pop, h0 } = ctx;
  const frame = makeFrame(n, new Int32Array(n), new Int32Array(n), new Int32Array(n).fill(-1));
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
function personFrame(ctx: BatchContext, roles: number[] | null, h1: number): Frame {
  const { population: pop, h0, p0 } = ctx;
  const p1 = pop.personStart[h1]!;
  const rows: number[] = [];
  for (let p = p0; p < p1; p++) if (!roles || roles.includes(pop.personRole[p]!)) rows.push(p);
  const frame = makeFrame(rows.length, new Int32Array(rows.length), Int32Array.from(rows), new Int32Array(rows.length).fill(-1));
  let h = h0;
  rows.forEach((p, i) => {
    while (pop.personStart[h + 1]! <= p) h++;
    frame.hh[i] = h;
  });
  return frame;
}
