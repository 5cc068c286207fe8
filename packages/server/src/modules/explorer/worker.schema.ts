import { z } from 'zod';
import { FACT_SOURCES } from '../../platform/db/schema.ts';

/** Params of the worker-mode routes. */
export const dossierParamsSchema = z.object({ id: z.string().regex(/^\d+$/) });

/** Query of GET /api/dossiers/:id/explorer/overview.pdf. */
export const overviewQuerySchema = z.object({ lang: z.enum(['nl', 'fr', 'en']).default('nl') }).strict();

/** Body of POST /api/dossiers/:id/explorer/answers: answers recorded as facts with provenance. */
export const recordAnswersBodySchema = z
  .object({
    answers: z
      .array(
        z
          .object({
            entity: z.enum(['person', 'household']),
            person_id: z.string().regex(/^\d+$/).optional().describe('For person facts: a member of the dossier household'),
            fact_id: z.string().regex(/^[a-z][a-z0-9_]*$/),
            value: z.union([z.string().max(1000), z.number(), z.boolean()]),
            source: z.enum(FACT_SOURCES).describe('self-declared: the person said so; attest/worker/register: verified'),
            observed_on: z.iso.date(),
          })
          .strict(),
      )
      .min(1)
      .max(50),
  })
  .strict();

const factValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** The explorer's view of a dossier: household, facts with provenance, and the Rechtencheck. */
export const workerExplorerSchema = z.object({
  dossier: z.object({ id: z.string(), title: z.string(), household_id: z.string() }),
  catalog_version: z.string(),
  members: z.array(z.object({ id: z.string(), membership_id: z.string(), from: z.string().describe('First day in the household'), role: z.enum(['aanvrager', 'partner', 'kind', 'andere']), name: z.string() })),
  facts: z.array(
    z.object({
      entity: z.enum(['person', 'household']),
      person_id: z.string().nullable(),
      fact_id: z.string(),
      value: factValue,
      source: z.enum(FACT_SOURCES),
      observed_on: z.string(),
      recorded_by: z.string().nullable().describe('Name of the user who recorded it'),
      recorded_at: z.string().nullable(),
    }),
  ),
  rechtencheck: z
    .object({
      id: z.string(),
      version: z.number(),
      name: z.object({ nl: z.string(), fr: z.string(), en: z.string() }),
      rights: z.array(
        z.object({
          right: z.string(),
          status: z.enum(['eligible', 'eligible-if-confirmed', 'undetermined', 'not-eligible']),
          checked_on: z.string().nullable().describe('When the facts that decided it were last recorded; null while undetermined'),
        }),
      ),
    })
    .nullable(),
});
