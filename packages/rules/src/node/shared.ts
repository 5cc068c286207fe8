import type { PreparedBatch } from '../batch/evaluate.ts';
import type { FactColumn, Population } from '../batch/population.ts';
import type { Catalog } from '../load/types.ts';

/** What each batch worker thread receives: everything in shared memory except the catalogue. */
export interface BatchJob {
  /** The loaded catalogue, copied (it is plain data), so workers do not parse and check it again. */
  catalog: Catalog;
  population: Population;
  date: string;
  rights: string[];
  /** Output arrays shared by all threads (SharedArrayBuffer). */
  status: Uint8Array;
  amount: Float64Array;
  /** The next household to hand out, shared; each thread takes `block` households at a time. */
  next: Int32Array;
  block: number;
}

type Column = FactColumn['values'] | Uint8Array | Int32Array | Float64Array;

function share<T extends Column>(a: T): T {
  if (a.buffer instanceof SharedArrayBuffer) return a;
  const copy = new (a.constructor as new (b: SharedArrayBuffer) => T)(new SharedArrayBuffer(a.byteLength));
  copy.set(a as never);
  return copy;
}

/**
 * The population with every column in shared memory (columns already shared are kept), so
 * worker threads read the same bytes instead of each receiving a copy.
 */
export function sharePopulation(pop: Population): Population {
  const cols = (from: Record<string, FactColumn>) =>
    Object.fromEntries(
      Object.entries(from).map(([id, c]) => {
        const col: FactColumn = { values: share(c.values) };
        if (c.missing !== undefined) col.missing = c.missing;
        if (c.selfDeclared) col.selfDeclared = share(c.selfDeclared);
        if (c.observed) col.observed = share(c.observed);
        return [id, col];
      }),
    );
  return {
    households: pop.households,
    householdFacts: cols(pop.householdFacts),
    personStart: share(pop.personStart),
    personRole: share(pop.personRole),
    personFacts: cols(pop.personFacts),
    dictionary: pop.dictionary,
  };
}

/**
 * Evaluates blocks of households until none is left. Threads take blocks from one shared
 * counter, so a thread that started late or runs on a busier core simply takes fewer.
 */
export function drain(batch: PreparedBatch, next: Int32Array, block: number, households: number): void {
  for (;;) {
    const from = Atomics.add(next, 0, block);
    if (from >= households) return;
    batch.run(from, Math.min(households, from + block));
  }
}
