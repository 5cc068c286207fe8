import type { FastifyError } from 'fastify';
import { describe, expect, it } from 'vitest';
import { toProblem } from './error-handler.ts';
import { Errors } from './problem.ts';

function fastifyError(fields: Partial<FastifyError> & { constraint?: string; column?: string }): FastifyError {
  return Object.assign(new Error(fields.message ?? 'boom'), fields) as FastifyError;
}

describe('toProblem', () => {
  it('keeps the status, code and field errors of an AppError', () => {
    expect(toProblem(Errors.invalidField('body.x', 'bad-x', 'x is bad') as unknown as FastifyError)).toEqual({
      type: 'urn:springplank:problem:bad-x',
      title: 'Invalid value',
      status: 422,
      code: 'bad-x',
      detail: 'body.x: x is bad',
      errors: [{ path: 'body.x', message: 'x is bad' }],
    });
  });

  it('turns a database rule broken by the input into a 4xx naming the column', () => {
    const problem = toProblem(fastifyError({ code: '23514', message: 'violates check constraint', column: 'national_register_number' }));
    expect(problem).toMatchObject({ status: 422, code: 'constraint-violated', errors: [{ path: 'national_register_number' }] });
    expect(toProblem(fastifyError({ code: '23505', message: 'duplicate key' })).status).toBe(409);
    expect(toProblem(fastifyError({ code: '22003', message: 'out of range' })).status).toBe(400);
  });

  it('maps Fastify body errors to stable codes', () => {
    expect(toProblem(fastifyError({ code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }))).toMatchObject({ status: 413, code: 'body-too-large' });
    expect(toProblem(fastifyError({ code: 'FST_CSRF_INVALID_TOKEN', statusCode: 403 }))).toMatchObject({ status: 403, code: 'csrf-token-invalid' });
  });

  it('hides the internals of an unexpected error behind a generic 500', () => {
    const problem = toProblem(fastifyError({ message: 'connection string postgres://secret@db' }));
    expect(problem).toMatchObject({ status: 500, code: 'internal-error' });
    expect(JSON.stringify(problem)).not.toContain('secret');
  });
});
