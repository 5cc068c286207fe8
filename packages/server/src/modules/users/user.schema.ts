import { z } from 'zod';
import { entityId, sessionUserSchema } from '../../platform/auth/auth.schema.ts';
import { ROLES } from '../../platform/db/schema.ts';

/** The shortest password an account may have. */
export const MIN_PASSWORD_LENGTH = 12;

/** A user as the beheerder sees it. */
export const userSchema = sessionUserSchema.extend({ active: z.boolean() });

/** Body of POST /api/users. */
export const createUserBodySchema = z
  .object({
    email: z.email().max(254),
    name: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    organisation_id: entityId,
    password: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
  })
  .strict();

/** Response of GET /api/users. */
export const userListSchema = z.object({ items: z.array(userSchema) });

/** Response of POST /api/users. */
export const createdUserSchema = z.object({ user: userSchema });

/** Body of PATCH /api/users/:id: any of these; the rest stays. */
export const updateUserBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    role: z.enum(ROLES).optional(),
    organisation_id: entityId.optional(),
    active: z.boolean().optional().describe('false: the user can no longer sign in and their sessions end'),
    password: z.string().min(MIN_PASSWORD_LENGTH).max(1024).optional().describe('A new password'),
  })
  .strict();
