import { z } from 'zod';
import { entityId, idString } from '../../platform/auth/auth.schema.ts';
import { MEMBER_ROLES } from '../../platform/db/schema.ts';
import { newMemberSchema, personSchema } from '../persons/person.schema.ts';

/** GET /api/households/:id: the address and every membership, current and past. */
export const householdSchema = z.object({
  id: idString,
  street: z.string().nullable(),
  house_number: z.string().nullable(),
  postal_code: z.string().nullable(),
  municipality_nis: z.string().nullable(),
  members: z.array(
    z.object({
      membership_id: idString,
      person: personSchema,
      role: z.enum(MEMBER_ROLES),
      from: z.string(),
      until: z.string().nullable(),
    }),
  ),
});

/** A new household with its first members (inside a new dossier). */
export const newHouseholdSchema = z
  .object({
    street: z.string().trim().min(1).max(200).nullish(),
    house_number: z.string().trim().min(1).max(20).nullish(),
    postal_code: z.string().regex(/^\d{4}$/, 'A Belgian postal code has 4 digits.').nullish(),
    municipality_nis: z.string().regex(/^\d{5}$/, 'A NIS code has 5 digits.').nullish(),
    members: z.array(newMemberSchema).min(1).max(30),
  })
  .strict();

/** Body of POST /api/households/:id/members. */
export const addMemberBodySchema = newMemberSchema;

/** Body of POST /api/households/:id/members/:membershipId/end. */
export const endMembershipBodySchema = z
  .object({ valid_until: z.iso.date().describe('Day the membership ends (exclusive, YYYY-MM-DD)') })
  .strict();

/** Path parameters of a membership. */
export const membershipParamsSchema = z.object({ id: entityId, membershipId: entityId }).strict();
