import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/connect.ts';
import { idParamsSchema } from '../persons/person.schema.ts';
import type { TransitionRow } from './ledger.repository.ts';
import { ledgerSchema, transitionBodySchema, transitionSchema } from './ledger.schema.ts';
import { currentStates, readLedger, recordTransition } from './ledger.service.ts';

/** A transition as the API shows it. */
export function presentTransition(t: TransitionRow) {
  return {
    id: String(t.id),
    subject: { type: t.subjectType, id: String(t.subjectId) },
    right: t.right,
    period: t.period,
    state: t.state,
    reason: t.reason,
    evidence: t.evidence,
    catalog_version: t.catalogVersion,
    input_snapshot: t.inputSnapshot,
    actor: t.actorLabel,
    actor_name: t.actorName,
    screening_run_id: t.screeningRunId === null ? null : String(t.screeningRunId),
    grant_run_id: t.grantRunId === null ? null : String(t.grantRunId),
    at: t.at.toISOString(),
  };
}

/** Registers the take-up ledger routes. */
export function registerLedgerRoutes(app: FastifyInstance, deps: { database: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['ledger'];

  api.get('/api/ledger/households/:id', {
    config: { permission: 'ledger:read' },
    schema: { tags, summary: "A household's take-up ledger: current state per right and the full history with inputs and catalogue version", params: idParamsSchema, response: { 200: ledgerSchema } },
    handler: async (request) => {
      const history = await readLedger(deps.database, request.actor!, Number(request.params.id));
      return { current: currentStates(history).map(presentTransition), history: history.map(presentTransition) };
    },
  });

  api.post('/api/ledger/households/:id/transitions', {
    config: { permission: 'ledger:write' },
    schema: { tags, summary: 'Record a new take-up state for a right (appended; history is never rewritten)', params: idParamsSchema, body: transitionBodySchema, response: { 201: transitionSchema } },
    handler: async (request, reply) =>
      reply.code(201).send(presentTransition(await recordTransition(deps.database, request.actor!, Number(request.params.id), request.body))),
  });
}
