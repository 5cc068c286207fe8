/** One field-level problem: where (body.email, params.id…) and what is wrong. */
export interface FieldError {
  path: string;
  message: string;
}

/** The `application/problem+json` body every API error uses (RFC 9457 plus a stable code). */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  errors?: FieldError[];
}

/**
 * An error a client can act on: HTTP status, a stable `code` the web app translates, and a
 * detail message written for the person who must act. Thrown by services and routes; the error
 * handler turns it into a problem response.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
    readonly errors?: FieldError[],
    /** Seconds after which trying again makes sense (sent as Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(detail);
    this.name = 'AppError';
  }

  /** The problem+json body of this error. */
  toProblem(): ProblemBody {
    return problem(this.status, this.code, this.title, this.message, this.errors);
  }
}

/** Builds a problem body; `type` is a URN derived from the stable code. */
export function problem(status: number, code: string, title: string, detail: string, errors?: FieldError[]): ProblemBody {
  return { type: `urn:springplank:problem:${code}`, title, status, code, detail, ...(errors ? { errors } : {}) };
}

/** Factories for the errors the platform and modules raise. */
export const Errors = {
  /** The request carries no valid session. */
  notAuthenticated: () => new AppError(401, 'not-authenticated', 'Not signed in', 'Sign in to use this part of Springplank.'),
  /** Wrong e-mail or password; deliberately the same for an unknown e-mail. */
  invalidCredentials: () =>
    new AppError(401, 'invalid-credentials', 'Sign-in failed', 'The e-mail address or the password is not correct.'),
  /** Too many sign-in attempts from this client for this account. */
  tooManyAttempts: (retryAfterSeconds: number) =>
    new AppError(
      429,
      'too-many-attempts',
      'Too many attempts',
      `Too many sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
      undefined,
      Math.ceil(retryAfterSeconds),
    ),
  /** The user's role or organisation does not allow this. */
  forbidden: (detail = 'Your role or organisation does not give access to this.') =>
    new AppError(403, 'forbidden', 'No access', detail),
  /** Missing or wrong CSRF token on a state-changing request. */
  csrfInvalid: () =>
    new AppError(
      403,
      'csrf-token-invalid',
      'Security token missing or invalid',
      'Send the token from GET /api/auth/csrf in the x-csrf-token header.',
    ),
  /** A record that does not exist (or is not visible). */
  notFound: (what: string, id: string | number) =>
    new AppError(404, 'not-found', 'Not found', `There is no ${what} with id ${id}.`),
  /** Input that breaks a rule of the data, naming the field. */
  invalidField: (path: string, code: string, message: string) =>
    new AppError(422, code, 'Invalid value', `${path}: ${message}`, [{ path, message }]),
  /** A value that must be unique already exists. */
  conflict: (path: string, message: string) =>
    new AppError(409, 'already-exists', 'Already exists', `${path}: ${message}`, [{ path, message }]),
};
