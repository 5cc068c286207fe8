import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/connect.ts';
import { OUTREACH_KINDS, OUTREACH_OUTCOMES } from '../ledger/ledger.tables.ts';
import { idParamsSchema } from '../persons/person.schema.ts';
import { LETTER_LANGUAGES } from './letter-language.ts';
import { listOutreach, readLetter, recordContactPreference, recordOutreach } from './outreach.service.ts';

const actionBodySchema = z
  .object({
    kind: z.enum(OUTREACH_KINDS),
    outcome: z.enum(OUTREACH_OUTCOMES),
    right: z.string().regex(/^[a-z0-9-]+$/).optional(),
    person_id: z.number().int().positive().optional(),
    note: z.string().max(2000).optional(),
    follow_up_on: z.iso.date().optional(),
    language: z.enum(LETTER_LANGUAGES).optional().describe("Language of a letter (default: the addressee's preferred language, else nl)"),
    partner_organisation_id: z.number().int().positive().optional().describe('Contact via a partner: the organisation of the werkingsgebied it went through (required for kind partner, refused otherwise)'),
  })
  .strict();

const actionSchema = z.object({
  id: z.string(),
  kind: z.enum(OUTREACH_KINDS),
  outcome: z.enum(OUTREACH_OUTCOMES),
  right: z.string().nullable(),
  person_id: z.string().nullable(),
  note: z.string().nullable(),
  follow_up_on: z.string().nullable(),
  language: z.string().nullable(),
  letter_url: z.string().nullable(),
  partner: z.object({ id: z.string(), name: z.string() }).nullable(),
  at: z.string(),
});

const preferenceBodySchema = z.object({ opted_out: z.boolean(), recorded_on: z.iso.date().optional(), note: z.string().max(2000).optional() }).strict();

/** Registers the outreach routes: actions with their outcome and follow-up, letters as PDF, and contact opt-outs. */
export function registerOutreachRoutes(app: FastifyInstance, deps: { database: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['outreach'];
  const letterUrl = (id: number) => `/api/outreach/actions/${id}/letter.pdf`;

  api.get('/api/outreach/households/:id', {
    config: { permission: 'worklist:read' },
    schema: { tags, summary: "A household's outreach actions and opt-outs (audited)", params: idParamsSchema, response: { 200: z.object({ items: z.array(actionSchema), opt_outs: z.array(z.object({ person_id: z.string(), since: z.string() })) }) } },
    handler: async (request) => {
      const result = await listOutreach(deps.database, request.actor!, Number(request.params.id));
      return {
        items: result.actions.map((a) => ({
          id: String(a.id),
          kind: a.kind,
          outcome: a.outcome,
          right: a.right_id,
          person_id: a.person_id === null ? null : String(a.person_id),
          note: a.note,
          follow_up_on: a.follow_up_on,
          language: a.language,
          letter_url: a.has_letter ? letterUrl(Number(a.id)) : null,
          partner: a.partner === null ? null : { id: String(a.partner.id), name: a.partner.name },
          at: new Date(a.at).toISOString(),
        })),
        opt_outs: result.optOuts.map((o) => ({ person_id: String(o.person), since: o.since })),
      };
    },
  });

  api.post('/api/outreach/households/:id/actions', {
    config: { permission: 'outreach:write' },
    schema: { tags, summary: 'Record a letter (made as PDF), phone call, home visit or contact via a partner, with outcome and follow-up', params: idParamsSchema, body: actionBodySchema, response: { 201: z.object({ id: z.string(), letter_url: z.string().nullable(), language: z.enum(LETTER_LANGUAGES).nullable() }) } },
    handler: async (request, reply) => {
      const result = await recordOutreach(deps.database, request.actor!, Number(request.params.id), request.body);
      return reply.code(201).send({ id: String(result.id), letter_url: result.hasLetter ? letterUrl(result.id) : null, language: result.language });
    },
  });

  api.get('/api/outreach/actions/:id/letter.pdf', {
    config: { permission: 'worklist:read' },
    schema: { tags, summary: 'The letter of an outreach action, as sent (PDF; audited)', params: idParamsSchema },
    handler: async (request, reply) => {
      const pdf = await readLetter(deps.database, request.actor!, Number(request.params.id));
      return reply.type('application/pdf').header('content-disposition', `inline; filename="brief-${request.params.id}.pdf"`).send(Buffer.from(pdf));
    },
  });

  api.post('/api/outreach/persons/:id/contact-preference', {
    config: { permission: 'outreach:write' },
    schema: { tags, summary: 'Record that a person refuses proactive contact (or withdraws the refusal), with its date', params: idParamsSchema, body: preferenceBodySchema, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await recordContactPreference(deps.database, request.actor!, Number(request.params.id), request.body);
      return reply.code(204).send(null);
    },
  });
}
