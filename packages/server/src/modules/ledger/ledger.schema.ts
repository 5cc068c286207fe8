import { z } from 'zod';
import { LEDGER_STATES } from './ledger.tables.ts';

/** Body of POST /api/ledger/households/:id/transitions. */
export const transitionBodySchema = z
  .object({
    right: z.string().regex(/^[a-z0-9-]+$/).max(100),
    state: z.enum(LEDGER_STATES),
    period: z.string().regex(/^\d{4}$/).optional(),
    reason: z.string().max(2000).optional(),
    evidence: z.record(z.string().max(100), z.union([z.string().max(2000), z.number(), z.boolean(), z.null()])).optional(),
  })
  .strict();

/** One ledger transition as the API shows it. */
export const transitionSchema = z.object({
  id: z.string(),
  subject: z.object({ type: z.enum(['household', 'person']), id: z.string() }),
  right: z.string(),
  period: z.string(),
  state: z.enum(LEDGER_STATES),
  reason: z.string().nullable(),
  evidence: z.unknown(),
  catalog_version: z.string(),
  input_snapshot: z.unknown(),
  actor: z.string(),
  actor_name: z.string().nullable().describe("The name of the user who recorded it; null when Springplank did (actor 'system')"),
  screening_run_id: z.string().nullable(),
  grant_run_id: z.string().nullable(),
  at: z.string(),
});

/** GET /api/ledger/households/:id: current states and the whole history. */
export const ledgerSchema = z.object({ current: z.array(transitionSchema), history: z.array(transitionSchema) });
