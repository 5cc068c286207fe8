import { parentPort } from 'node:worker_threads';
import { prepareBatch } from '../batch/evaluate.ts';
import { drain, type BatchJob } from './shared.ts';

/** Worker thread of evaluatePopulationParallel: evaluates blocks of the shared population. */
parentPort!.once('message', (job: BatchJob) => {
  const batch = prepareBatch(job.catalog, job.population, job.date, { rights: job.rights, output: { status: job.status, amount: job.amount } });
  drain(batch, job.next, job.block, job.population.households);
  parentPort!.postMessage('done');
});
