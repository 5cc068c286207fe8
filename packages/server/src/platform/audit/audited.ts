import type { Database, Queryable } from '../db/connect.ts';
import { Errors } from '../errors/problem.ts';
import type { Json } from '../db/schema.ts';
import { recordAudit, type AuditEntry } from './audit.service.ts';

/** What an audited piece of work found: nothing, a record the actor may not touch, or a result. */
export type Access<T> =
  | { kind: 'missing' }
  | { kind: 'denied'; personIds: readonly number[] }
  | { kind: 'done'; personIds: readonly number[]; value: T; recordId?: string | number; details?: Json };

/** The audit fields an audited piece of work fixes up front. */
export type AuditTarget = Omit<AuditEntry, 'outcome' | 'personIds' | 'details'> & { what: string };

/**
 * Runs a read or write of personal data in one transaction together with its audit record:
 * outcome `allowed` when the work is done, `denied` when the policy refused it (then 403).
 * A missing record gives 404 and no audit record (no personal data was touched).
 */
export async function audited<T>(database: Database, target: AuditTarget, work: (tx: Queryable) => Promise<Access<NoInfer<T>>>): Promise<T> {
  const result = await database.transaction(async (tx) => {
    const access = await work(tx);
    if (access.kind === 'missing') return access;
    await recordAudit(tx, {
      actor: target.actor,
      action: target.action,
      recordType: target.recordType,
      recordId: access.kind === 'done' && access.recordId !== undefined ? access.recordId : target.recordId,
      personIds: access.personIds,
      purpose: target.purpose,
      outcome: access.kind === 'done' ? 'allowed' : 'denied',
      ...(access.kind === 'done' && access.details !== undefined ? { details: access.details } : {}),
    });
    return access;
  });
  if (result.kind === 'missing') throw Errors.notFound(target.what, target.recordId);
  if (result.kind === 'denied') throw Errors.forbidden();
  return result.value;
}

