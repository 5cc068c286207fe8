import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/connect.ts';
import { idParamsSchema } from '../persons/person.schema.ts';
import { paymentExport, readDecisionLetter, reverseDecision } from './grant.decisions.ts';
import { grantMunicipalities, listGrantRuns, readGrantRunDetail, type GrantRunSummary } from './grant.read.ts';
import { grantJobs, readGrantRun, runGrants, startGrantRun } from './grant.service.ts';

const runBodySchema = z
  .object({
    municipality_nis: z.string().regex(/^\d{5}$/),
    at_date: z.iso.date(),
    rights: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(100).optional().describe('Only these of the automatic rights (default: every right configured automatic for the municipality)'),
    wait: z.boolean().optional().describe('Answer when the run is done (default true, 201); false answers at once with the running run (202) — follow it with GET /api/grants/runs/:id'),
    chunk_size: z.number().int().min(1).max(10_000).optional().describe('Households per committed chunk (default 500)'),
  })
  .strict();
const runResultSchema = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  rights: z.array(z.string()),
  granted: z.number(),
  to_worker: z.number(),
  declined: z.number().describe('Skipped: the person declined the right (afgezien) and their situation did not change; no decision'),
  refused_earlier: z.number().describe('Skipped: a worker recorded a refusal of the right (geweigerd) and the situation did not change; no decision, the right stays with the worker'),
  catalog_version: z.string(),
  error: z.string().nullable(),
});

const textSchema = z.object({ nl: z.string(), fr: z.string(), en: z.string() });
const runSummarySchema = z.object({
  id: z.string(),
  municipality_nis: z.string(),
  at_date: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  rights: z.array(z.string()),
  catalog_version: z.string(),
  progress: z.object({ total: z.number(), processed: z.number(), granted: z.number(), to_worker: z.number(), declined: z.number(), refused_earlier: z.number() }),
  error: z.string().nullable(),
  started_by: z.string().nullable(),
  started_at: z.string(),
  finished_at: z.string().nullable(),
});
const decisionSchema = z.object({
  id: z.string(),
  household_id: z.string(),
  person: z.object({ id: z.string(), name: z.string() }).nullable(),
  right: z.string(),
  right_name: textSchema.nullable(),
  period: z.string(),
  amount: z.number().nullable(),
  amount_period: z.string().nullable(),
  reasons: z.object({ nl: z.array(z.string()), fr: z.array(z.string()), en: z.array(z.string()) }),
  catalog_version: z.string(),
  letter_url: z.string(),
  reversed: z.object({ at: z.string(), by: z.string().nullable(), reason: z.string() }).nullable(),
});

function runSummaryOut(r: GrantRunSummary) {
  return {
    id: String(r.id),
    municipality_nis: r.municipality_nis,
    at_date: r.at_date,
    status: r.status,
    rights: r.rights,
    catalog_version: r.catalog_version,
    progress: { total: r.total, processed: r.processed, granted: r.granted, to_worker: r.to_worker, declined: r.declined, refused_earlier: r.refused_earlier },
    error: r.error,
    started_by: r.started_by,
    started_at: r.started_at,
    finished_at: r.finished_at,
  };
}

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
    schema: { tags, summary: "Grant the municipality's automatic rights: only favourable decisions, each with explanation, inputs and letter", body: runBodySchema, response: { 201: runResultSchema, 202: runResultSchema } },
    handler: async (request, reply) => {
      const { wait, ...input } = request.body;
      let result;
      if (wait === false) {
        const id = await startGrantRun(deps.database, request.actor!, input);
        jobs.drive(id);
        result = await readGrantRun(deps.database, id);
      } else {
        result = await runGrants(deps.database, request.actor!, input, jobs);
      }
      return reply
        .code(wait === false ? 202 : 201)
        .send({ id: String(result.id), status: result.status, rights: result.rights, granted: result.granted, to_worker: result.toWorker, declined: result.declined, refused_earlier: result.refusedEarlier, catalog_version: result.catalogVersion, error: result.error });
    },
  });

  api.get('/api/grants/municipalities', {
    config: { permission: 'grant:run' },
    schema: {
      tags,
      summary: 'The municipalities of your werkingsgebied and the rights configured automatic for each (what a grant run can grant)',
      response: { 200: z.object({ items: z.array(z.object({ nis: z.string(), name: z.string(), rights: z.array(z.object({ id: z.string(), name: textSchema })) })) }) },
    },
    handler: async (request) => ({ items: await grantMunicipalities(deps.database, request.actor!) }),
  });

  api.get('/api/grants/runs', {
    config: { permission: 'grant:run' },
    schema: { tags, summary: 'The latest grant runs of your werkingsgebied with their progress (counts only)', response: { 200: z.object({ items: z.array(runSummarySchema) }) } },
    handler: async (request) => ({ items: (await listGrantRuns(deps.database, request.actor!)).map(runSummaryOut) }),
  });

  api.get('/api/grants/runs/:id', {
    config: { permission: 'grant:run' },
    schema: {
      tags,
      summary: 'A grant run with its progress and its decisions: who, which right, amount, why, letter (audited)',
      params: idParamsSchema,
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100), offset: z.coerce.number().int().min(0).default(0) }).strict(),
      response: { 200: z.object({ run: runSummarySchema, decisions: z.array(decisionSchema), decision_count: z.number() }) },
    },
    handler: async (request) => {
      const detail = await readGrantRunDetail(deps.database, request.actor!, Number(request.params.id), request.query);
      return {
        run: runSummaryOut(detail.run),
        decision_count: detail.decision_count,
        decisions: detail.decisions.map((d) => ({
          ...d,
          id: String(d.id),
          household_id: String(d.household_id),
          person: d.person === null ? null : { id: String(d.person.id), name: d.person.name },
          letter_url: `/api/grants/decisions/${d.id}/letter.pdf`,
        })),
      };
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
