import { Worker } from 'node:worker_threads';
import type { Catalog } from '@springplank/rules';
import { encodeChunkOutcome, type EncodedChunk } from './chunk-writer.ts';
import { screenChunk, type LedgerPosition } from './screen-chunk.ts';
import { situationsFromRows, type SituationRows } from './situations.ts';

/** What screening one chunk needs, once its rows are read: plain data, so it can cross to a thread. */
export interface ChunkRequest {
  rights: readonly string[];
  date: string;
  householdIds: readonly number[];
  rows: SituationRows;
  /** The chunk's current ledger positions, keyed `household|right` (a Map crosses to a thread as it is). */
  ledger: ReadonlyMap<string, LedgerPosition>;
}

/** A chunk screened and encoded for writing, with the persons it concerned (for the audit record). */
export interface ScreenedChunk {
  encoded: EncodedChunk;
  personIds: number[];
}

/** Screens one chunk of rows read by the job: situations, evaluation, and the texts to write. Pure. */
export function screenRows(catalog: Catalog, request: ChunkRequest): ScreenedChunk {
  const loaded = situationsFromRows(request.householdIds, request.rows);
  const outcome = screenChunk(catalog, request.rights, request.date, loaded, request.ledger);
  return { encoded: encodeChunkOutcome(outcome), personIds: loaded.flatMap((h) => h.personIds) };
}

type Reply = { id: number; chunk: ScreenedChunk } | { id: number; error: string };

/**
 * A thread that screens chunks for one run (screen-thread.worker.ts). A run's time goes about
 * half to evaluating and encoding in Node and half to PostgreSQL writing; in the server's own
 * thread the evaluation of the next chunk blocked the statements of the chunk being written, so
 * the two halves hardly overlapped. In a thread of its own the evaluation runs on the second
 * core while the server's thread reads and writes. The thread loads the catalogue itself and
 * refuses to screen if its version is not the run's.
 */
export class ScreeningThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (chunk: ScreenedChunk) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private failure: Error | null = null;

  constructor(catalogDir: string | undefined, catalogVersion: string) {
    this.worker = new Worker(new URL('./screen-thread.boot.mjs', import.meta.url), { workerData: { catalogDir, catalogVersion } });
    this.worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.chunk);
    });
    // A thread that dies (it could not load, or ran out of memory) fails what waits on it, and every later chunk.
    const fail = (error: Error) => {
      this.failure ??= error;
      for (const waiting of this.pending.values()) waiting.reject(this.failure);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`The screening thread stopped (exit code ${code}).`)));
  }

  /** Screens one chunk in the thread. */
  screen(request: ChunkRequest): Promise<ScreenedChunk> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, request });
    });
  }

  /** Ends the thread. */
  async close(): Promise<void> {
    this.failure ??= new Error('The screening thread was closed.');
    await this.worker.terminate();
  }
}
