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
  /** Dictionary code of a text (a negative code of its own when no value has it). */
  code(text: string): number;
}

/** A vector of n unknown values. */
export function vec(n: number): Vec {
  return { v: new Float64Array(n), u: new Uint8Array(n) };
}
