import type { Catalog } from '@springplank/rules';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { Database } from '../../platform/db/connect.ts';
import type { Json } from '../../platform/db/schema.ts';
import { currentHouseholdStates } from '../ledger/ledger.repository.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';
import { writeEncodedChunk, type EncodedChunk } from './chunk-writer.ts';
import { ResumableRuns, type JobOptions } from './resumable-runs.ts';
import { ScreeningThread, screenRows, type ChunkRequest, type ScreenedChunk } from './screen-thread.ts';
import { nextHouseholds, type Scope } from './screening.scope.ts';
import { readSituationRows } from './situations.ts';

type RunRow = {
  id: number;
  scope: Json;
  at_date: string;
  status: string;
  catalog_version: string;
  rights: string[];
  facts_read: string[];
  cursor: number;
  chunk_size: number;
  total: number;
  processed: number;
};

/** A chunk read and screened, not yet committed: what it found and the cursor it was read after. */
interface PreparedChunk {
  run: RunRow;
  ids: number[];
  personIds: number[];
  encoded: EncodedChunk;
}

/** Screens a chunk's rows: in this thread, or in a ScreeningThread. */
type Screen = (request: ChunkRequest) => Promise<ScreenedChunk>;

/** Screening in this thread. */
const inProcess =
  (catalog: Catalog): Screen =>
  async (request) =>
    screenRows(catalog, request);

/** A run larger than this many chunks is screened in a thread of its own (see ScreeningThread); a small one is not worth starting it. */
const CHUNKS_FOR_THREAD = 4;

async function readRunRow(database: Database, runId: number): Promise<RunRow | undefined> {
  return (await detectionDb(database).selectFrom('screening_runs').selectAll().where('id', '=', runId).executeTakeFirst()) as RunRow | undefined;
}

/** A chunk's households and rows, read but not yet screened (no request when the run has no households left). */
interface ReadChunk {
  run: RunRow;
  ids: number[];
  request: ChunkRequest | null;
}

/** Reads the next households of a run after `cursor`, with only the facts the rules reference. */
async function readChunk(database: Database, run: RunRow, cursor: number): Promise<ReadChunk> {
  const ids = await nextHouseholds(database, run.scope as unknown as Scope, cursor, run.chunk_size);
  if (ids.length === 0) return { run: { ...run, cursor }, ids, request: null };
  const rows = await readSituationRows(database, ids, run.facts_read, run.at_date);
  const ledger = await currentHouseholdStates(database, ids, run.at_date.slice(0, 4));
  return { run: { ...run, cursor }, ids, request: { rights: run.rights, date: run.at_date, householdIds: ids, rows, ledger } };
}

/** A chunk on its way: its rows being read, then screened. */
interface Stage {
  read: Promise<ReadChunk>;
  prepared: Promise<PreparedChunk>;
}

/**
 * Reads and screens the next chunk after `cursor`. Nothing is written: {@link commitChunk} does
 * that, if the cursor is still there.
 */
function stage(database: Database, run: RunRow, cursor: number, screen: Screen): Stage {
  const read = readChunk(database, run, cursor);
  const prepared = read.then(async ({ run, ids, request }) => (request ? { run, ids, ...(await screen(request)) } : { run, ids, personIds: [], encoded: NOTHING }));
  // A failure surfaces where the stage is awaited, not as an unhandled rejection meanwhile.
  prepared.catch(() => undefined);
  return { read, prepared };
}

const NOTHING: EncodedChunk = { candidates: 0, reviews: 0, respected: 0, results: null, snapshots: null, detections: null, rightFacts: '{}' };

/**
 * Commits a prepared chunk in one transaction: results, ledger detections, counters, the new
 * cursor and an audit record — or, for an empty chunk, ends the run. The transaction re-reads
 * the run under a row lock and writes only if the cursor is still where the chunk was read
 * from, so a chunk processed twice (two servers, or a crash between reading and committing)
 * is written once. Returns 'ended' when the run is no longer running, 'moved' when the
 * cursor was elsewhere (nothing written), 'written' otherwise.
 */
