import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { INVALID_NRN_CODE } from '../validation/national-register-number.ts';
import { AppError, type FieldError } from './problem.ts';

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  params?: { code?: string };
  expected?: string;
}

function joinPath(context: string, path: readonly PropertyKey[]): string {
  return [context, ...path.map(String)].join('.');
}

/** Field errors of one zod issue; an unknown-keys issue becomes one error per unknown field. */
function fieldErrors(context: string, issue: ZodIssueLike): FieldError[] {
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return issue.keys.map((key) => ({
      path: joinPath(context, [...issue.path, key]),
      message: 'This field is not allowed here.',
    }));
  }
  if (issue.code === 'invalid_type' && issue.expected) {
    return [{ path: joinPath(context, issue.path), message: `Expected ${issue.expected}. ${issue.message}` }];
  }
  return [{ path: joinPath(context, issue.path), message: issue.message }];
}

/** The stable code for a set of issues: the most specific one wins. */
function codeFor(issues: readonly ZodIssueLike[]): string {
  if (issues.some((issue) => issue.params?.code === INVALID_NRN_CODE)) return INVALID_NRN_CODE;
  if (issues.every((issue) => issue.code === 'unrecognized_keys')) return 'unknown-field';
  return 'validation-failed';
}

/**
 * Turns a request-validation error from fastify-type-provider-zod into a 400 problem naming
 * every offending field (body.email, params.id…). Returns undefined for other errors.
 */
export function fromValidationError(error: FastifyError): AppError | undefined {
  if (!hasZodFastifySchemaValidationErrors(error)) return undefined;
  const context = error.validationContext ?? 'body';
  const issues = error.validation.map(
    (entry): ZodIssueLike => ({
      ...(entry.params as Omit<ZodIssueLike, 'code' | 'path' | 'message'>),
      code: entry.keyword,
      path: entry.instancePath.split('/').filter((part) => part !== ''),
      message: entry.message ?? 'Invalid value.',
    }),
  );
  const errors = issues.flatMap((issue) => fieldErrors(context, issue));
  const detail = errors.map((entry) => `${entry.path}: ${entry.message}`).join(' ');
  const code = codeFor(issues);
  const title = code === 'unknown-field' ? 'Unknown field' : 'Invalid input';
  return new AppError(400, code, title, detail, errors);
}
