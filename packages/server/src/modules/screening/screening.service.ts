import type { Selectable } from 'kysely';
import type { Actor } from '../../platform/auth/actor.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { Database } from '../../platform/db/connect.ts';
import type { Json } from '../../platform/db/schema.ts';
import { AppError, Errors } from '../../platform/errors/problem.ts';
import { detectionDb, type ScreeningRunsTable } from '../ledger/ledger.tables.ts';
import { factsReadFor } from './receipt.ts';
import { catalogForRun } from './screening.catalog.ts';
import type { JobOptions } from './resumable-runs.ts';
import { countScope, scopeKey, scopeMunicipalities, scopeRights, type Scope } from './screening.scope.ts';

/** Households per committed chunk unless the caller chooses: large enough for the batch evaluator, small enough to lose little on a crash. */
export const DEFAULT_CHUNK_SIZE = 2000;

/** Input of {@link startScreening}. */
export interface StartScreeningInput {
  scope: Scope;
  /** The day the situation is judged on (YYYY-MM-DD). */
  at_date: string;
  chunk_size?: number;
}

/** A run as stored. */
export type ScreeningRun = Selectable<ScreeningRunsTable>;

/** Errors of screening runs, with stable codes. */
export const ScreeningErrors = {
  alreadyRunning: (runId: number | null) =>
    new AppError(
      409,
      'screening-already-running',
      'A screening of this scope is running',
      `Another screening run${runId ? ` (number ${runId})` : ''} is working on the same households. Wait until it has finished or cancel it first.`,
    ),
  unknownRight: (ids: string[]) => Errors.invalidField('body.scope.rights', 'unknown-right', `Not in the catalogue: ${ids.join(', ')}.`),
  notOwnScope: () => Errors.forbidden('You can only screen the households of your own organisation or werkingsgebied.'),
};

/** Refuses a scope that is not the actor's own organisation or werkingsgebied (null actor: the system). */
export async function assertOwnScope(database: Database, actor: Actor | null, scope: Scope): Promise<void> {
  if (!actor) return;
  if (scope.organisation_id !== undefined) {
    if (scope.organisation_id !== actor.organisation.id) throw ScreeningErrors.notOwnScope();
    return;
  }
  const own = await database.db.selectFrom('organisations').select('werkingsgebied_id').where('id', '=', actor.organisation.id).executeTakeFirst();
  if (own?.werkingsgebied_id !== scope.werkingsgebied_id) throw ScreeningErrors.notOwnScope();
}

/**
 * Starts a screening run: checks that the catalogue loads and the scope is the actor's own,
 * records the run (refused when a run on the same scope is active) with the rights it
 * evaluates and the facts it may read, and writes the audit record. The caller drives it.
 * `actor` null is the system (the CLI).
 */
export async function startScreening(database: Database, actor: Actor | null, input: StartScreeningInput, options: JobOptions = {}): Promise<ScreeningRun> {
  const { catalog, version } = catalogForRun(options.catalogDir);
  if (input.scope.rights) {
    const unknown = input.scope.rights.filter((id) => !catalog.rights.has(id));
    if (unknown.length > 0) throw ScreeningErrors.unknownRight(unknown);
  }
  await assertOwnScope(database, actor, input.scope);
  const organisationId = actor?.organisation.id ?? (await ownerOfScope(database, input.scope));
  const rights = scopeRights(catalog, input.scope, await scopeMunicipalities(database, input.scope));
  const factsRead = factsReadFor(catalog, rights);
  const key = scopeKey(input.scope);
  try {
    return await database.transaction(async (tx) => {
      const total = await countScope(tx, input.scope);
      const run = await detectionDb(tx)
        .insertInto('screening_runs')
        .values({
          scope: JSON.stringify(input.scope) as unknown as Json,
          scope_key: key,
          at_date: input.at_date,
          status: 'running',
          catalog_version: version,
          rights,
          facts_read: factsRead,
          total,
          chunk_size: input.chunk_size ?? DEFAULT_CHUNK_SIZE,
          error: null,
          started_by: actor?.id ?? null,
          organisation_id: organisationId,
          finished_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(tx, {
        actor,
        action: 'screening-start',
        recordType: 'screening-run',
        recordId: run.id,
        purpose: 'proactive-detection',
        outcome: 'allowed',
        details: { scope: input.scope as unknown as Json, at_date: input.at_date, total, rights: rights.length, facts_read: factsRead },
      });
      return run as ScreeningRun;
    });
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      const active = await detectionDb(database).selectFrom('screening_runs').select('id').where('scope_key', '=', key).where('status', '=', 'running').executeTakeFirst();
      throw ScreeningErrors.alreadyRunning(active?.id ?? null);
    }
    throw error;
  }
}

async function ownerOfScope(database: Database, scope: Scope): Promise<number> {
  if (scope.organisation_id !== undefined) return scope.organisation_id;
  const first = await database.db.selectFrom('organisations').select('id').where('werkingsgebied_id', '=', scope.werkingsgebied_id!).orderBy('id').executeTakeFirst();
  if (!first) throw Errors.notFound('werkingsgebied', scope.werkingsgebied_id!);
  return first.id;
}

/** A run of the actor's organisation (null actor: any run). */
export async function readRun(database: Database, actor: Actor | null, runId: number): Promise<ScreeningRun> {
  const run = await detectionDb(database).selectFrom('screening_runs').selectAll().where('id', '=', runId).executeTakeFirst();
  if (!run) throw Errors.notFound('screening run', runId);
  if (actor && run.organisation_id !== actor.organisation.id) throw Errors.forbidden();
  return run as ScreeningRun;
}

/** The latest runs of the actor's organisation (not the one-household re-evaluations after a fact change: those show in each household's ledger). */
export async function listRuns(database: Database, actor: Actor): Promise<ScreeningRun[]> {
  const rows = await detectionDb(database)
    .selectFrom('screening_runs')
    .selectAll()
    .where('organisation_id', '=', actor.organisation.id)
    .where('scope_key', 'not like', 'reevaluation:%')
    .orderBy('id', 'desc')
    .limit(20)
    .execute();
  return rows as ScreeningRun[];
}

/** Cancels a running run after its current chunk; committed results and detections stay. */
export async function cancelRun(database: Database, actor: Actor | null, runId: number): Promise<ScreeningRun> {
  await readRun(database, actor, runId);
  await database.transaction(async (tx) => {
    const changed = await detectionDb(tx)
      .updateTable('screening_runs')
      .set({ status: 'cancelled', finished_at: new Date() })
      .where('id', '=', runId)
      .where('status', '=', 'running')
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) === 0) return;
    await recordAudit(tx, { actor, action: 'screening-cancel', recordType: 'screening-run', recordId: runId, purpose: 'proactive-detection', outcome: 'allowed' });
  });
  return readRun(database, actor, runId);
}
