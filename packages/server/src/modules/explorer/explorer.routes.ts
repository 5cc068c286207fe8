import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Situation } from '@springplank/rules';
import type { Database } from '../../platform/db/connect.ts';
import { explorerCatalog } from './explorer.catalog.ts';
import {
  evaluateBodySchema, evaluationSchema, questionsBodySchema, questionsSchema, rightDetailSchema,
  rightListSchema, rightParamsSchema, rightQuerySchema, rightsQuerySchema,
} from './explorer.schema.ts';
import { listRights, presentEvaluation, presentQuestions, readRight, todayIso } from './explorer.service.ts';
import { registerWorkerExplorerRoutes } from './worker.routes.ts';

/**
 * Registers the Rechtenverkenner API. The citizen API is public and stateless, in the style of
 * OpenFisca (situation + date → outcomes; situation → next questions; the rights): nothing is
 * stored and no session is used, so it needs no CSRF token. Worker mode lives in worker.routes.ts.
 */
export function registerExplorerRoutes(app: FastifyInstance, deps: { database: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['explorer'];

  api.post('/api/evaluate', {
    config: { permission: 'public', csrf: false },
    schema: { tags, summary: 'Evaluate every right for a situation on a date, with explanations', body: evaluateBodySchema, response: { 200: evaluationSchema } },
    handler: async (request) =>
      presentEvaluation(explorerCatalog(), request.body.situation as Situation, request.body.date ?? todayIso(), request.body.lang, request.body.rights),
  });

  api.post('/api/questions', {
    config: { permission: 'public', csrf: false },
    schema: { tags, summary: 'The next questions for a situation: missing inputs ranked by how many rights they can decide', body: questionsBodySchema, response: { 200: questionsSchema } },
    handler: async (request) => presentQuestions(explorerCatalog(), request.body.situation as Situation, request.body.date ?? todayIso(), request.body.lang),
  });

  api.get('/api/rights', {
    config: { permission: 'public' },
    schema: { tags, summary: 'The rights of the catalogue (search by name, filter by domain, level, granting mode)', querystring: rightsQuerySchema, response: { 200: rightListSchema } },
    handler: async (request) => listRights(explorerCatalog(), request.query),
  });

  api.get('/api/rights/:id', {
    config: { permission: 'public' },
    schema: { tags, summary: 'One right: conditions, dated parameters with sources, legal basis, linked rights', params: rightParamsSchema, querystring: rightQuerySchema, response: { 200: rightDetailSchema } },
    handler: async (request) => readRight(explorerCatalog(), request.params.id, request.query.lang),
  });

  registerWorkerExplorerRoutes(app, deps);
}
