import type { Queryable } from '../db/connect.ts';
import type { AuditOutcome, Json } from '../db/schema.ts';
import { SYSTEM_ACTOR_LABEL, type Actor } from '../auth/actor.ts';
import { auditHash, GENESIS_HASH, type AuditContent } from './audit-hash.ts';
import { insertAuditRecord, lastHash, lockChain, readChainPage } from './audit.repository.ts';

/** Why personal data was processed; shown to the DPO. */
export const PURPOSES = ['case-work', 'intake', 'data-protection-oversight', 'account-management', 'demo-data', 'proactive-detection', 'automatic-granting'] as const;
/** A processing purpose. */
export type Purpose = (typeof PURPOSES)[number];

/** One access or change to record in the audit log. */
export interface AuditEntry {
  /** The user, or null when the system acts. */
  actor: Actor | null;
  /** What was done: read, list, create, update, record-fact… */
  action: string;
  recordType: string;
  recordId: string | number;
  /** The persons whose data this concerns (for the DPO's per-person view). */
  personIds?: readonly number[];
  purpose: Purpose;
  outcome: AuditOutcome;
  details?: Json;
}

/**
 * Appends one record to the audit log, chained onto the previous one. Call it inside the
 * transaction that performs the read or write, so the record exists exactly when the change does.
 * The advisory lock serialises writers until that transaction ends.
 */
export async function recordAudit(tx: Queryable, entry: AuditEntry): Promise<void> {
  await lockChain(tx);
  const prevHash = (await lastHash(tx)) ?? GENESIS_HASH;
  const content: AuditContent = {
    at: new Date().toISOString(),
    actorUserId: entry.actor?.id ?? null,
    actorLabel: entry.actor?.email ?? SYSTEM_ACTOR_LABEL,
    action: entry.action,
    recordType: entry.recordType,
    recordId: String(entry.recordId),
    personIds: [...new Set(entry.personIds ?? [])].sort((a, b) => a - b),
    purpose: entry.purpose,
    outcome: entry.outcome,
    details: entry.details ?? null,
  };
  await insertAuditRecord(tx, content, prevHash, auditHash(prevHash, content));
}

/** The result of checking the chain. */
export type ChainVerdict =
  | { ok: true; checked: number; lastId: number | null; lastHash: string }
  | { ok: false; checked: number; brokenAt: number; reason: string };

/**
 * Recomputes the hash chain from the first record. Names the first record whose content no
 * longer matches its hash, or whose prev_hash does not match its predecessor (a record removed
 * or inserted). Removing the newest records leaves no trace in the chain itself: keep the last
 * id and hash of a verification elsewhere and check that a later chain still contains them.
 */
export async function verifyAuditChain(q: Queryable, pageSize = 5000): Promise<ChainVerdict> {
  let previous = GENESIS_HASH;
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const page = await readChainPage(q, afterId, pageSize);
    if (page.length === 0) return { ok: true, checked, lastId: afterId === 0 ? null : afterId, lastHash: previous };
    for (const record of page) {
      if (record.prevHash !== previous) {
        return { ok: false, checked, brokenAt: record.id, reason: 'prev_hash does not match the record before it (a record was removed, inserted or changed)' };
      }
      if (auditHash(record.prevHash, record) !== record.hash) {
        return { ok: false, checked, brokenAt: record.id, reason: 'the content does not match its hash (the record was changed)' };
      }
      previous = record.hash;
      checked += 1;
    }
    afterId = page[page.length - 1]!.id;
  }
}
