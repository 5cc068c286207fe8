import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/connect.ts';
import { takeUpMetrics } from './metrics.service.ts';

const count = z.number().nullable().describe('null: fewer than 5, not shown');
const rowSchema = z.object({
  right: z.string(),
  neighbourhood: z.string().nullable(),
  detected: count,
  contacted: count,
  applied: count,
  granted: count,
  refused: count,
  opted_out: count,
  not_receiving: count,
  take_up_rate: z.number().nullable(),
});

/** Registers the metrics API (aggregates only). */
export function registerMetricsRoutes(app: FastifyInstance, deps: { database: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/api/metrics/take-up', {
    config: { permission: 'metrics:read' },
    schema: {
      tags: ['metrics'],
      summary: 'Take-up per right and neighbourhood in your werkingsgebied (counts below 5 suppressed)',
      querystring: z.object({ period: z.string().regex(/^\d{4}$/).default(String(new Date().getUTCFullYear())), right: z.string().regex(/^[a-z0-9-]+$/).optional() }).strict(),
      response: { 200: z.object({ period: z.string(), minimum_count: z.literal(5), items: z.array(rowSchema) }) },
    },
    handler: async (request) => ({
      period: request.query.period,
      minimum_count: 5 as const,
      items: (await takeUpMetrics(deps.database, request.actor!, request.query)).map((r) => ({
        right: r.right,
        neighbourhood: r.neighbourhood,
        detected: r.counts.detected,
        contacted: r.counts.contacted,
        applied: r.counts.applied,
        granted: r.counts.granted,
        refused: r.counts.refused,
        opted_out: r.counts.optedOut,
        not_receiving: r.counts.notReceiving,
        take_up_rate: r.counts.takeUpRate,
      })),
    }),
  });
}
