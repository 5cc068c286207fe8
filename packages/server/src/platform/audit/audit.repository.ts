import { sql } from 'kysely';
import type { Queryable } from '../db/connect.ts';
import type { AuditOutcome, Json } from '../db/schema.ts';
import type { AuditContent } from './audit-hash.ts';

// Shared by every writer: audit inserts take turns, so each record chains onto the last one.
const AUDIT_CHAIN_LOCK_KEY = 7_265_020;

/** Takes the chain lock until the end of the current transaction. */
export async function lockChain(q: Queryable): Promise<void> {
  await q.query('select pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK_KEY]);
}

/** The hash of the newest audit record, if any. */
export async function lastHash(q: Queryable): Promise<string | undefined> {
  const row = await q.db.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row?.hash;
}

/** Inserts one audit record (content plus chain hashes). */
export async function insertAuditRecord(q: Queryable, content: AuditContent, prevHash: string, hash: string): Promise<number> {
  const row = await q.db
    .insertInto('audit_log')
    .values({
      at: content.at,
      actor_user_id: content.actorUserId,
      actor_label: content.actorLabel,
      action: content.action,
      record_type: content.recordType,
      record_id: content.recordId,
      person_ids: [...content.personIds],
      purpose: content.purpose,
      outcome: content.outcome as AuditOutcome,
      details: content.details === null ? null : JSON.stringify(content.details),
      prev_hash: prevHash,
      hash,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A stored audit record with its chain hashes. */
export interface StoredAuditRecord extends AuditContent {
  id: number;
  prevHash: string;
  hash: string;
}

function toStored(row: {
  id: number;
  at: Date;
  actor_user_id: number | null;
  actor_label: string;
  action: string;
  record_type: string;
  record_id: string;
  person_ids: number[];
  purpose: string;
  outcome: string;
  details: Json | null;
  prev_hash: string;
  hash: string;
}): StoredAuditRecord {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorUserId: row.actor_user_id,
    actorLabel: row.actor_label,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    personIds: row.person_ids,
    purpose: row.purpose,
    outcome: row.outcome,
    details: row.details,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** Audit records in chain order after id `afterId`, at most `limit`. */
export async function readChainPage(q: Queryable, afterId: number, limit: number): Promise<StoredAuditRecord[]> {
  const rows = await q.db
    .selectFrom('audit_log')
    .selectAll()
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toStored);
}

/** An audit record as the DPO reads it, with the actor's current name and role. */
export interface PersonAuditRow {
  id: number;
  at: Date;
  actorUserId: number | null;
  actorLabel: string;
  actorName: string | null;
  actorRole: string | null;
  action: string;
  recordType: string;
  recordId: string;
  purpose: string;
  outcome: string;
}

/** Every audit record that concerns one person, newest first. */
export async function listForPerson(q: Queryable, personId: number): Promise<PersonAuditRow[]> {
  const rows = await q.db
    .selectFrom('audit_log as l')
    .leftJoin('users as u', 'u.id', 'l.actor_user_id')
    .select(['l.id', 'l.at', 'l.actor_user_id', 'l.actor_label', 'u.name', 'u.role', 'l.action', 'l.record_type', 'l.record_id', 'l.purpose', 'l.outcome'])
    // Containment (@>) rather than = ANY(…): only the former can use the GIN index on person_ids.
    .where(sql<boolean>`l.person_ids @> array[${personId}]::integer[]`)
    .orderBy('l.id', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actorUserId: row.actor_user_id,
    actorLabel: row.actor_label,
    actorName: row.name,
    actorRole: row.role,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    purpose: row.purpose,
    outcome: row.outcome,
  }));
}
