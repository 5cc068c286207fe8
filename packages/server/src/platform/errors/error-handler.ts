import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, problem, type ProblemBody } from './problem.ts';
import { fromValidationError } from './validation-errors.ts';

/** PostgreSQL error codes that mean "the input broke a rule of the data", not "the server broke". */
const DATA_RULE_ERRORS: Record<string, { status: number; code: string; title: string }> = {
  '23505': { status: 409, code: 'already-exists', title: 'Already exists' },
  '23503': { status: 422, code: 'unknown-reference', title: 'Unknown reference' },
  '23514': { status: 422, code: 'constraint-violated', title: 'Invalid value' },
  '23502': { status: 422, code: 'missing-value', title: 'Missing value' },
  '22P02': { status: 400, code: 'validation-failed', title: 'Invalid input' },
  '22007': { status: 400, code: 'validation-failed', title: 'Invalid input' },
  '22008': { status: 400, code: 'validation-failed', title: 'Invalid input' },
  '22003': { status: 400, code: 'validation-failed', title: 'Invalid input' },
};

/** Fastify's own request errors, by their code. */
const FASTIFY_ERRORS: Record<string, { status: number; code: string; title: string; detail: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'body-too-large',
    title: 'Request too large',
    detail: 'The request body is larger than the server accepts.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported-media-type',
    title: 'Unsupported content type',
    detail: 'Send the request body as application/json.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'malformed-json',
    title: 'Malformed JSON',
    detail: 'body: the body is empty but the content type says JSON.',
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'malformed-json',
    title: 'Malformed JSON',
    detail: 'body: the body is not valid JSON.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'bad-request',
    title: 'Bad request',
    detail: 'The content-length header does not match the body.',
  },
  FST_CSRF_INVALID_TOKEN: {
    status: 403,
    code: 'csrf-token-invalid',
    title: 'Security token missing or invalid',
    detail: 'Send the token from GET /api/auth/csrf in the x-csrf-token header.',
  },
  FST_CSRF_MISSING_SECRET: {
    status: 403,
    code: 'csrf-token-invalid',
    title: 'Security token missing or invalid',
    detail: 'Fetch GET /api/auth/csrf first, then send its token in the x-csrf-token header.',
  },
};

/** Maps any error to a problem body; unknown errors become a 500 without internals. */
export function toProblem(error: FastifyError & { constraint?: string; column?: string }): ProblemBody {
  if (error instanceof AppError) return error.toProblem();
  const validation = fromValidationError(error);
  if (validation) return validation.toProblem();
  const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
  if (known) return problem(known.status, known.code, known.title, known.detail);
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return problem(400, 'malformed-json', 'Malformed JSON', `body: the body is not valid JSON (${error.message}).`);
  }
  const dataRule = error.code ? DATA_RULE_ERRORS[error.code] : undefined;
  if (dataRule) {
    const where = error.column ?? error.constraint ?? 'body';
    return problem(dataRule.status, dataRule.code, dataRule.title, `${where}: ${error.message}`, [
      { path: where, message: error.message },
    ]);
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return problem(status, 'bad-request', 'Bad request', error.message);
  }
  return problem(500, 'internal-error', 'Internal error', 'Something went wrong on the server. It has been logged.');
}

/** Sends a problem response with the application/problem+json content type. */
export function sendProblem(reply: FastifyReply, body: ProblemBody): FastifyReply {
  return reply.code(body.status).type('application/problem+json').send(body);
}

/** Installs the error handler: every error becomes application/problem+json. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const body = toProblem(error);
    if (body.status >= 500) request.log.error({ err: error }, 'request failed');
    if (error instanceof AppError && error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
    return sendProblem(reply, body);
  });
}
