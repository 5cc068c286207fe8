import type { Kysely } from 'kysely';
import type { Queryable } from '../../platform/db/connect.ts';
import type { Schema } from '../../platform/db/schema.ts';
import type { DetectionTables, OutreachActionsTable } from '../ledger/ledger.tables.ts';

/** Table `outreach_actions` with the partner organisation of a contact via a partner (migration 006). */
export interface OutreachActionsWithPartner extends OutreachActionsTable {
  partner_organisation_id: number | null;
}

/** A query builder over the detection tables that knows the outreach partner column, bound to q. */
export function outreachDb(q: Queryable): Kysely<Schema & Omit<DetectionTables, 'outreach_actions'> & { outreach_actions: OutreachActionsWithPartner }> {
  return q.db as unknown as Kysely<Schema & Omit<DetectionTables, 'outreach_actions'> & { outreach_actions: OutreachActionsWithPartner }>;
}
