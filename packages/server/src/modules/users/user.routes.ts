import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { presentActor } from '../../platform/auth/auth.routes.ts';
import type { Database } from '../../platform/db/connect.ts';
import { listUsers, type UserView } from './user.repository.ts';
import { idParamsSchema } from '../persons/person.schema.ts';
import { createdUserSchema, createUserBodySchema, updateUserBodySchema, userListSchema } from './user.schema.ts';
import { changeUser, createUser } from './user.service.ts';

function present(user: UserView) {
  return { ...presentActor(user), active: user.active };
}

/** Registers account management for the beheerder. */
export function registerUserRoutes(app: FastifyInstance, deps: { database: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];

  api.get('/api/users', {
    config: { permission: 'user:manage' },
    schema: { tags, summary: 'All accounts', response: { 200: userListSchema } },
    handler: async () => ({ items: (await listUsers(deps.database)).map(present) }),
  });

  api.post('/api/users', {
    config: { permission: 'user:manage' },
    schema: { tags, summary: 'Create an account', body: createUserBodySchema, response: { 201: createdUserSchema } },
    handler: async (request, reply) => {
      const body = request.body;
      const user = await createUser(deps.database, request.actor, {
        email: body.email,
        name: body.name,
        role: body.role,
        organisationId: Number(body.organisation_id),
        password: body.password,
      });
      return reply.code(201).send({ user: present(user) });
    },
  });

  api.patch('/api/users/:id', {
    config: { permission: 'user:manage' },
    schema: {
      tags,
      summary: 'Change name, role, organisation, password, or (de)activate an account',
      params: idParamsSchema,
      body: updateUserBodySchema,
      response: { 200: createdUserSchema },
    },
    handler: async (request) => {
      const { organisation_id, ...body } = request.body;
      const user = await changeUser(deps.database, request.actor!, Number(request.params.id), {
        ...body,
        ...(organisation_id !== undefined ? { organisationId: Number(organisation_id) } : {}),
      });
      return { user: present(user) };
    },
  });
}
