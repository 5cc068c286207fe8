import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/connect.ts';
import type { AuditOutcome, Role } from '../db/schema.ts';
import { listForPerson } from './audit.repository.ts';
import { chainVerificationSchema, personAuditParamsSchema, personAuditSchema } from './audit.schema.ts';
import { recordAudit, verifyAuditChain } from './audit.service.ts';

/** Registers the DPO's view of every access to one person's data and the chain check. */
export function registerAuditRoutes(app: FastifyInstance, deps: { database: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/audit/verification', {
    config: { permission: 'audit:read' },
    schema: { tags: ['audit'], summary: 'Check the hash chain of the audit log (as springplank audit verify)', response: { 200: chainVerificationSchema } },
    handler: async () => {
      const verdict = await verifyAuditChain(deps.database);
      return verdict.ok
        ? { ok: true, checked: verdict.checked, last_id: verdict.lastId === null ? null : String(verdict.lastId), last_hash: verdict.lastHash, broken_at: null, reason: null }
        : { ok: false, checked: verdict.checked, last_id: null, last_hash: null, broken_at: String(verdict.brokenAt), reason: verdict.reason };
    },
  });

  api.get('/api/audit/persons/:personId', {
    config: { permission: 'audit:read' },
    schema: {
      tags: ['audit'],
      summary: "Every read and write of one person's data (DPO)",
      params: personAuditParamsSchema,
      response: { 200: personAuditSchema },
    },
    handler: async (request) => {
      const personId = Number(request.params.personId);
      // The DPO's look at the trail is itself an access to this person's data.
      const rows = await deps.database.transaction(async (tx) => {
        const found = await listForPerson(tx, personId);
        await recordAudit(tx, {
          actor: request.actor,
          action: 'read-audit-trail',
          recordType: 'person',
          recordId: personId,
          personIds: [personId],
          purpose: 'data-protection-oversight',
          outcome: 'allowed',
        });
        return found;
      });
      return {
        items: rows.map((row) => ({
          at: row.at.toISOString(),
          actor:
            row.actorUserId !== null && row.actorName !== null && row.actorRole !== null
              ? { id: String(row.actorUserId), name: row.actorName, role: row.actorRole as Role }
              : ('system' as const),
          action: row.action,
          record: `${row.recordType}/${row.recordId}`,
          purpose: row.purpose,
          outcome: row.outcome as AuditOutcome,
        })),
      };
    },
  });
}
