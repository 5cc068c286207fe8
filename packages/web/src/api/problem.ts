/** One field-level error inside a problem response. */
export interface ProblemFieldError {
  path: string;
  message: string;
}

/** The `application/problem+json` body the server sends for every error. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  code: string;
  detail?: string;
  errors?: ProblemFieldError[];
}

/**
 * An API call that did not succeed. `code` is the server's stable problem code (translated in the
 * UI under `errors.<code>`); `network-error` and `unexpected-response` are produced by the client.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem | undefined;
  /** Seconds to wait, from a `Retry-After` header (rate limiting). */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, code: string, problem?: Problem, retryAfterSeconds?: number) {
    super(problem?.detail ?? problem?.title ?? code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** True when the value looks like a problem body with a stable code. */
function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { status?: unknown }).status === 'number'
  );
}

/** Reads a failed response into an ApiError; a body that is not a problem still yields a code. */
export async function toApiError(response: Response): Promise<ApiError> {
  const retryHeader = response.headers.get('retry-after');
  const retryAfter = retryHeader !== null && /^\d+$/.test(retryHeader) ? Number(retryHeader) : undefined;
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (isProblem(body)) return new ApiError(response.status, body.code, body, retryAfter);
  return new ApiError(response.status, 'unexpected-response', undefined, retryAfter);
}
