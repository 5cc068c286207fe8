import { z } from 'zod';
import { idString } from '../../platform/auth/auth.schema.ts';

/** A municipality as the API shows it. */
export const municipalitySchema = z.object({ nis: z.string().describe('NIS code, 5 digits'), name: z.string() });

/** Response of GET /api/municipalities. */
export const municipalityListSchema = z.object({ items: z.array(municipalitySchema) });

/** Response of GET /api/werkingsgebieden. */
export const werkingsgebiedListSchema = z.object({
  items: z.array(z.object({ id: idString, name: z.string(), municipalities: z.array(municipalitySchema) })),
});