async function commitChunk(database: Database, runId: number, chunk: PreparedChunk): Promise<'written' | 'moved' | 'ended'> {
  const { run, ids, encoded } = chunk;
  const period = run.at_date.slice(0, 4);
  return database.transaction(async (tx) => {
    const [locked] = await tx.query<{ status: string; cursor: number; has_right_facts: boolean }>(
      'select status, cursor, right_facts is not null as has_right_facts from screening_runs where id = $1 for update',
      [runId],
    );
    if (!locked || locked.status !== 'running') return 'ended';
    if (locked.cursor !== run.cursor) return 'moved';
    if (ids.length === 0) {
      await tx.query(`update screening_runs set status = 'done', finished_at = now() where id = $1`, [runId]);
      await recordAudit(tx, {
        actor: null,
        action: 'screening-done',
        recordType: 'screening-run',
        recordId: runId,
        purpose: 'proactive-detection',
        outcome: 'allowed',
      });
      return 'ended';
    }
    await writeEncodedChunk(tx, encoded, { runId, period, catalogVersion: run.catalog_version, evidence: { screening_run: runId }, recordRightFacts: !locked.has_right_facts });
    const { candidates, reviews } = encoded;
    await tx.query(
      `update screening_runs set cursor = $2, processed = processed + $3, candidates = candidates + $4, reviews = reviews + $5, respected = respected + $6 where id = $1`,
      [runId, ids[ids.length - 1], ids.length, candidates, reviews, encoded.respected],
    );
    await recordAudit(tx, {
      actor: null,
      action: 'screening-chunk',
      recordType: 'screening-run',
      recordId: runId,
      personIds: chunk.personIds,
      purpose: 'proactive-detection',
      outcome: 'allowed',
      details: { households: ids.length, first: ids[0]!, last: ids[ids.length - 1]!, candidates, reviews, facts_read: run.facts_read },
    });
    return 'written';
  });
}

/**
 * Processes one chunk of a run: read the next households after the cursor (only the facts the
 * rules reference), screen them, and commit results, ledger detections, counters, the new
 * cursor and an audit record in one transaction (see commitChunk: a chunk processed twice is
 * written once). Returns false when the run has ended (done, cancelled, failed).
 */
export async function processChunk(database: Database, runId: number, catalog: Catalog): Promise<boolean> {
  const run = await readRunRow(database, runId);
  if (!run || run.status !== 'running') return false;
  return (await commitChunk(database, runId, await stage(database, run, run.cursor, inProcess(catalog)).prepared)) !== 'ended';
}

/** Drives a run to its end; a run of more than CHUNKS_FOR_THREAD chunks is screened in a ScreeningThread. */
async function driveRun(database: Database, runId: number, catalog: Catalog, stopping: () => boolean, catalogDir: string | undefined): Promise<void> {
  const run = await readRunRow(database, runId);
  if (!run || run.status !== 'running') return;
  if (run.total - run.processed <= CHUNKS_FOR_THREAD * run.chunk_size) return driveChunks(database, run, inProcess(catalog), stopping);
  const thread = new ScreeningThread(catalogDir, run.catalog_version);
  try {
    await driveChunks(database, run, (request) => thread.screen(request), stopping);
  } finally {
    await thread.close();
  }
}

/**
 * Drives the chunks of a run as a pipeline: while one chunk is being written (PostgreSQL), the
 * next is screened (this process or its thread) and the one after it is read. A chunk is read
 * after the last household of the one before; if a chunk is not written after all (the cursor
 * moved: another server), what was read after it is dropped and the run is read again.
 */
async function driveChunks(database: Database, first: RunRow, screen: Screen, stopping: () => boolean): Promise<void> {
  const runId = first.id;
  let current: Stage | null = stage(database, first, first.cursor, screen);
  while (current) {
    const { run, ids }: ReadChunk = await current.read;
    const following: Stage | null = ids.length > 0 && !stopping() ? stage(database, run, ids[ids.length - 1]!, screen) : null;
    const result = await commitChunk(database, runId, await current.prepared);
    if (result === 'ended' || stopping()) {
      await following?.prepared.catch(() => undefined);
      return;
    }
    if (result === 'moved') {
      await following?.prepared.catch(() => undefined);
      const reread = await readRunRow(database, runId);
      if (!reread || reread.status !== 'running') return;
      current = stage(database, reread, reread.cursor, screen);
      continue;
    }
    // One chunk per iteration: other requests get the database between chunks.
    await new Promise((resolve) => setImmediate(resolve));
    current = following;
  }
}

/**
 * Runs screening jobs inside the server process, chunk by chunk (see ResumableRuns for crash
 * recovery and shutdown).
 */
export class ScreeningJobs extends ResumableRuns {
  constructor(database: Database, options: JobOptions = {}) {
    super(database, 'screening_runs', options);
  }

  protected driveChunks(runId: number, catalog: Catalog, stopping: () => boolean): Promise<void> {
    return driveRun(this.database, runId, catalog, stopping, this.options.catalogDir);
  }
}
