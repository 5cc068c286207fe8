import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type SpringplankApp } from '../src/app.ts';
import type { Database } from '../src/platform/db/connect.ts';
import { openTestDatabase } from '../src/platform/db/test-database.ts';
import { seedFixture, type Fixture } from './fixture.ts';
import { browserHeaders, csrfPair, sessionToken } from './sessions.ts';

let database: Database;
let server: SpringplankApp;
let fixture: Fixture;
let headers: Record<string, string>;

beforeAll(async () => {
  database = await openTestDatabase();
  fixture = await seedFixture(database);
  server = await buildApp({ database, webDist: null });
  // A coordinator may call every case-work route, so requests reach validation and the services.
  const token = await sessionToken(database, fixture.userIds[fixture.ocmw.coordinator]!);
  headers = browserHeaders(token, await csrfPair(server.app));
});
afterAll(async () => {
  await server.app.close();
  await database.close();
});

/** Path parameters worth trying: real ids, unknown ids, huge numbers, words, encodings. */
const pathValue = fc.oneof(
  fc.constantFrom('1', '2', '0', '-1', '99999999999999999999', '1e3', '%00', '%27%20or%201%3D1'),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);

const writeRoutes = () => server.routes.filter((r) => r.url.startsWith('/api/') && r.method !== 'GET' && r.url !== '/api/auth/logout');

describe('bad input never yields a 500', () => {
  it('answers any JSON body on any write route with a status below 500', async () => {
    for (const route of writeRoutes()) {
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), pathValue, async (body, id) => {
          const response = await server.app.inject({
            method: route.method as 'POST',
            url: route.url.replace(/:[a-zA-Z]+/g, id),
            headers: { ...headers, 'content-type': 'application/json' },
            payload: JSON.stringify(body),
          });
          expect(response.statusCode, `${route.method} ${route.url} ${JSON.stringify(body)} → ${response.body}`).toBeLessThan(500);
        }),
        { numRuns: 25 },
      );
    }
  }, 600_000);

  it('answers bodies that are not JSON at all with a 4xx problem', async () => {
    for (const payload of ['', '{', 'null', '[]', '"text"', '{"a":1}garbage', '\u0000']) {
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/dossiers',
        headers: { ...headers, 'content-type': 'application/json' },
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, JSON.stringify(payload)).toBeLessThan(500);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    const form = await server.app.inject({
      method: 'POST',
      url: '/api/dossiers',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'title=x',
    });
    expect(form.statusCode).toBe(415);
    expect(form.json().code).toBe('unsupported-media-type');
  });

  it('answers any path and query value on read routes with a status below 500', async () => {
    const readRoutes = server.routes.filter((r) => r.url.startsWith('/api/') && r.method === 'GET');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...readRoutes), pathValue, fc.string({ maxLength: 10 }), async (route, id, query) => {
        const url = `${route.url.replace(/:[a-zA-Z]+/g, id)}?status=${encodeURIComponent(query)}&limit=${encodeURIComponent(query)}`;
        const response = await server.app.inject({ method: 'GET', url, headers });
        expect(response.statusCode, `${url} → ${response.body}`).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  }, 600_000);
});
