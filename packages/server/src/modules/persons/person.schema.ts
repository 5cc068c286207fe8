import { z } from 'zod';
import { entityId, idString } from '../../platform/auth/auth.schema.ts';
import { MEMBER_ROLES } from '../../platform/db/schema.ts';
import { nationalRegisterNumberSchema } from '../../platform/validation/national-register-number.ts';

/** A person as case workers see them. date_of_birth is the current date_of_birth fact. */
export const personSchema = z.object({
  id: idString,
  given_name: z.string(),
  family_name: z.string(),
  national_register_number: z.string().nullable(),
  date_of_birth: z.string().nullable(),
});

/** GET /api/persons/:id: the person and their household memberships. */
export const personDetailSchema = personSchema.extend({
  memberships: z.array(
    z.object({ household_id: idString, role: z.enum(MEMBER_ROLES), from: z.string(), until: z.string().nullable() }),
  ),
});

/** A new person joining a household. */
export const newMemberSchema = z
  .object({
    given_name: z.string().trim().min(1).max(200),
    family_name: z.string().trim().min(1).max(200),
    national_register_number: nationalRegisterNumberSchema.nullish(),
    role: z.enum(MEMBER_ROLES),
    valid_from: z.iso.date().describe('First day of the membership (YYYY-MM-DD)'),
  })
  .strict();

/** Path parameter `:id`. */
export const idParamsSchema = z.object({ id: entityId }).strict();
