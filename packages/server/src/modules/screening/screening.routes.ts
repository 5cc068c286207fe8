import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/connect.ts';
import { ScreeningJobs } from './screening.job.ts';
import { listResults } from './screening.results.ts';
import { resultListSchema, resultsQuerySchema, runListSchema, runParamsSchema, runSchema, startRunBodySchema } from './screening.schema.ts';
import { cancelRun, listRuns, readRun, startScreening, type ScreeningRun } from './screening.service.ts';

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

/** A run as the API shows it: its scope, rights, the facts it may read, and progress counts. */
export function presentRun(run: ScreeningRun) {
  return {
    id: String(run.id),
    status: run.status,
    scope: run.scope as Record<string, unknown>,
    at_date: run.at_date,
    catalog_version: run.catalog_version,
    rights: run.rights,
    facts_read: run.facts_read,
    progress: { total: run.total, processed: run.processed, candidates: run.candidates, reviews: run.reviews, respected: run.respected },
    error: run.error,
    started_at: iso(run.started_at)!,
    finished_at: iso(run.finished_at),
  };
}

/**
 * Registers the screening API and the job runner of this server: runs left running by an
 * earlier process (a crash) are resumed when the server is ready, and stop after their current
 * chunk when it closes.
 */
export function registerScreeningRoutes(app: FastifyInstance, deps: { database: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['screening'];
  const jobs = new ScreeningJobs(deps.database);
  app.addHook('onReady', async () => {
    await jobs.resumeInterrupted();
  });
  app.addHook('onClose', async () => {
    await jobs.stop();
  });

  api.post('/api/screening/runs', {
    config: { permission: 'screening:run' },
    schema: { tags, summary: 'Start a screening run of your organisation or werkingsgebied (a persisted, resumable job)', body: startRunBodySchema, response: { 202: runSchema } },
    handler: async (request, reply) => {
      const run = await startScreening(deps.database, request.actor!, request.body);
      jobs.drive(run.id);
      return reply.code(202).send(presentRun(run));
    },
  });

  api.get('/api/screening/runs', {
    config: { permission: 'screening:read' },
    schema: { tags, summary: "Your organisation's latest screening runs", response: { 200: runListSchema } },
    handler: async (request) => ({ items: (await listRuns(deps.database, request.actor!)).map(presentRun) }),
  });

  api.get('/api/screening/runs/:id', {
    config: { permission: 'screening:read' },
    schema: { tags, summary: 'One run and its progress', params: runParamsSchema, response: { 200: runSchema } },
    handler: async (request) => presentRun(await readRun(deps.database, request.actor!, Number(request.params.id))),
  });

  api.post('/api/screening/runs/:id/cancel', {
    config: { permission: 'screening:run' },
    schema: { tags, summary: 'Cancel a run after its current chunk (what was committed stays)', params: runParamsSchema, response: { 200: runSchema } },
    handler: async (request) => presentRun(await cancelRun(deps.database, request.actor!, Number(request.params.id))),
  });

  api.get('/api/screening/runs/:id/results', {
    config: { permission: 'screening:read' },
    schema: { tags, summary: 'Candidates and review items of a run (audited)', params: runParamsSchema, querystring: resultsQuerySchema, response: { 200: resultListSchema } },
    handler: async (request) => listResults(deps.database, request.actor!, Number(request.params.id), request.query),
  });
}
