import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, resetCsrfToken } from './client.ts';
import { ApiError } from './problem.ts';

interface Call {
  method: string;
  path: string;
  csrf: string | undefined;
}

const problem = (status: number, code: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: `urn:${code}`, title: code, status, code, detail: code }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

/** A fake server: answers by "METHOD path" from a queue of responses and records every call. */
function fakeServer(answers: Record<string, Array<() => Response>>) {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (path: string, init: RequestInit) => {
    const method = init.method ?? 'GET';
    calls.push({ method, path, csrf: (init.headers as Record<string, string>)['x-csrf-token'] });
    const next = answers[`${method} ${path}`]?.shift();
    if (!next) throw new TypeError('Failed to fetch');
    return next();
  });
  return calls;
}

beforeEach(() => resetCsrfToken());
afterEach(() => vi.unstubAllGlobals());

describe('api client', () => {
  it('turns a problem response into an ApiError with its stable code and Retry-After', async () => {
    fakeServer({ 'POST /api/auth/login': [() => problem(429, 'too-many-attempts', { 'retry-after': '120' })] });
    const error = await api.post('/api/auth/login', { email: 'a@b.be', password: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'too-many-attempts', retryAfterSeconds: 120 });
  });

  it('sends no CSRF token on login, and the session token on other state changes', async () => {
    const calls = fakeServer({
      'POST /api/auth/login': [() => json({ user: {} })],
      'GET /api/auth/csrf': [() => json({ token: 't1' })],
      'POST /api/auth/logout': [() => new Response(null, { status: 204 })],
    });
    await api.post('/api/auth/login', {});
    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined();
    expect(calls).toEqual([
      { method: 'POST', path: '/api/auth/login', csrf: undefined },
      { method: 'GET', path: '/api/auth/csrf', csrf: undefined },
      { method: 'POST', path: '/api/auth/logout', csrf: 't1' },
    ]);
  });

  it('fetches a fresh token once when the server rejects a stale one', async () => {
    const calls = fakeServer({
      'GET /api/auth/csrf': [() => json({ token: 'old' }), () => json({ token: 'new' })],
      'POST /api/auth/logout': [() => problem(403, 'csrf-token-invalid'), () => new Response(null, { status: 204 })],
    });
    await api.post('/api/auth/logout');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.csrf)).toEqual(['old', 'new']);
  });

  it('does not retry a refusal that is not about the token', async () => {
    const calls = fakeServer({
      'GET /api/auth/csrf': [() => json({ token: 't' })],
      'POST /api/auth/logout': [() => problem(403, 'forbidden')],
    });
    await expect(api.post('/api/auth/logout')).rejects.toMatchObject({ code: 'forbidden' });
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('reports a network failure and a non-problem error body with client codes', async () => {
    fakeServer({ 'GET /api/dossiers': [() => new Response('<html>', { status: 502 })] });
    await expect(api.get('/api/dossiers')).rejects.toMatchObject({ status: 502, code: 'unexpected-response' });
    await expect(api.get('/api/dossiers')).rejects.toMatchObject({ status: 0, code: 'network-error' });
  });
});
