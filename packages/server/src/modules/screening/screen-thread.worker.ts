import { parentPort, workerData } from 'node:worker_threads';
import { catalogForRun } from './screening.catalog.ts';
import { screenRows, type ChunkRequest } from './screen-thread.ts';

// The catalogue of the run, loaded in this thread (a loaded catalogue cannot be sent between threads).
const { catalogDir, catalogVersion } = workerData as { catalogDir: string | undefined; catalogVersion: string };
const { catalog, version } = catalogForRun(catalogDir);

parentPort!.on('message', ({ id, request }: { id: number; request: ChunkRequest }) => {
  try {
    // The same check the run makes: a chunk's results must come from the run's catalogue version.
    if (version !== catalogVersion) throw new Error(`The catalogue changed (from ${catalogVersion} to ${version}) during this run; start a new run.`);
    parentPort!.postMessage({ id, chunk: screenRows(catalog, request) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
