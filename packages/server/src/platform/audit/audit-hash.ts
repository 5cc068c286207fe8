import { createHash } from 'node:crypto';
import type { Json } from '../db/schema.ts';

/** prev_hash of the first audit record. */
export const GENESIS_HASH = '0'.repeat(64);

/** The audited content of one audit record, as stored. */
export interface AuditContent {
  at: string;
  actorUserId: number | null;
  actorLabel: string;
  action: string;
  recordType: string;
  recordId: string;
  personIds: readonly number[];
  purpose: string;
  outcome: string;
  details: Json | null;
}

/**
 * JSON with object keys sorted at every level. jsonb does not keep key order, so the hash must
 * not depend on it.
 */
export function canonicalJson(value: Json | undefined): string {
  if (value === null || value === undefined || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
}

/** The hash of a record: SHA-256 over the previous hash and the canonical content. */
export function auditHash(prevHash: string, content: AuditContent): string {
  const payload = canonicalJson([
    prevHash,
    content.at,
    content.actorUserId,
    content.actorLabel,
    content.action,
    content.recordType,
    content.recordId,
    [...content.personIds],
    content.purpose,
    content.outcome,
    content.details,
  ]);
  return createHash('sha256').update(payload).digest('hex');
}
