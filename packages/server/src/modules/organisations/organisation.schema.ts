import { z } from 'zod';
import { idString } from '../../platform/auth/auth.schema.ts';
import { ORGANISATION_TYPES } from '../../platform/db/schema.ts';

/** An organisation as the API shows it. */
export const organisationSchema = z.object({
  id: idString,
  name: z.string(),
  type: z.enum(ORGANISATION_TYPES),
  werkingsgebied_id: idString.nullable(),
});

/** Response of GET /api/organisations. */
export const organisationListSchema = z.object({ items: z.array(organisationSchema) });
