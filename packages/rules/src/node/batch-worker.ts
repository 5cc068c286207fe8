import { parentPort } from 'node:worker_threads';
import { evaluatePopulation } from '../batch/evaluate.ts';
import type { Population } from '../batch/population.ts';
import { loadCatalog } from '../load/catalog.ts';
import type { SourceFile } from '../load/source.ts';

/** Worker thread of evaluatePopulationParallel: evaluates one range of households. */
parentPort!.once('message', (m: { files: SourceFile[]; population: Population; date: string; rights: string[] }) => {
  const loaded = loadCatalog(m.files);
  if (!loaded.ok) throw new Error('the catalogue does not load');
  const result = evaluatePopulation(loaded.catalog, m.population, m.date, { rights: m.rights });
  parentPort!.postMessage({ status: result.status, amount: result.amount }, [result.status.buffer as ArrayBuffer, result.amount.buffer as ArrayBuffer]);
});
