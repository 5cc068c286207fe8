import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/connect.ts';
import { listOrganisations } from './organisation.repository.ts';
import { organisationListSchema } from './organisation.schema.ts';

/** Registers the organisation routes (no personal data, not audited). */
export function registerOrganisationRoutes(app: FastifyInstance, deps: { database: Database }): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/organisations', {
    config: { permission: 'organisation:read' },
    schema: { tags: ['organisations'], summary: 'Organisations of the partnership', response: { 200: organisationListSchema } },
    handler: async () => ({
      items: (await listOrganisations(deps.database)).map((o) => ({
        id: String(o.id),
        name: o.name,
        type: o.type,
        werkingsgebied_id: o.werkingsgebiedId === null ? null : String(o.werkingsgebiedId),
      })),
    }),
  });
}
