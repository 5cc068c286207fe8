import type { Catalog } from '../load/types.ts';
import type { Population } from './population.ts';

/** Values of one node over a frame: NaN is unknown; `u` is 1 where the value rests on facts to confirm. */
export interface Vec {
  v: Float64Array;
  u: Uint8Array;
}

/**
 * The rows a node is evaluated over: for each row, the household (global index), the
 * person bound to `person` and the member bound to `it` (-1 when none). Households are
 * evaluated in chunks so memory stays bounded whatever the population size.
 */
export interface Frame {
  n: number;
  hh: Int32Array;
  person: Int32Array;
  it: Int32Array;
  /** Values of the nodes evaluated over this frame, by structural key. */
  cache: Map<string, Vec>;
  /** The frame of every (row, member) pair, built once for all aggregates over this frame. */
  members?: { frame: Frame; segment: Int32Array };
}

/** A frame without cached values. */
export function frame(n: number, hh: Int32Array, person: Int32Array, it: Int32Array): Frame {
  return { n, hh, person, it, cache: new Map() };
}

/** Eligibility and amount of one right over a chunk, at household and (person rights) person level. */
export interface RightVectors {
  /** Household level, indexed by household − chunk start. */
  household: Vec;
  /** Person level for person rights, indexed by person − first person of the chunk (0 = not evaluated). */
  person: Vec | null;
}

/** What every batch node evaluator can read. */
export interface BatchContext {
  catalog: Catalog;
  population: Population;
  date: number;
  /** First household and first person of the chunk. */
  h0: number;
  p0: number;
  /** Right outcomes of the chunk computed so far (rights are evaluated in dependency order). */
  rights: Map<string, RightVectors>;
  /** The chunk's household frame and person-right frames (by role filter), shared by all rights. */
  householdFrame: Frame | null;
  personFrames: Map<string, Frame>;
  /** Dictionary code of a text (a negative code of its own when no value has it). */
  code(text: string): number;
}

/**
 * Vectors are recycled between chunks (the same sizes come back every chunk), which keeps
 * the garbage collector out of the hot loop. Buckets hold capacities that are powers of two.
 */
const pool = new Map<number, Vec[]>();

function capacity(n: number): number {
  return n <= 64 ? 64 : 2 ** Math.ceil(Math.log2(n));
}

/** A vector for n rows: `u` is all zero; every handler writes each of the n values of `v`. */
export function vec(n: number): Vec {
  const bucket = pool.get(capacity(n));
  const reused = bucket?.pop();
  if (reused) {
    reused.u.fill(0);
    return reused;
  }
  const c = capacity(n);
  return { v: new Float64Array(c), u: new Uint8Array(c) };
}

/** Gives the vectors of finished frames back for the next chunk. */
export function release(vectors: Iterable<Vec>): void {
  for (const x of vectors) {
    const c = x.v.length;
    let bucket = pool.get(c);
    if (!bucket) pool.set(c, (bucket = []));
    bucket.push(x);
  }
}

/** Releases every vector a frame (and its member frame) computed. */
export function releaseFrame(frame: Frame): void {
  release(frame.cache.values());
  frame.cache.clear();
  if (frame.members) releaseFrame(frame.members.frame);
}
