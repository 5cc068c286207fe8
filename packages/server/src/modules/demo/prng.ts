/**
 * A small seeded pseudo-random number generator for the demo municipality.
 *
 * Why write one: the demo must be byte-for-byte reproducible from a seed on every machine and
 * every Node version, and `Math.random` cannot be seeded. The algorithm is mulberry32
 * (Tommy Ettinger, public domain): 32 bits of state, one multiply-xorshift round per number,
 * fast enough for tens of millions of draws, and good enough statistically for synthetic
 * distributions (it is not, and need not be, cryptographic). Its short period (2^32) does not
 * matter because every household gets its own stream, derived from (seed, household number)
 * with a murmur3-style finaliser, so households are independent of one another and of how the
 * output is chunked.
 */

/** Mixes 32 bits thoroughly (the murmur3 fmix32 finaliser). */
function fmix32(input: number): number {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Turns a user-given seed (number or text) into 32 bits, FNV-1a over its decimal/text form. */
export function seedToUint32(seed: number | string): number {
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** The seed of one independent stream: the run's seed combined with a stream number. */
export function streamSeed(seed: number, stream: number): number {
  return fmix32(seed ^ fmix32(stream + 0x9e3779b9));
}

/** A weighted choice table: value → relative weight (weights need not sum to 1; absent = 0). */
export type Weights<T extends string> = Readonly<Partial<Record<T, number>>>;

interface CumulativeTable {
  keys: string[];
  bounds: number[];
  total: number;
}

// Weight tables are constants drawn from millions of times: their running sums are computed once.
const cumulativeTables = new WeakMap<object, CumulativeTable>();

function cumulative(weights: Weights<string>): CumulativeTable {
  let table = cumulativeTables.get(weights);
  if (table === undefined) {
    let total = 0;
    const keys: string[] = [];
    const bounds: number[] = [];
    for (const [key, w] of Object.entries(weights) as [string, number][]) {
      total += w;
      keys.push(key);
      bounds.push(total);
    }
    table = { keys, bounds, total };
    cumulativeTables.set(weights, table);
  }
  return table;
}

/** Deterministic random draws from one mulberry32 stream. */
export class Rng {
  private state: number;

  /** Starts a stream at the given 32-bit seed. */
  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Rng.pick needs a non-empty list');
    return item;
  }

  /** A key of the table, drawn with probability proportional to its weight. */
  weighted<T extends string>(weights: Weights<T>): T {
    const table = cumulative(weights);
    const r = this.next() * table.total;
    for (let i = 0; i < table.keys.length; i++) {
      if (r < (table.bounds[i] ?? 0)) return table.keys[i] as T;
    }
    const last = table.keys[table.keys.length - 1];
    if (last === undefined) throw new Error('Rng.weighted needs a non-empty table');
    return last as T;
  }

  /** A standard normal draw (Box-Muller; one of the pair is discarded for simplicity). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A log-normal draw with the given median and log-scale spread. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
}
