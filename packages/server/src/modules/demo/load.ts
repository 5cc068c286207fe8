import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { Database, Json, Queryable } from '../../platform/db/index.ts';
import { advanceSequences, currentIdBase, insertChunk } from './demo.rows.ts';
import type { ChunkCounts, IdBase } from './demo.rows.ts';
import { ensureStaticDemo } from './demo.static.ts';
import { DEMO_DEFAULTS, generateHouseholds } from './generate.ts';

/** Options of loadDemo. */
export interface LoadDemoOptions {
  households?: number;
  seed?: number | string;
  chunkSize?: number;
  /** Called after every chunk with the number of households written so far. */
  onProgress?: (done: number, total: number) => void;
}

/** What loadDemo did; the counts are the rows this call wrote (zero when already loaded). */
export interface LoadDemoResult extends ChunkCounts {
  /** loaded: written now; resumed: an interrupted load was finished; already-loaded: nothing to do. */
  status: 'loaded' | 'resumed' | 'already-loaded';
  /** Seed and size of the demo in the database (the existing one when already loaded). */
  seed: string;
  demoHouseholds: number;
  millis: number;
}

/** A demo load cannot proceed (another demo exists, or bad options). */
export class DemoLoadError extends Error {
  override name = 'DemoLoadError';
}

/** The parameters a load records in its first audit record, so that it can be resumed. */
interface LoadPlan {
  seed: string;
  households: number;
  chunkSize: number;
  referenceDate: string;
  base: IdBase;
}

const RECORD_TYPE = 'demo';
const DEMO_LOCK_KEY = 7_265_021;

interface LoadState {
  plan: LoadPlan | null;
  chunksDone: number;
  complete: boolean;
}

/**
 * The demo load recorded in this database, if one was started and did not finish: its seed
 * and size, so that a restart can complete it with the same options.
 */
export async function interruptedDemoLoad(q: Queryable): Promise<{ seed: string; households: number; chunkSize: number } | null> {
  const state = await readState(q);
  if (state.plan === null || state.complete) return null;
  const { seed, households, chunkSize } = state.plan;
  return { seed, households, chunkSize };
}

/** Reads how far earlier demo loads got, from their audit records. */
async function readState(q: Queryable): Promise<LoadState> {
  const rows = await q.db
    .selectFrom('audit_log')
    .select(['action', 'details'])
    .where('record_type', '=', RECORD_TYPE)
    .orderBy('id')
    .execute();
  const state: LoadState = { plan: null, chunksDone: 0, complete: false };
  for (const row of rows) {
    if (row.action === 'demo-load-start') state.plan = row.details as unknown as LoadPlan;
    if (row.action === 'demo-load-chunk') state.chunksDone += 1;
    if (row.action === 'demo-load-complete') state.complete = true;
  }
  return state;
}

function samePlan(plan: LoadPlan, wanted: Omit<LoadPlan, 'base'>): boolean {
  return (
    plan.seed === wanted.seed &&
    plan.households === wanted.households &&
    plan.chunkSize === wanted.chunkSize &&
    plan.referenceDate === wanted.referenceDate
  );
}

/**
 * Loads the demo municipality: the fixed organisations and users, then the generated
 * households in chunks, one transaction per chunk, each with its audit record (purpose
 * demo-data) naming the persons it wrote. Idempotent: when a demo is loaded it does nothing;
 * when a load with the same options was interrupted it finishes it; a different demo refuses.
 */
export async function loadDemo(database: Database, options: LoadDemoOptions = {}): Promise<LoadDemoResult> {
  const started = performance.now();
  const households = options.households ?? DEMO_DEFAULTS.households;
  if (!Number.isInteger(households) || households < 1 || households > DEMO_DEFAULTS.maxHouseholds) {
    throw new DemoLoadError(`households must be a whole number from 1 to ${DEMO_DEFAULTS.maxHouseholds}`);
  }
  const wanted = {
    seed: String(options.seed ?? DEMO_DEFAULTS.seed),
    households,
    chunkSize: options.chunkSize ?? DEMO_DEFAULTS.chunkSize,
    referenceDate: DEMO_DEFAULTS.referenceDate,
  };
  const totals: ChunkCounts = { households: 0, persons: 0, facts: 0, dossiers: 0 };
  const begin = await database.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [DEMO_LOCK_KEY]);
    const state = await readState(tx);
    if (state.plan !== null && !samePlan(state.plan, wanted)) {
      const p = state.plan;
      if (state.complete) return { state, plan: p };
      throw new DemoLoadError(
        `an interrupted demo load (seed ${p.seed}, ${p.households} households) is in this database; ` +
          'run it again with the same options to finish it',
      );
    }
    if (state.plan !== null) return { state, plan: state.plan };
    const plan: LoadPlan = { ...wanted, base: await currentIdBase(tx) };
    await ensureStaticDemo(tx);
    await recordAudit(tx, {
      actor: null,
      action: 'demo-load-start',
      recordType: RECORD_TYPE,
      recordId: plan.seed,
      purpose: 'demo-data',
      outcome: 'allowed',
      details: plan as unknown as Json,
    });
    return { state, plan };
  });
  const { state, plan } = begin;
  const demo = { seed: plan.seed, demoHouseholds: plan.households };
  if (state.complete) return { status: 'already-loaded', ...demo, millis: performance.now() - started, ...totals };
  const ids = await database.transaction((tx) => ensureStaticDemo(tx));
  let chunkIndex = 0;
  for (const chunk of generateHouseholds(plan)) {
    chunkIndex += 1;
    if (chunkIndex <= state.chunksDone) continue;
    const counts = await database.transaction(async (tx) => {
      const written = await insertChunk(tx, chunk, plan.base, ids);
      await advanceSequences(tx);
      await recordAudit(tx, {
        actor: null,
        action: 'demo-load-chunk',
        recordType: RECORD_TYPE,
        recordId: `${plan.seed}/${chunkIndex}`,
        personIds: chunk.flatMap((h) => h.persons.map((p) => plan.base.person + p.id)),
        purpose: 'demo-data',
        outcome: 'allowed',
        details: { chunk: chunkIndex, households: written.households, persons: written.persons, facts: written.facts },
      });
      return written;
    });
    totals.households += counts.households;
    totals.persons += counts.persons;
    totals.facts += counts.facts;
    totals.dossiers += counts.dossiers;
    options.onProgress?.(Math.min(plan.households, chunkIndex * plan.chunkSize), plan.households);
  }
  await database.transaction((tx) =>
    recordAudit(tx, {
      actor: null,
      action: 'demo-load-complete',
      recordType: RECORD_TYPE,
      recordId: plan.seed,
      purpose: 'demo-data',
      outcome: 'allowed',
      details: { households: plan.households },
    }),
  );
  // Fresh statistics for the planner: right after a bulk load it still thinks the tables are
  // almost empty, and chose a full scan of all households for each screening chunk's next
  // households (autovacuum analyses them only later).
  await database.query('analyze households, household_memberships, persons, facts, dossiers');
  const status = state.plan === null ? 'loaded' : 'resumed';
  return { status, ...demo, millis: performance.now() - started, ...totals };
}
