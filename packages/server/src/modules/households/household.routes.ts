import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/connect.ts';
import { idParamsSchema } from '../persons/person.schema.ts';
import { addMemberBodySchema, endMembershipBodySchema, householdSchema, membershipParamsSchema } from './household.schema.ts';
import { addMember, endHouseholdMembership, readHousehold, type HouseholdDetail } from './household.service.ts';

/** The household as the API shows it. */
export function presentHousehold(household: HouseholdDetail) {
  return {
    id: String(household.id),
    street: household.street,
    house_number: household.houseNumber,
    postal_code: household.postalCode,
    municipality_nis: household.municipalityNis,
    members: household.members.map((m) => ({
      membership_id: String(m.membershipId),
      person: {
        id: String(m.personId),
        given_name: m.givenName,
        family_name: m.familyName,
        national_register_number: m.nationalRegisterNumber,
        date_of_birth: m.dateOfBirth,
      },
      role: m.role,
      from: m.validFrom,
      until: m.validUntil,
    })),
  };
}

/** Registers the household routes. */
export function registerHouseholdRoutes(app: FastifyInstance, deps: { database: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['households'];

  api.get('/api/households/:id', {
    config: { permission: 'household:read' },
    schema: { tags, summary: 'A household and its members (audited read)', params: idParamsSchema, response: { 200: householdSchema } },
    handler: async (request) => presentHousehold(await readHousehold(deps.database, request.actor!, Number(request.params.id))),
  });

  api.post('/api/households/:id/members', {
    config: { permission: 'household:update' },
    schema: {
      tags,
      summary: 'Add a new person to a household',
      params: idParamsSchema,
      body: addMemberBodySchema,
      response: { 201: householdSchema },
    },
    handler: async (request, reply) => {
      const household = await addMember(deps.database, request.actor!, Number(request.params.id), request.body);
      return reply.code(201).send(presentHousehold(household));
    },
  });

  api.post('/api/households/:id/members/:membershipId/end', {
    config: { permission: 'household:update' },
    schema: {
      tags,
      summary: 'End a membership: the person left the household on valid_until',
      params: membershipParamsSchema,
      body: endMembershipBodySchema,
      response: { 200: householdSchema },
    },
    handler: async (request) =>
      presentHousehold(
        await endHouseholdMembership(
          deps.database,
          request.actor!,
          Number(request.params.id),
          Number(request.params.membershipId),
          request.body.valid_until,
        ),
      ),
  });
}
