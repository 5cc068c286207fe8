import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/connect.ts';
import { idParamsSchema } from '../persons/person.schema.ts';
import { paymentExport, readDecisionLetter, reverseDecision } from './grant.decisions.ts';
import { grantJobs, runGrants } from './grant.service.ts';

const runBodySchema = z
  .object({
    municipality_nis: z.string().regex(/^\d{5}$/),
    at_date: z.iso.date(),
    chunk_size: z.number().int().min(1).max(10_000).optional().describe('Households per committed chunk (default 500)'),
  })
  .strict();
const runResultSchema = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  rights: z.array(z.string()),
  granted: z.number(),
  to_worker: z.number(),
  catalog_version: z.string(),
  error: z.string().nullable(),
});

/**
 * Registers the automatic granting routes and the grant job runner of this server: grant runs
 * left running by an earlier process (a crash) are resumed when the server is ready.
 */
export function registerGrantRoutes(app: FastifyInstance, deps: { database: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['grants'];
  const jobs = grantJobs(deps.database);
  app.addHook('onReady', async () => {
    await jobs.resumeInterrupted();
  });
  app.addHook('onClose', async () => {
    await jobs.stop();
  });

  api.post('/api/grants/runs', {
    config: { permission: 'grant:run' },
    schema: { tags, summary: "Grant the municipality's automatic rights: only favourable decisions, each with explanation, inputs and letter", body: runBodySchema, response: { 201: runResultSchema } },
    handler: async (request, reply) => {
      const result = await runGrants(deps.database, request.actor!, request.body, jobs);
      return reply
        .code(201)
        .send({ id: String(result.id), status: result.status, rights: result.rights, granted: result.granted, to_worker: result.toWorker, catalog_version: result.catalogVersion, error: result.error });
    },
  });

  api.get('/api/grants/runs/:id/payments.csv', {
    config: { permission: 'grant:run' },
    schema: { tags, summary: 'Payment export of a grant run (CSV; layout in docs/detection.md; audited)', params: idParamsSchema },
    handler: async (request, reply) => {
      const csv = await paymentExport(deps.database, request.actor!, Number(request.params.id));
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="betalingen-${request.params.id}.csv"`).send(csv);
    },
  });

  api.get('/api/grants/decisions/:id/letter.pdf', {
    config: { permission: 'ledger:read' },
    schema: { tags, summary: 'The decision letter of an automatic grant (PDF; audited)', params: idParamsSchema },
    handler: async (request, reply) => {
      const pdf = await readDecisionLetter(deps.database, request.actor!, Number(request.params.id));
      return reply.type('application/pdf').send(Buffer.from(pdf));
    },
  });

  api.post('/api/grants/decisions/:id/reverse', {
    config: { permission: 'grant:reverse' },
    schema: { tags, summary: 'Reverse an automatic decision (coordinator); a worker looks at the right again', params: idParamsSchema, body: z.object({ reason: z.string().min(1).max(2000) }).strict(), response: { 204: z.null() } },
    handler: async (request, reply) => {
      await reverseDecision(deps.database, request.actor!, Number(request.params.id), request.body.reason);
      return reply.code(204).send(null);
    },
  });
}
