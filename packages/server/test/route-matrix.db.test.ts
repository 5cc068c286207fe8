import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type SpringplankApp } from '../src/app.ts';
import type { Database } from '../src/platform/db/connect.ts';
import { ROLES, type Role } from '../src/platform/db/schema.ts';
import { openTestDatabase } from '../src/platform/db/test-database.ts';
import { installAccessControl } from '../src/platform/policies/access-control.ts';
import { DEFAULT_SESSION_POLICY } from '../src/platform/auth/session.service.ts';
import { seedFixture, type Fixture } from './fixture.ts';
import { browserHeaders, csrfPair, sessionToken } from './sessions.ts';

// Who may call each API route. Written out by hand, apart from the policy module, so that a
// change of either one shows up here; a route missing from this table fails the test.
const CASE_WORK: Role[] = ['onthaalmedewerker', 'maatschappelijk-werker', 'coordinator'];
const EXPECTED: Record<string, 'public' | 'authenticated' | readonly Role[]> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'GET /api/auth/csrf': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'authenticated',
  'GET /api/auth/me': 'authenticated',
  'GET /api/municipalities': ROLES,
  'GET /api/werkingsgebieden': ROLES,
  'GET /api/organisations': ROLES,
  'GET /api/users': ['beheerder'],
  'POST /api/users': ['beheerder'],
  'PATCH /api/users/:id': ['beheerder'],
  'GET /api/dossiers': CASE_WORK,
  'POST /api/dossiers': CASE_WORK,
  'GET /api/dossiers/:id': CASE_WORK,
  'PATCH /api/dossiers/:id': ['maatschappelijk-werker', 'coordinator'],
  'GET /api/persons/:id': CASE_WORK,
  'GET /api/households/:id': CASE_WORK,
  'POST /api/households/:id/members': CASE_WORK,
  'POST /api/households/:id/members/:membershipId/end': CASE_WORK,
  'GET /api/persons/:id/facts': CASE_WORK,
  'POST /api/persons/:id/facts': CASE_WORK,
  'GET /api/households/:id/facts': CASE_WORK,
  'POST /api/households/:id/facts': CASE_WORK,
  'GET /api/audit/persons/:personId': ['dpo'],
  'GET /api/audit/verification': ['dpo'],
  'POST /api/evaluate': 'public',
  'POST /api/questions': 'public',
  'GET /api/rights': 'public',
  'GET /api/rights/:id': 'public',
  'GET /api/dossiers/:id/explorer': CASE_WORK,
  'POST /api/dossiers/:id/explorer/answers': CASE_WORK,
  'GET /api/dossiers/:id/explorer/overview.pdf': CASE_WORK,
  'POST /api/screening/runs': ['coordinator'],
  'GET /api/screening/runs': ['maatschappelijk-werker', 'coordinator'],
  'GET /api/screening/runs/:id': ['maatschappelijk-werker', 'coordinator'],
  'POST /api/screening/runs/:id/cancel': ['coordinator'],
  'GET /api/screening/runs/:id/results': ['maatschappelijk-werker', 'coordinator'],
  'POST /api/screening/impact': ['coordinator', 'beleidsmedewerker'],
  'GET /api/ledger/households/:id': CASE_WORK,
  'POST /api/ledger/households/:id/transitions': ['maatschappelijk-werker', 'coordinator'],
  'GET /api/worklist': ['maatschappelijk-werker', 'coordinator'],
  'POST /api/worklist/households/:id/assign': ['coordinator'],
  'GET /api/worklist/assignees': ['maatschappelijk-werker', 'coordinator'],
  'GET /api/worklist/follow-ups': ['maatschappelijk-werker', 'coordinator'],
  'GET /api/outreach/households/:id': ['maatschappelijk-werker', 'coordinator'],
  'POST /api/outreach/households/:id/actions': ['maatschappelijk-werker', 'coordinator'],
  'GET /api/outreach/actions/:id/letter.pdf': ['maatschappelijk-werker', 'coordinator'],
  'POST /api/outreach/persons/:id/contact-preference': ['maatschappelijk-werker', 'coordinator'],
  'POST /api/grants/runs': ['coordinator'],
  'GET /api/grants/municipalities': ['coordinator'],
  'GET /api/grants/runs': ['coordinator'],
  'GET /api/grants/runs/:id': ['coordinator'],
  'GET /api/grants/runs/:id/payments.csv': ['coordinator'],
  'GET /api/grants/decisions/:id/letter.pdf': CASE_WORK,
  'POST /api/grants/decisions/:id/reverse': ['coordinator'],
  'GET /api/metrics/take-up': ['coordinator', 'beleidsmedewerker'],
};

let database: Database;
let server: SpringplankApp;
let fixture: Fixture;

beforeAll(async () => {
  database = await openTestDatabase();
  fixture = await seedFixture(database);
  server = await buildApp({ database, webDist: null, loginRateLimit: { maxFailures: 10_000, maxPerAddress: 10_000, timeWindowMs: 60_000 } });
});
afterAll(async () => {
  await server.app.close();
  await database.close();
});

/** A concrete URL for a route pattern, pointing at records of the OCMW (the callers' organisation). */
function concrete(url: string): string {
  const id = url.startsWith('/api/persons') ? fixture.ocmwPersonId : url.startsWith('/api/households') ? fixture.ocmwHouseholdId : fixture.ocmwDossierId;
  return url.replace(':id', String(id)).replace(':personId', String(fixture.ocmwPersonId)).replace(':membershipId', '1');
}

const apiRoutes = () => server.routes.filter((route) => route.url.startsWith('/api'));

describe('route × role matrix', () => {
  it('has an expectation for every registered API route, and a route for every expectation', () => {
    const registered = apiRoutes().map((route) => `${route.method} ${route.url}`).sort();
    expect(registered).toEqual(Object.keys(EXPECTED).sort());
  });

  it('refuses to register an API route that declares no permission', async () => {
    const app = Fastify();
    installAccessControl(app, { database, sessionPolicy: DEFAULT_SESSION_POLICY });
    expect(() => app.get('/api/forgotten', async () => 'oops')).toThrow(/declares no permission/);
  });

  it('allows and denies every route for every role and for anonymous callers as the table says', async () => {
    const csrf = await csrfPair(server.app);
    const mismatches: string[] = [];
    for (const route of apiRoutes()) {
      const expected = EXPECTED[`${route.method} ${route.url}`]!;
      for (const role of [null, ...ROLES] as const) {
        const userId = role ? fixture.userIds[fixture.ocmw[role]]! : null;
        const token = userId ? await sessionToken(database, userId) : null;
        const response = await server.app.inject({
          method: route.method as 'GET',
          url: concrete(route.url),
          headers: browserHeaders(token, csrf),
          ...(route.method === 'GET' ? {} : { payload: {} }),
        });
        const allowed = expected === 'public' || (role !== null && (expected === 'authenticated' || expected.includes(role)));
        const deniedStatus = role === null ? 401 : 403;
        const ok = allowed ? response.statusCode !== 401 && response.statusCode !== 403 && response.statusCode < 500 : response.statusCode === deniedStatus;
        if (!ok) mismatches.push(`${route.method} ${route.url} as ${role ?? 'anonymous'}: ${response.statusCode} (expected ${allowed ? 'allowed' : deniedStatus})`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 600_000);
});
