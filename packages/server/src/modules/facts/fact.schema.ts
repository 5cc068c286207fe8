import { z } from 'zod';
import { idString } from '../../platform/auth/auth.schema.ts';
import { FACT_SOURCES } from '../../platform/db/schema.ts';

/** A fact with its provenance. */
export const factSchema = z.object({
  id: idString,
  fact_id: z.string(),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  source: z.enum(FACT_SOURCES),
  observed_on: z.string(),
  recorded_by: idString.nullable(),
  recorded_at: z.string(),
});

/** Response of the fact listings. */
export const factListSchema = z.object({ items: z.array(factSchema) });

/** Query of the fact listings: current values (default) or the whole history. */
export const factListQuerySchema = z
  .object({ history: z.enum(['true', 'false']).default('false').describe('true: every recorded value, newest first') })
  .strict();

/** Body of POST …/facts. */
export const recordFactBodySchema = z
  .object({
    fact_id: z.string().regex(/^[a-z][a-z0-9_]*$/).describe('A fact id from catalog/facts.yaml'),
    value: z.union([z.string().max(1000), z.number(), z.boolean()]).describe('Of the type the fact declares'),
    source: z.enum(FACT_SOURCES),
    observed_on: z.iso.date().describe('Day the value was observed (YYYY-MM-DD)'),
  })
  .strict();
