import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/connect.ts';
import { dossierParamsSchema, overviewQuerySchema, recordAnswersBodySchema, workerExplorerSchema } from './worker.schema.ts';
import { dossierOverviewPdf, explorerView, recordAnswers } from './worker.service.ts';

/**
 * Worker mode of the Rechtenverkenner, opened from a dossier: read the household's facts with
 * provenance and the Rechtencheck, and record answers as facts. Case workers only; the
 * dossier must belong to their organisation.
 */
export function registerWorkerExplorerRoutes(app: FastifyInstance, deps: { database: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['explorer'];

  api.get('/api/dossiers/:id/explorer', {
    config: { permission: 'fact:read' },
    schema: { tags, summary: 'The explorer view of a dossier: members, facts with provenance, Rechtencheck (audited)', params: dossierParamsSchema, response: { 200: workerExplorerSchema } },
    handler: async (request) => explorerView(deps.database, request.actor!, Number(request.params.id)),
  });

  api.post('/api/dossiers/:id/explorer/answers', {
    config: { permission: 'fact:write' },
    schema: { tags, summary: 'Record explorer answers as facts with provenance (appended, audited)', params: dossierParamsSchema, body: recordAnswersBodySchema, response: { 200: workerExplorerSchema } },
    handler: async (request) => recordAnswers(deps.database, request.actor!, Number(request.params.id), request.body),
  });

  api.get('/api/dossiers/:id/explorer/overview.pdf', {
    config: { permission: 'fact:read' },
    schema: { tags, summary: 'The rights overview of the dossier household as a PDF, with date and catalogue version (audited read)', params: dossierParamsSchema, querystring: overviewQuerySchema },
    handler: async (request, reply) => {
      const pdf = await dossierOverviewPdf(deps.database, request.actor!, Number(request.params.id), request.query.lang);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="rechtenoverzicht-dossier-${request.params.id}.pdf"`)
        .send(pdf);
    },
  });
}
