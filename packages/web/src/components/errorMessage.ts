import type { TFunction } from 'i18next';
import { ApiError } from '../api/problem.ts';

/**
 * Problem codes the UI has its own sentence for (`errors.<code>` in every language).
 * Any other code falls back to `errors.unexpected`.
 */
export const KNOWN_ERROR_CODES = [
  'invalid-credentials',
  'too-many-attempts',
  'not-authenticated',
  'forbidden',
  'not-found',
  'validation-failed',
  'csrf-token-invalid',
  'already-exists',
  'network-error',
  'unexpected-response',
  'unexpected',
] as const;

const known = new Set<string>(KNOWN_ERROR_CODES);

/** The plain-language sentence for any error thrown by the API client (or anything else). */
export function errorMessage(t: TFunction, error: unknown): string {
  const code = error instanceof ApiError && known.has(error.code) ? error.code : 'unexpected';
  return t(`errors.${code}`);
}
