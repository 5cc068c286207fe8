import { z } from 'zod';
import { ORGANISATION_TYPES, ROLES } from '../db/schema.ts';

/** An id as the API shows it: a string of digits. */
export const idString = z.string().regex(/^\d+$/).describe('Numeric id, as a string');

/** An id a client sends (path or body): digits within the range of the integer id columns. */
export const entityId = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, 'An id is a whole number from 1, written as digits.')
  .refine((value) => Number(value) <= 2_147_483_647, 'No record has an id this large.')
  .describe('Numeric id, as a string');

/** The signed-in user as the API returns it. */
export const sessionUserSchema = z.object({
  id: idString,
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  organisation: z.object({ id: idString, name: z.string(), type: z.enum(ORGANISATION_TYPES) }),
});

/** Body of POST /api/auth/login. */
export const loginBodySchema = z
  .object({
    email: z.string().trim().min(3).max(254).describe('E-mail address (case-insensitive)'),
    password: z.string().min(1).max(1024),
  })
  .strict();

/** Response of login and me. */
export const userResponseSchema = z.object({ user: sessionUserSchema });

/** Response of GET /api/auth/csrf. */
export const csrfResponseSchema = z.object({ token: z.string() });
