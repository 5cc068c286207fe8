import { z } from 'zod';
import { scopeSchema } from './screening.scope.ts';

/** Body of POST /api/screening/runs. */
export const startRunBodySchema = z
  .object({
    scope: scopeSchema,
    at_date: z.iso.date().describe('The day the situation is judged on'),
    chunk_size: z.number().int().min(1).max(20_000).optional().describe('Households per committed chunk (default 2000)'),
  })
  .strict();

/** A screening run with its progress. */
export const runSchema = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'cancelled', 'failed']),
  scope: z.record(z.string(), z.unknown()),
  at_date: z.string(),
  catalog_version: z.string(),
  rights: z.array(z.string()),
  facts_read: z.array(z.string()),
  progress: z.object({ total: z.number(), processed: z.number(), candidates: z.number(), reviews: z.number(), respected: z.number() }),
  error: z.string().nullable(),
  started_at: z.string(),
  finished_at: z.string().nullable(),
});

/** GET /api/screening/runs. */
export const runListSchema = z.object({ items: z.array(runSchema) });

/** Path parameters with a run id. */
export const runParamsSchema = z.object({ id: z.string().regex(/^\d{1,9}$/) }).strict();

/** Query of GET /api/screening/runs/:id/results. */
export const resultsQuerySchema = z
  .object({ kind: z.enum(['candidate', 'review']).optional(), after: z.coerce.number().int().min(0).default(0), limit: z.coerce.number().int().min(1).max(500).default(100) })
  .strict();

const factRef = z.object({ entity: z.enum(['person', 'household']), fact: z.string(), person: z.string().optional() });

/** One result of a run. */
export const resultSchema = z.object({
  household_id: z.string(),
  right: z.string(),
  kind: z.enum(['candidate', 'review']),
  status: z.enum(['eligible', 'eligible-if-confirmed', 'undetermined', 'not-eligible']),
  amount: z.number().nullable(),
  period: z.string().nullable(),
  missing: z.array(factRef),
  conflicts: z.array(z.object({ entity: z.string(), person: z.string().nullable(), fact: z.string(), values: z.array(z.object({ value: z.unknown(), source: z.string() })) })),
});

/** GET /api/screening/runs/:id/results. */
export const resultListSchema = z.object({ items: z.array(resultSchema), next_after: z.string().nullable() });
