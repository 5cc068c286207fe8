import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../platform/db/connect.ts';
import { idParamsSchema } from '../persons/person.schema.ts';
import type { DossierRow } from './dossier.repository.ts';
import {
  createDossierBodySchema,
  dossierListQuerySchema,
  dossierListSchema,
  dossierSchema,
  updateDossierBodySchema,
} from './dossier.schema.ts';
import { changeDossier, createDossier, listDossiers, readDossier } from './dossier.service.ts';

/** A dossier as the API shows it. */
export function presentDossier(dossier: DossierRow) {
  return {
    id: String(dossier.id),
    title: dossier.title,
    status: dossier.status,
    organisation: { id: String(dossier.organisation.id), name: dossier.organisation.name, type: dossier.organisation.type },
    aanspreekpunt: { id: String(dossier.aanspreekpunt.id), name: dossier.aanspreekpunt.name },
    backup: dossier.backup && { id: String(dossier.backup.id), name: dossier.backup.name },
    household_id: String(dossier.householdId),
    opened_on: dossier.openedOn,
    closed_on: dossier.closedOn,
  };
}

/** Registers the dossier routes. */
export function registerDossierRoutes(app: FastifyInstance, deps: { database: Database }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['dossiers'];

  api.get('/api/dossiers', {
    config: { permission: 'dossier:read' },
    schema: { tags, summary: "Dossiers of your organisation (audited)", querystring: dossierListQuerySchema, response: { 200: dossierListSchema } },
    handler: async (request) => ({
      items: (await listDossiers(deps.database, request.actor!, request.query)).map(presentDossier),
    }),
  });

  api.get('/api/dossiers/:id', {
    config: { permission: 'dossier:read' },
    schema: { tags, summary: 'One dossier (audited read)', params: idParamsSchema, response: { 200: dossierSchema } },
    handler: async (request) => presentDossier(await readDossier(deps.database, request.actor!, Number(request.params.id))),
  });

  api.post('/api/dossiers', {
    config: { permission: 'dossier:create' },
    schema: { tags, summary: 'Open a dossier, for a new household or one your organisation follows', body: createDossierBodySchema, response: { 201: dossierSchema } },
    handler: async (request, reply) => reply.code(201).send(presentDossier(await createDossier(deps.database, request.actor!, request.body))),
  });

  api.patch('/api/dossiers/:id', {
    config: { permission: 'dossier:update' },
    schema: { tags, summary: 'Change title, status, aanspreekpunt or backup', params: idParamsSchema, body: updateDossierBodySchema, response: { 200: dossierSchema } },
    handler: async (request) => presentDossier(await changeDossier(deps.database, request.actor!, Number(request.params.id), request.body)),
  });
}
