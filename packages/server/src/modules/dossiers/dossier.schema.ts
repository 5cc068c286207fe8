import { z } from 'zod';
import { entityId, idString } from '../../platform/auth/auth.schema.ts';
import { DOSSIER_STATUSES, ORGANISATION_TYPES } from '../../platform/db/schema.ts';
import { newHouseholdSchema } from '../households/household.schema.ts';

const userRef = z.object({ id: idString, name: z.string() });

/** A dossier as the API shows it. */
export const dossierSchema = z.object({
  id: idString,
  title: z.string(),
  status: z.enum(DOSSIER_STATUSES),
  organisation: z.object({ id: idString, name: z.string(), type: z.enum(ORGANISATION_TYPES) }),
  aanspreekpunt: userRef,
  backup: userRef.nullable(),
  household_id: idString,
  opened_on: z.string(),
  closed_on: z.string().nullable(),
});

/** Response of GET /api/dossiers. */
export const dossierListSchema = z.object({ items: z.array(dossierSchema) });

/** Query of GET /api/dossiers. */
export const dossierListQuerySchema = z
  .object({
    status: z.enum(DOSSIER_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(2000).default(500).describe('Newest first; page with offset'),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

/** Body of POST /api/dossiers: for an existing household of the organisation, or a new one. */
export const createDossierBodySchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    household_id: entityId.optional().describe('An existing household your organisation already has a dossier on'),
    household: newHouseholdSchema.optional().describe('A new household with its members'),
    aanspreekpunt_user_id: entityId.optional().describe('Default: yourself'),
    backup_user_id: entityId.nullish(),
    opened_on: z.iso.date().optional().describe('Default: today'),
  })
  .strict()
  .refine((body) => (body.household_id === undefined) !== (body.household === undefined), {
    message: 'Give either household_id or household, not both and not neither.',
    path: ['household'],
  });

/** Body of PATCH /api/dossiers/:id. */
export const updateDossierBodySchema = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    status: z.enum(DOSSIER_STATUSES).optional(),
    aanspreekpunt_user_id: entityId.optional(),
    backup_user_id: entityId.nullable().optional(),
  })
  .strict();
