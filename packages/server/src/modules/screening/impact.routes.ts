import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/connect.ts';
import { CHANGED_PATH, changedCatalog } from './impact.catalog.ts';
import { publishImpact, ruleChangeImpact } from './impact.ts';
import { scopeSchema } from './screening.scope.ts';

const count = z.number().int().nullable().describe('null when 1 to 4 (k-anonymity)');

/** Body of POST /api/screening/impact. */
export const impactBodySchema = z
  .object({
    scope: scopeSchema,
    at_date: z.iso.date().describe('The day the situation is judged on'),
    files: z
      .array(z.object({ path: z.string().regex(CHANGED_PATH).describe('facts.yaml or rights/<level>/<id>.yaml'), text: z.string().max(200_000) }).strict())
      .min(1)
      .max(50)
      .describe('The changed catalogue files; the rest is the current catalogue'),
  })
  .strict();

/** The aggregate impact report (counts below 5 suppressed). */
export const impactSchema = z.object({
  scope: z.record(z.string(), z.unknown()),
  at_date: z.string(),
  current_version: z.string(),
  changed_version: z.string(),
  households: count,
  rights: z.array(z.object({ right: z.string(), before: count, after: count, gains: count, losses: count })),
});

/**
 * Registers the rule-change impact: who would gain and who would lose each right on the local
 * caseload under a changed catalogue. POST, because the changed files travel in the body; it
 * changes nothing (no ledger, no results), it only reads and is audited.
 */
export function registerImpactRoutes(app: FastifyInstance, deps: { database: Database }): void {
  app.withTypeProvider<ZodTypeProvider>().post('/api/screening/impact', {
    config: { permission: 'screening:impact' },
    schema: {
      tags: ['screening'],
      summary: 'Who gains and who loses each right on your caseload under a changed catalogue (aggregates, counts below 5 hidden; nothing is changed)',
      body: impactBodySchema,
      response: { 200: impactSchema },
    },
    handler: async (request) => {
      const changed = changedCatalog(request.body.files);
      const report = await ruleChangeImpact(deps.database, request.actor!, { scope: request.body.scope, at_date: request.body.at_date, changed });
      return publishImpact(report);
    },
  });
}
