import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/connect.ts';
import { idParamsSchema } from '../persons/person.schema.ts';
import type { FactEntity, FactRow } from './fact.repository.ts';
import { factListQuerySchema, factListSchema, factSchema, recordFactBodySchema } from './fact.schema.ts';
import { listFacts, recordFact } from './fact.service.ts';

function present(fact: FactRow) {
  return {
    id: String(fact.id),
    fact_id: fact.factId,
    value: fact.value as string | number | boolean | null,
    source: fact.source,
    observed_on: fact.observedOn,
    recorded_by: fact.recordedBy === null ? null : String(fact.recordedBy),
    recorded_at: fact.recordedAt.toISOString(),
  };
}

/** Registers reading and recording facts of persons and households. */
export function registerFactRoutes(app: FastifyInstance, deps: { database: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['facts'];
  const entities: [FactEntity, string][] = [
    ['person', '/api/persons/:id/facts'],
    ['household', '/api/households/:id/facts'],
  ];
  for (const [entity, url] of entities) {
    api.get(url, {
      config: { permission: 'fact:read' },
      schema: { tags, summary: `Facts of a ${entity} (audited read)`, params: idParamsSchema, querystring: factListQuerySchema, response: { 200: factListSchema } },
      handler: async (request) => ({
        items: (await listFacts(deps.database, request.actor!, entity, Number(request.params.id), request.query.history === 'true')).map(present),
      }),
    });
    api.post(url, {
      config: { permission: 'fact:write' },
      schema: { tags, summary: `Record a fact of a ${entity} (appends; history is kept)`, params: idParamsSchema, body: recordFactBodySchema, response: { 201: factSchema } },
      handler: async (request, reply) =>
        reply.code(201).send(present(await recordFact(deps.database, request.actor!, entity, Number(request.params.id), request.body))),
    });
  }
}
