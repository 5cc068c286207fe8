import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/connect.ts';
import { listMunicipalities, listWerkingsgebieden } from './municipality.repository.ts';
import { municipalityListSchema, werkingsgebiedListSchema } from './municipality.schema.ts';

/** Registers the municipality and werkingsgebied routes (no personal data, not audited). */
export function registerMunicipalityRoutes(app: FastifyInstance, deps: { database: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['municipalities'];

  api.get('/api/municipalities', {
    config: { permission: 'municipality:read' },
    schema: { tags, summary: 'Municipalities (NIS code and name)', response: { 200: municipalityListSchema } },
    handler: async () => ({
      items: (await listMunicipalities(deps.database)).map((m) => ({ nis: m.nisCode, name: m.name })),
    }),
  });

  api.get('/api/werkingsgebieden', {
    config: { permission: 'municipality:read' },
    schema: { tags, summary: 'Werkingsgebieden (GBO partnerships) and their municipalities', response: { 200: werkingsgebiedListSchema } },
    handler: async () => ({
      items: (await listWerkingsgebieden(deps.database)).map((w) => ({
        id: String(w.id),
        name: w.name,
        municipalities: w.municipalities.map((m) => ({ nis: m.nisCode, name: m.name })),
      })),
    }),
  });
}
