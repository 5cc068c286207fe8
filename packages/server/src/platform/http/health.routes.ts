import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/connect.ts';
import { migrationVersion } from '../db/migrate.ts';

/** Registers GET /api/health and GET /api/openapi.json. */
export function registerHealthRoutes(app: FastifyInstance, deps: { database: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/api/health', {
    config: { permission: 'public' },
    schema: {
      tags: ['platform'],
      summary: 'Liveness, database backend and migration version',
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), migration: z.number().int() }) },
    },
    handler: async () => ({ status: 'ok' as const, database: deps.database.backend, migration: await migrationVersion(deps.database) }),
  });

  api.get('/api/openapi.json', {
    config: { permission: 'public' },
    schema: { hide: true },
    handler: async () => app.swagger(),
  });
}
