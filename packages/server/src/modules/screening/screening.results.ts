import type { Actor } from '../../platform/auth/actor.ts';
import { audited } from '../../platform/audit/audited.ts';
import type { Database } from '../../platform/db/connect.ts';
import { personIdsOfHouseholds } from '../households/household.repository.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';

/** Query of {@link listResults}. */
export interface ResultsQuery {
  kind?: 'candidate' | 'review' | undefined;
  after: number;
  limit: number;
}

/** One result row as the API shows it. */
export interface ResultItem {
  household_id: string;
  right: string;
  kind: 'candidate' | 'review';
  status: 'eligible' | 'eligible-if-confirmed' | 'undetermined' | 'not-eligible';
  amount: number | null;
  period: string | null;
  missing: { entity: 'person' | 'household'; fact: string; person?: string }[];
  conflicts: { entity: string; person: string | null; fact: string; values: { value: unknown; source: string }[] }[];
}

/** A page of results. */
export interface ResultPage {
  items: ResultItem[];
  next_after: string | null;
}

/**
 * One page of a run's results, ordered by household (cursor `after` = last household id seen).
 * Which residents are candidates is personal data: the read is audited with their persons.
 */
export function listResults(database: Database, actor: Actor | null, runId: number, query: ResultsQuery): Promise<ResultPage> {
  return audited<ResultPage>(database, { actor, action: 'list-screening-results', recordType: 'screening-run', recordId: runId, purpose: 'proactive-detection', what: 'screening run' }, async (tx) => {
    const db = detectionDb(tx);
    const run = await db.selectFrom('screening_runs').select('organisation_id').where('id', '=', runId).executeTakeFirst();
    if (!run) return { kind: 'missing' };
    if (actor && run.organisation_id !== actor.organisation.id) return { kind: 'denied', personIds: [] };
    let select = db.selectFrom('screening_results').selectAll().where('run_id', '=', runId).where('household_id', '>', query.after);
    if (query.kind) select = select.where('kind', '=', query.kind);
    // Whole households per page: take the households first, then all their rows.
    const households = await select.select('household_id').distinct().orderBy('household_id').limit(query.limit).execute();
    const ids = [...new Set(households.map((h) => h.household_id))];
    let rowsQuery = db.selectFrom('screening_results').selectAll().where('run_id', '=', runId).where('household_id', 'in', ids.length ? ids : [-1]);
    if (query.kind) rowsQuery = rowsQuery.where('kind', '=', query.kind);
    const rows = await rowsQuery.orderBy('household_id').orderBy('right_id').execute();
    const personIds = await personIdsOfHouseholds(tx, ids);
    return {
      kind: 'done',
      personIds,
      value: {
        items: rows.map((r) => ({
          household_id: String(r.household_id),
          right: r.right_id,
          kind: r.kind,
          status: r.status,
          amount: r.amount === null ? null : Number(r.amount),
          period: r.period,
          missing: r.missing as never,
          conflicts: r.conflicts as never,
        })),
        next_after: ids.length === query.limit ? String(ids[ids.length - 1]) : null,
      },
    };
  });
}
