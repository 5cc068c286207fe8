import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/platform/db/connect.ts';
import { insertSession } from '../src/platform/auth/session.repository.ts';
import { hashToken } from '../src/platform/auth/session.service.ts';
import { SESSION_COOKIE } from '../src/platform/policies/access-control.ts';

/** Creates a session for a user directly in the database (no password check) and returns its token. */
export async function sessionToken(database: Database, userId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await insertSession(database, hashToken(token), userId, new Date(Date.now() + 60 * 60 * 1000));
  return token;
}

/** A CSRF secret cookie and its token, as GET /api/auth/csrf hands them out. */
export async function csrfPair(app: FastifyInstance): Promise<{ cookie: string; token: string }> {
  const response = await app.inject({ method: 'GET', url: '/api/auth/csrf' });
  const secret = response.cookies.find((c) => c.name === 'springplank_csrf');
  if (!secret) throw new Error('no CSRF cookie');
  return { cookie: `springplank_csrf=${secret.value}`, token: response.json<{ token: string }>().token };
}

/** Request headers of a signed-in browser: session cookie, CSRF cookie and token. */
export function browserHeaders(token: string | null, csrf: { cookie: string; token: string }): Record<string, string> {
  const cookies = [csrf.cookie, ...(token ? [`${SESSION_COOKIE}=${token}`] : [])];
  return { cookie: cookies.join('; '), 'x-csrf-token': csrf.token };
}
