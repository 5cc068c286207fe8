import { z } from 'zod';

/**
 * Whether a Belgian national register number (rijksregisternummer, 11 digits YYMMDDSSSCC) has
 * valid check digits: CC = 97 − (YYMMDDSSS mod 97) for people born before 2000, and
 * CC = 97 − ((2000000000 + YYMMDDSSS) mod 97) for people born in 2000 or later.
 * The same rule guards the column in the database (migration 001).
 */
export function isValidNationalRegisterNumber(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const base = Number(value.slice(0, 9));
  const check = Number(value.slice(9));
  return 97 - (base % 97) === check || 97 - ((2_000_000_000 + base) % 97) === check;
}

/** The stable error code for a national register number with wrong check digits. */
export const INVALID_NRN_CODE = 'invalid-national-register-number';

/** Zod schema: 11 digits (no dots or dashes) with valid check digits. */
export const nationalRegisterNumberSchema = z
  .string()
  .regex(/^\d{11}$/, 'A national register number has 11 digits, without dots or dashes.')
  .refine(isValidNationalRegisterNumber, {
    message: 'The check digits of this national register number are not correct.',
    params: { code: INVALID_NRN_CODE },
  })
  .describe('Belgian national register number: 11 digits, check digits verified');
