import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type SpringplankApp } from '../src/app.ts';
import type { Database } from '../src/platform/db/connect.ts';
import { openTestDatabase } from '../src/platform/db/test-database.ts';
import { FIXTURE_PASSWORD, seedFixture, type Fixture } from './fixture.ts';
import { signedIn, testClient } from './http-client.ts';
import { browserHeaders, csrfPair } from './sessions.ts';

let database: Database;
let server: SpringplankApp;
let fixture: Fixture;
let worker: string;

beforeAll(async () => {
  database = await openTestDatabase();
  fixture = await seedFixture(database);
  worker = fixture.ocmw['maatschappelijk-werker'];
  server = await buildApp({
    database,
    webDist: null,
    loginRateLimit: { maxFailures: 3, maxPerAddress: 1000, timeWindowMs: 60_000 },
    sessionPolicy: { maxAgeMs: 60 * 60 * 1000, idleMs: 30 * 60 * 1000 },
  });
});
afterAll(async () => {
  await server.app.close();
  await database.close();
});

describe('sign-in', () => {
  it('signs in with the right password and sets an httpOnly, SameSite=Lax session cookie', async () => {
    const client = testClient(server.app);
    const response = await client.request('POST', '/api/auth/login', { email: worker.toUpperCase(), password: FIXTURE_PASSWORD });
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({ email: worker, role: 'maatschappelijk-werker', organisation: { type: 'ocmw' } });
    const cookie = response.cookies.find((c) => c.name === 'springplank_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await client.request('GET', '/api/auth/me');
    expect(me.json().user.email).toBe(worker);
  });

  it('gives the same generic answer for a wrong password and an unknown e-mail', async () => {
    const wrong = await testClient(server.app).request('POST', '/api/auth/login', { email: fixture.ocmw.coordinator, password: 'wrong-password' });
    const unknown = await testClient(server.app).request('POST', '/api/auth/login', { email: 'nobody@nowhere.demo', password: 'wrong-password' });
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: 'invalid-credentials' });
    }
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it('does not count successful sign-ins against the limit', async () => {
    for (let i = 0; i < 5; i++) {
      const response = await testClient(server.app).request('POST', '/api/auth/login', { email: fixture.ocmw.beheerder, password: FIXTURE_PASSWORD });
      expect(response.statusCode).toBe(200);
    }
  });

  it('stops guessing after too many failed attempts with 429 too-many-attempts', async () => {
    const client = testClient(server.app);
    const attempt = () => client.request('POST', '/api/auth/login', { email: fixture.ocmw.dpo, password: 'guess' });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const blocked = await attempt();
    expect(blocked.json()).toMatchObject({ code: 'too-many-attempts', status: 429 });
    expect(blocked.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Even the right password is refused while blocked.
    expect((await client.request('POST', '/api/auth/login', { email: fixture.ocmw.dpo, password: FIXTURE_PASSWORD })).statusCode).toBe(429);
  });

  it('answers not-authenticated without a session', async () => {
    const response = await testClient(server.app).request('GET', '/api/auth/me');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'not-authenticated' });
  });
});

describe('CSRF and sign-out', () => {
  it('refuses a state-changing request without the CSRF token', async () => {
    const client = testClient(server.app);
    await client.request('POST', '/api/auth/login', { email: worker, password: FIXTURE_PASSWORD });
    const response = await client.request('POST', '/api/auth/logout');
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'csrf-token-invalid' });
    const forged = await client.request('POST', '/api/auth/logout', undefined, { 'x-csrf-token': 'forged' });
    expect(forged.json()).toMatchObject({ code: 'csrf-token-invalid' });
  });

  it('ends the session on sign-out, so the old cookie no longer works', async () => {
    const login = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: worker, password: FIXTURE_PASSWORD } });
    const session = login.cookies.find((c) => c.name === 'springplank_session')!.value;
    const csrf = await csrfPair(server.app);
    const headers = browserHeaders(session, csrf);
    expect((await server.app.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode).toBe(200);
    const logout = await server.app.inject({ method: 'POST', url: '/api/auth/logout', headers });
    expect(logout.statusCode).toBe(204);
    expect(logout.cookies.find((c) => c.name === 'springplank_session')?.value).toBe('');
    expect((await server.app.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode).toBe(401);
  });
});

describe('session expiry', () => {
  async function ageSession(column: 'last_seen_at' | 'expires_at', minutesAgo: number) {
    await database.query(`update sessions set ${column} = now() - ($1 || ' minutes')::interval`, [String(minutesAgo)]);
  }

  it('ends a session that was idle too long', async () => {
    const client = await signedIn(server.app, worker, FIXTURE_PASSWORD);
    await ageSession('last_seen_at', 31);
    expect((await client.request('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('ends a session past its absolute lifetime even when active', async () => {
    const client = await signedIn(server.app, worker, FIXTURE_PASSWORD);
    await ageSession('expires_at', 1);
    expect((await client.request('GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('ends the sessions of a deactivated account', async () => {
    const client = await signedIn(server.app, fixture.ocmw.onthaalmedewerker, FIXTURE_PASSWORD);
    await database.query('update users set active = false where email = $1', [fixture.ocmw.onthaalmedewerker]);
    expect((await client.request('GET', '/api/auth/me')).statusCode).toBe(401);
  });
});
