import { z } from 'zod';
import { ORGANISATION_TYPES, ROLES } from '../db/schema.ts';

/** An id as the API shows it: a string of digits. */
export const idString = z.string().regex(/^\d+$/).describe('Numeric id, as a string');

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
