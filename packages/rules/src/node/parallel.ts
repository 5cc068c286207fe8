import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BatchResult } from '../batch/evaluate.ts';
import type { FactColumn, Population } from '../batch/population.ts';
import { loadCatalog } from '../load/catalog.ts';
import type { SourceFile } from '../load/source.ts';

/** The part of a population one worker evaluates, with its own copies of the columns. */
export function slicePopulation(pop: Population, h0: number, h1: number): Population {
  const p0 = pop.personStart[h0]!;
  const p1 = pop.personStart[h1]!;
  const cut = (cols: Record<string, FactColumn>, a: number, b: number) =>
    Object.fromEntries(
      Object.entries(cols).map(([id, c]) => {
        const col: FactColumn = { values: c.values.slice(a, b) };
        if (c.missing !== undefined) col.missing = c.missing;
        if (c.selfDeclared) col.selfDeclared = c.selfDeclared.slice(a, b);
        if (c.observed) col.observed = c.observed.slice(a, b);
        return [id, col];
      }),
    );
  const personStart = pop.personStart.slice(h0, h1 + 1).map((p) => p - p0);
  return {
    households: h1 - h0,
    householdFacts: cut(pop.householdFacts, h0, h1),
    personStart,
    personRole: pop.personRole.slice(p0, p1),
    personFacts: cut(pop.personFacts, p0, p1),
    dictionary: pop.dictionary,
  };
}

function buffers(pop: Population): ArrayBuffer[] {
  const out: ArrayBuffer[] = [pop.personStart.buffer as ArrayBuffer, pop.personRole.buffer as ArrayBuffer];
  for (const c of [...Object.values(pop.householdFacts), ...Object.values(pop.personFacts)]) {
    out.push(c.values.buffer as ArrayBuffer);
    if (c.selfDeclared) out.push(c.selfDeclared.buffer as ArrayBuffer);
    if (c.observed) out.push(c.observed.buffer as ArrayBuffer);
  }
  return out;
}

/**
 * The batch evaluator on several cores (Node only): the households are split into one
 * contiguous range per worker thread, each worker loads the catalogue from the same files and
 * evaluates its range, and the results are joined in household order. Same result as
 * evaluatePopulation.
 */
export async function evaluatePopulationParallel(
  files: SourceFile[],
  population: Population,
  date: string,
  options: { workers?: number; rights?: string[] } = {},
): Promise<BatchResult> {
  const loaded = loadCatalog(files);
  if (!loaded.ok) throw new Error(`the catalogue does not load (${loaded.errors.length} errors)`);
  const rights = options.rights ?? loaded.catalog.order;
  const H = population.households;
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), H));
  const bounds = Array.from({ length: workers + 1 }, (_, i) => Math.round((H * i) / workers));
  const parts = await Promise.all(
    bounds.slice(0, -1).map((h0, i) => {
      const slice = slicePopulation(population, h0, bounds[i + 1]!);
      const worker = new Worker(new URL('./batch-worker.mjs', import.meta.url));
      return new Promise<{ status: Uint8Array; amount: Float64Array; h0: number; n: number }>((resolve, reject) => {
        worker.once('message', (m: { status: Uint8Array; amount: Float64Array }) => {
          void worker.terminate();
          resolve({ ...m, h0, n: slice.households });
        });
        worker.once('error', reject);
        worker.postMessage({ files, population: slice, date, rights }, buffers(slice));
      });
    }),
  );
  const status = new Uint8Array(rights.length * H);
  const amount = new Float64Array(rights.length * H);
  for (const part of parts) {
    for (let r = 0; r < rights.length; r++) {
      status.set(part.status.subarray(r * part.n, (r + 1) * part.n), r * H + part.h0);
      amount.set(part.amount.subarray(r * part.n, (r + 1) * part.n), r * H + part.h0);
    }
  }
  return { rights, households: H, status, amount };
}
