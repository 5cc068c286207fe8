/** Values of one node over a frame: NaN is unknown; `u` is 1 where the value rests on facts to confirm. */
export interface Vec {
  v: Float64Array;
  u: Uint8Array;
}

/**
 * The rows a right is evaluated over: for each row, the household (global index), the
 * person bound to `person` and the member bound to `it` (-1 when none). Households are
 * evaluated in chunks so memory stays bounded whatever the population size.
 */
export interface Frame {
  n: number;
  hh: Int32Array;
  person: Int32Array;
  it: Int32Array;
}

/** Eligibility of one right over a chunk, at household and (person rights) person level. */
export interface RightVectors {
  /** Household level, indexed by household − chunk start. */
  household: Vec;
  /** Person level for person rights, indexed by person − first person of the chunk (0 = not evaluated). */
  person: Vec | null;
}

/**
 * Vectors are recycled between chunks (the same sizes come back every chunk), which keeps
 * the garbage collector out of the hot loop. Buckets hold capacities that are powers of two.
 */
const pool = new Map<number, Vec[]>();

function capacity(n: number): number {
  return n <= 64 ? 64 : 2 ** Math.ceil(Math.log2(n));
}

/** A vector for n rows: `u` is all zero; every user writes each of the n values of `v`. */
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

/** Gives vectors back for the next chunk. */
export function release(vectors: Iterable<Vec>): void {
  for (const x of vectors) {
    const c = x.v.length;
    let bucket = pool.get(c);
    if (!bucket) pool.set(c, (bucket = []));
    bucket.push(x);
  }
}
