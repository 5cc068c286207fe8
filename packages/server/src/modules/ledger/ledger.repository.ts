import type { Queryable } from '../../platform/db/connect.ts';
import type { Json } from '../../platform/db/schema.ts';
import { detectionDb, type LedgerState } from './ledger.tables.ts';

/** A transition to append. */
export interface NewTransition {
  subjectType: 'household' | 'person';
  subjectId: number;
  householdId: number;
  right: string;
  period: string;
  state: LedgerState;
  reason?: string | null;
  evidence?: Json;
  catalogVersion: string;
  inputSnapshot: Json;
  inputHash: string;
  actorUserId: number | null;
  actorLabel: string;
  screeningRunId?: number | null;
  grantRunId?: number | null;
}

/** A stored transition. */
export interface TransitionRow {
  id: number;
  subjectType: 'household' | 'person';
  subjectId: number;
  householdId: number;
  right: string;
  period: string;
  state: LedgerState;
  reason: string | null;
  evidence: Json;
  catalogVersion: string;
  inputSnapshot: Json;
  actorLabel: string;
  /** The name of the user who recorded it; null for Springplank itself (`system`). */
  actorName: string | null;
  screeningRunId: number | null;
  grantRunId: number | null;
  at: Date;
}

/**
 * Appends transitions. A screening chunk committed a second time appends nothing (the unique
 * index on run, subject, right and period; `on conflict do nothing`).
 */
export async function appendTransitions(q: Queryable, transitions: readonly NewTransition[]): Promise<number> {
  let inserted = 0;
  // PostgreSQL takes at most 65,535 parameters per statement: 15 columns × 3,000 rows stays below.
  for (let i = 0; i < transitions.length; i += 3000) inserted += await appendBatch(q, transitions.slice(i, i + 3000));
  return inserted;
}

async function appendBatch(q: Queryable, transitions: readonly NewTransition[]): Promise<number> {
  const result = await detectionDb(q)
    .insertInto('ledger_transitions')
    .values(
      transitions.map((t) => ({
        subject_type: t.subjectType,
        subject_id: t.subjectId,
        household_id: t.householdId,
        right_id: t.right,
        period: t.period,
        state: t.state,
        reason: t.reason ?? null,
        evidence: JSON.stringify(t.evidence ?? {}) as unknown as Json,
        catalog_version: t.catalogVersion,
        input_snapshot: JSON.stringify(t.inputSnapshot) as unknown as Json,
        input_hash: t.inputHash,
        actor_user_id: t.actorUserId,
        actor_label: t.actorLabel,
        screening_run_id: t.screeningRunId ?? null,
        grant_run_id: t.grantRunId ?? null,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/** Current household-level states of some households for the period: key `household|right`. */
export async function currentHouseholdStates(q: Queryable, householdIds: readonly number[], period: string): Promise<Map<string, { state: LedgerState; inputHash: string }>> {
  const out = new Map<string, { state: LedgerState; inputHash: string }>();
  if (householdIds.length === 0) return out;
  const rows = await q.query<{ subject_id: number; right_id: string; state: LedgerState; input_hash: string }>(
    `select distinct on (subject_id, right_id) subject_id, right_id, state, input_hash from ledger_transitions
      where subject_type = 'household' and subject_id = any($1::int[]) and period = $2
      order by subject_id, right_id, id desc`,
    [householdIds, period],
  );
  for (const r of rows) out.set(`${r.subject_id}|${r.right_id}`, { state: r.state, inputHash: r.input_hash });
  return out;
}

/** The full history of a household's ledger (its own and its members'), oldest first. */
export async function householdHistory(q: Queryable, householdId: number): Promise<TransitionRow[]> {
  // The snapshot through ledger_inputs: a screening stores it once per household (migration 005).
  const rows = await detectionDb(q)
    .selectFrom('ledger_transitions')
    .innerJoin('ledger_inputs', 'ledger_inputs.id', 'ledger_transitions.id')
    .selectAll('ledger_transitions')
    .select('ledger_inputs.input_snapshot as inputs')
    // The worker's name, so the ledger page says who in words people use (the label is an e-mail address).
    .leftJoin('users', 'users.id', 'ledger_transitions.actor_user_id')
    .select('users.name as actor_name')
    .where('household_id', '=', householdId)
    .orderBy('ledger_transitions.id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    householdId: r.household_id,
    right: r.right_id,
    period: r.period,
    state: r.state,
    reason: r.reason,
    evidence: r.evidence,
    catalogVersion: r.catalog_version,
    inputSnapshot: r.inputs,
    actorLabel: r.actor_label,
    actorName: r.actor_name,
    screeningRunId: r.screening_run_id,
    grantRunId: r.grant_run_id,
    at: new Date(r.at),
  }));
}

/** What a screening run appended to the ledger, per subject and right (benchmarks and tests compare runs with it). */
export async function ledgerForRun(q: Queryable, runId: number): Promise<{ subject: string; right: string; period: string; state: string; evidence: Json; catalogVersion: string; inputHash: string; inputSnapshot: Json }[]> {
  const rows = await q.query<{ subject_type: string; subject_id: number; right_id: string; period: string; state: string; evidence: Json; catalog_version: string; input_hash: string; input_snapshot: Json }>(
    `select t.subject_type, t.subject_id, t.right_id, t.period, t.state, t.evidence, t.catalog_version, t.input_hash, i.input_snapshot
       from ledger_transitions t join ledger_inputs i on i.id = t.id
      where t.screening_run_id = $1 order by t.subject_type, t.subject_id, t.right_id, t.period`,
    [runId],
  );
  return rows.map((r) => ({
    subject: `${r.subject_type}:${r.subject_id}`,
    right: r.right_id,
    period: r.period,
    state: r.state,
    evidence: r.evidence,
    catalogVersion: r.catalog_version,
    inputHash: r.input_hash,
    inputSnapshot: r.input_snapshot,
  }));
}
