import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/connect.ts';
import { idParamsSchema, personDetailSchema } from './person.schema.ts';
import { readPerson } from './person.service.ts';

/** Registers the person routes. */
export function registerPersonRoutes(app: FastifyInstance, deps: { database: Database }): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/persons/:id', {
    config: { permission: 'person:read' },
    schema: { tags: ['persons'], summary: 'A person (audited read)', params: idParamsSchema, response: { 200: personDetailSchema } },
    handler: async (request) => {
      const person = await readPerson(deps.database, request.actor!, Number(request.params.id));
      return {
        id: String(person.id),
        given_name: person.givenName,
        family_name: person.familyName,
        national_register_number: person.nationalRegisterNumber,
        date_of_birth: person.dateOfBirth,
        memberships: person.memberships.map((m) => ({
          household_id: String(m.householdId),
          role: m.role,
          from: m.validFrom,
          until: m.validUntil,
        })),
      };
    },
  });
}
