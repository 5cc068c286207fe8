import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../../platform/db/connect.ts';
import { readFollowUps } from '../outreach/follow-up.ts';
import { LETTER_LANGUAGES } from '../outreach/letter-language.ts';
import { idParamsSchema } from '../persons/person.schema.ts';
import { WORKLIST_ORDERS, type WorklistItem } from './worklist.priority.ts';
import { assignHousehold, readWorklist } from './worklist.service.ts';

const worklistQuerySchema = z
  .object({
    right: z.string().regex(/^[a-z0-9-]+$/).optional(),
    neighbourhood: z.string().max(100).optional(),
    assignee: z.union([z.literal('none'), z.coerce.number().int().positive()]).optional(),
    organisation: z
      .union([z.literal('none'), z.coerce.number().int().positive()])
      .optional()
      .describe('An organisation of your werkingsgebied with an open dossier on the household, or none (no organisation has one)'),
    order: z.enum(WORKLIST_ORDERS).default('priority'),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

const itemSchema = z.object({
  household_id: z.string(),
  dossier_id: z.string().nullable(),
  title: z.string().nullable(),
  neighbourhood: z.string().nullable(),
  rights: z.array(z.object({ right: z.string(), state: z.string(), amount: z.number().nullable(), period: z.string().nullable() })),
  value_per_year: z.number(),
  children: z.number(),
  no_income: z.boolean(),
  last_rechtencheck: z.string().nullable(),
  rechtencheck_overdue: z.boolean(),
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  organisations: z.array(z.object({ id: z.string(), name: z.string() })).describe('Organisations of your werkingsgebied with an open dossier on the household'),
  letter_language: z.enum(LETTER_LANGUAGES).nullable().describe("The aanvrager's preferred language for letters; null: unknown (Dutch)"),
  follow_up_on: z.string().nullable().describe('The earliest scheduled follow-up not yet answered by a later action'),
  priority: z.number(),
});
const followUpQuerySchema = z.object({ until: z.iso.date().optional().describe('Due on or before this day (default today)') }).strict();
const followUpSchema = z.object({
  action_id: z.string(),
  household_id: z.string(),
  dossier_title: z.string().nullable(),
  right: z.string().nullable(),
  kind: z.string(),
  outcome: z.string(),
  note: z.string().nullable(),
  follow_up_on: z.string(),
  overdue: z.boolean(),
  recorded_by: z.string(),
  assignee: z.string().nullable(),
});

const worklistSchema = z.object({
  items: z.array(itemSchema),
  total: z.number(),
  opted_out_hidden: z.number(),
  organisations: z.array(z.object({ id: z.string(), name: z.string() })).describe('The organisations the list can be filtered by'),
  neighbourhoods: z.array(z.string()).describe('The neighbourhoods of the households on the list, to filter by'),
});
const assignBodySchema = z.object({ assignee_user_id: z.number().int().positive().nullable() }).strict();

function presentItem(i: WorklistItem) {
  return {
    household_id: String(i.householdId),
    dossier_id: i.dossierId === null ? null : String(i.dossierId),
    title: i.title,
    neighbourhood: i.neighbourhood,
    rights: i.rights,
    value_per_year: Math.round(i.value * 100) / 100,
    children: i.children,
    no_income: i.noIncome,
    last_rechtencheck: i.lastCheck,
    rechtencheck_overdue: i.checkOverdue,
    assignee: i.assignee && { id: String(i.assignee.id), name: i.assignee.name },
    organisations: (i.organisations ?? []).map((o) => ({ id: String(o.id), name: o.name })),
    letter_language: i.letterLanguage ?? null,
    follow_up_on: i.followUpOn ?? null,
    priority: Math.round(i.priority * 10) / 10,
  };
}

/** Registers the worklist routes. */
export function registerWorklistRoutes(app: FastifyInstance, deps: { database: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['worklist'];

  api.get('/api/worklist', {
    config: { permission: 'worklist:read' },
    schema: { tags, summary: 'Households with detected rights to follow up, prioritised; filter by right, neighbourhood, assignee, organisation (audited)', querystring: worklistQuerySchema, response: { 200: worklistSchema } },
    handler: async (request) => {
      const result = await readWorklist(deps.database, request.actor!, request.query);
      return {
        items: result.items.map(presentItem),
        total: result.total,
        opted_out_hidden: result.optedOut,
        organisations: result.organisations.map((o) => ({ id: String(o.id), name: o.name })),
        neighbourhoods: result.neighbourhoods,
      };
    },
  });

  api.get('/api/worklist/follow-ups', {
    config: { permission: 'worklist:read' },
    schema: {
      tags,
      summary: 'Due and overdue follow-ups of your organisation\'s outreach actions; one is done when the next action for the household and right is recorded (audited)',
      querystring: followUpQuerySchema,
      response: { 200: z.object({ today: z.string(), items: z.array(followUpSchema), opted_out_hidden: z.number() }) },
    },
    handler: async (request) => {
      const result = await readFollowUps(deps.database, request.actor!, request.query);
      return {
        today: result.today,
        items: result.items.map((f) => ({
          action_id: String(f.actionId),
          household_id: String(f.householdId),
          dossier_title: f.dossierTitle,
          right: f.right,
          kind: f.kind,
          outcome: f.outcome,
          note: f.note,
          follow_up_on: f.followUpOn,
          overdue: f.overdue,
          recorded_by: f.recordedBy,
          assignee: f.assignee,
        })),
        opted_out_hidden: result.optedOut,
      };
    },
  });

  api.get('/api/worklist/assignees', {
    config: { permission: 'worklist:read' },
    schema: { tags, summary: 'The active case workers of your organisation, to assign worklist items to', response: { 200: z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })) }) } },
    handler: async (request) => {
      const rows = await deps.database.db
        .selectFrom('users')
        .select(['id', 'name', 'role'])
        .where('organisation_id', '=', request.actor!.organisation.id)
        .where('active', '=', true)
        .where('role', 'in', ['maatschappelijk-werker', 'coordinator', 'onthaalmedewerker'])
        .orderBy('name')
        .execute();
      return { items: rows.map((r) => ({ id: String(r.id), name: r.name, role: r.role })) };
    },
  });

  api.post('/api/worklist/households/:id/assign', {
    config: { permission: 'worklist:assign' },
    schema: { tags, summary: 'Assign a household on the worklist to a case worker (null: unassign)', params: idParamsSchema, body: assignBodySchema, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await assignHousehold(deps.database, request.actor!, Number(request.params.id), request.body.assignee_user_id);
      return reply.code(204).send(null);
    },
  });
}
