import { z } from 'zod';
import { AUDIT_OUTCOMES, ROLES } from '../db/schema.ts';
import { entityId, idString } from '../auth/auth.schema.ts';

/** Response of GET /api/audit/persons/:personId. */
export const personAuditSchema = z.object({
  items: z.array(
    z.object({
      at: z.string(),
      actor: z.union([z.object({ id: idString, name: z.string(), role: z.enum(ROLES) }), z.literal('system')]),
      action: z.string(),
      record: z.string().describe('record type and id, e.g. dossier/12'),
      purpose: z.string(),
      outcome: z.enum(AUDIT_OUTCOMES),
    }),
  ),
});

/** Path parameters of the per-person audit view. */
export const personAuditParamsSchema = z.object({ personId: entityId }).strict();

/** Response of GET /api/audit/verification. */
export const chainVerificationSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  last_id: idString.nullable().describe('Newest record of an intact chain: keep it with last_hash as an anchor'),
  last_hash: z.string().nullable(),
  broken_at: idString.nullable().describe('First record that breaks the chain'),
  reason: z.string().nullable(),
});
