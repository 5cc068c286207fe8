import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { prepareBatch, type BatchResult } from '../batch/evaluate.ts';
import type { Population } from '../batch/population.ts';
import { loadCatalog } from '../load/catalog.ts';
import type { SourceFile } from '../load/source.ts';
import { drain, sharePopulation, type BatchJob } from './shared.ts';

/**
 * The batch evaluator on several cores (Node only). The population and the output arrays live
 * in shared memory (nothing is copied per thread); this thread and `workers - 1` worker
 * threads take blocks of households from a shared counter until none is left. This thread
 * starts at once, while the workers still load the catalogue. Same result as
 * evaluatePopulation.
 */
export async function evaluatePopulationParallel(
  files: SourceFile[],
  population: Population,
  date: string,
  options: { workers?: number; rights?: string[]; block?: number } = {},
): Promise<BatchResult> {
  const loaded = loadCatalog(files);
  if (!loaded.ok) throw new Error(`the catalogue does not load (${loaded.errors.length} errors)`);
  const rights = options.rights ?? loaded.catalog.order;
  const H = population.households;
  const threads = Math.max(1, Math.min(options.workers ?? availableParallelism(), H));
  const job: BatchJob = {
    catalog: loaded.catalog,
    population: sharePopulation(population),
    date,
    rights,
    status: new Uint8Array(new SharedArrayBuffer(rights.length * H)),
    amount: new Float64Array(new SharedArrayBuffer(8 * rights.length * H)),
    next: new Int32Array(new SharedArrayBuffer(4)),
    block: options.block ?? 16384,
  };
  const workers = Array.from({ length: threads - 1 }, () => {
    const worker = new Worker(new URL('./batch-worker.mjs', import.meta.url));
    const done = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    }).finally(() => void worker.terminate());
    worker.postMessage(job);
    return done;
  });
  const batch = prepareBatch(loaded.catalog, job.population, date, { rights, output: { status: job.status, amount: job.amount } });
  drain(batch, job.next, job.block, H);
  await Promise.all(workers);
  return { rights, households: H, status: job.status, amount: job.amount };
}
