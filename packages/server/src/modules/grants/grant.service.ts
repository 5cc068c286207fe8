import type { Actor } from '../../platform/auth/actor.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { Database } from '../../platform/db/connect.ts';
import { Errors } from '../../platform/errors/problem.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';
import { factsReadFor } from '../screening/receipt.ts';
import { catalogForRun } from '../screening/screening.catalog.ts';
import { GrantJobs } from './grant.job.ts';
import { automaticRights, inWerkingsgebied } from './grant.read.ts';

/** Households per chunk (one transaction each) of a grant run. */
const CHUNK = 500;

/** What starts a grant run: the municipality, the day, optionally some of its automatic rights (default: all of them). */
export interface GrantRunInput {
  municipality_nis: string;
  at_date: string;
  rights?: string[] | undefined;
  chunk_size?: number | undefined;
}

/** What a grant run did. */
export interface GrantRunResult {
  id: number;
  status: 'running' | 'done' | 'failed';
  rights: string[];
  granted: number;
  toWorker: number;
  /** Skipped because the person declined the right (`afgezien`) and their situation did not change: no decision. */
  declined: number;
  /** Skipped because a worker recorded a refusal (`geweigerd`) and the situation did not change: no decision, the right stays with the worker. */
  refusedEarlier: number;
  catalogVersion: string;
  error: string | null;
}


/** Grant jobs of this process, reading only the facts of the rights granted. */
export function grantJobs(database: Database, options: { catalogDir?: string } = {}): GrantJobs {
  return new GrantJobs(database, factsReadFor, options);
}

/**
 * Starts a grant run for the rights configured `automatic` for a municipality of the actor's
 * werkingsgebied: a persisted job (status `running`, cursor 0) that {@link GrantJobs} drives.
 * Actor null: the operator on the command line (`springplank grant run`), any municipality.
 * Audited.
 */
export async function startGrantRun(database: Database, actor: Actor | null, input: GrantRunInput): Promise<number> {
  const { catalog, version } = catalogForRun();
  if (actor) {
    if (!(await inWerkingsgebied(database, actor, input.municipality_nis))) throw Errors.forbidden('Grant runs are for the municipalities of your own werkingsgebied.');
  } else {
    const known = await database.query<{ nis_code: string }>('select nis_code from municipalities where nis_code = $1', [input.municipality_nis]);
    if (known.length === 0) throw Errors.invalidField('body.municipality_nis', 'unknown-municipality', `There is no municipality ${input.municipality_nis}.`);
  }
  const automatic = automaticRights(input.municipality_nis, catalog).map((r) => r.id);
  // Only a right configured automatic for this municipality can be granted by a run.
  const other = (input.rights ?? []).find((id) => !automatic.includes(id));
  if (other !== undefined) {
    throw Errors.invalidField('body.rights', 'not-automatic', `${other} is not a right configured for automatic granting in municipality ${input.municipality_nis}. Choose from: ${automatic.join(', ') || 'none'}.`);
  }
  if (input.rights !== undefined && input.rights.length === 0) throw Errors.invalidField('body.rights', 'no-rights', 'Choose at least one right, or leave the list out for all automatic rights.');
  const rights = input.rights ? automatic.filter((id) => input.rights!.includes(id)) : automatic;
  return database.transaction(async (tx) => {
    const row = await detectionDb(tx)
      .insertInto('grant_runs')
      .values({ municipality_nis: input.municipality_nis, at_date: input.at_date, catalog_version: version, rights, status: 'running', started_by: actor?.id ?? null, finished_at: null, chunk_size: input.chunk_size ?? CHUNK })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, { actor, action: 'grant-run-start', recordType: 'grant-run', recordId: row.id, purpose: 'automatic-granting', outcome: 'allowed', details: { municipality: input.municipality_nis, rights, at_date: input.at_date } });
    return row.id;
  });
}

/** A grant run as it stands. */
export async function readGrantRun(database: Database, runId: number): Promise<GrantRunResult> {
  const run = await detectionDb(database).selectFrom('grant_runs').select(['id', 'status', 'rights', 'granted', 'to_worker', 'declined', 'refused_earlier', 'catalog_version', 'error']).where('id', '=', runId).executeTakeFirstOrThrow();
  return { id: run.id, status: run.status, rights: run.rights, granted: run.granted, toWorker: run.to_worker, declined: run.declined, refusedEarlier: run.refused_earlier, catalogVersion: run.catalog_version, error: run.error };
}

/**
 * A grant run: for the rights configured `automatic` for a municipality, decides for every
 * household living there and waits until it is done. Only favourable decisions are made
 * (decideAutomatically); each carries its explanation, the catalogue version, the input
 * snapshot and a decision letter (PDF, in the aanvrager's preferred language, else Dutch), is
 * recorded in the ledger as `toegekend` and has its own audit entry. Outcomes that are not
 * clearly eligible become a `mogelijk recht` for a worker. The run is a persisted job: a
 * crash leaves it `running` with its cursor, and the server resumes it on start.
 */
export async function runGrants(database: Database, actor: Actor, input: GrantRunInput, jobs: GrantJobs = grantJobs(database)): Promise<GrantRunResult> {
  const id = await startGrantRun(database, actor, input);
  jobs.drive(id);
  await jobs.settled(id);
  return readGrantRun(database, id);
}
