import { ApiError, toApiError } from './problem.ts';

/** Methods that change state and therefore carry the CSRF token. */
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Routes that need no CSRF token (the session does not exist yet). */
const CSRF_EXEMPT = new Set(['/api/auth/login']);

/** The CSRF header name agreed with the server. */
export const CSRF_HEADER = 'x-csrf-token';

let csrfToken: Promise<string> | undefined;

/** Forgets the CSRF token; the session changed (login, logout, expiry). */
export function resetCsrfToken(): void {
  csrfToken = undefined;
}

async function fetchCsrfToken(): Promise<string> {
  const body = await request<{ token: string }>('GET', '/api/auth/csrf');
  return body.token;
}

function csrf(): Promise<string> {
  csrfToken ??= fetchCsrfToken().catch((error: unknown) => {
    csrfToken = undefined;
    throw error;
  });
  return csrfToken;
}

async function send(method: string, path: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (UNSAFE_METHODS.has(method) && !CSRF_EXEMPT.has(path)) headers[CSRF_HEADER] = await csrf();
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network-error');
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response = await send(method, path, body);
  // A stale token (the session was renewed elsewhere) gets one fresh try before failing.
  if (response.status === 403 && UNSAFE_METHODS.has(method) && !CSRF_EXEMPT.has(path)) {
    const error = await toApiError(response.clone());
    if (error.code.startsWith('csrf')) {
      resetCsrfToken();
      response = await send(method, path, body);
    }
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(response.status, 'unexpected-response');
  }
}

/** Minimal typed client for the Springplank JSON API (same origin, session cookie). */
export const api = {
  /** GET a JSON resource. */
  get: <T>(path: string): Promise<T> => request<T>('GET', path),
  /** POST JSON; sends the CSRF token unless the route is exempt. */
  post: <T>(path: string, body?: unknown): Promise<T> => request<T>('POST', path, body),
};
