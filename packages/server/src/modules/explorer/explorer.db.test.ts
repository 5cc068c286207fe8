import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type SpringplankApp } from '../../app.ts';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { seedFixture, FIXTURE_PASSWORD, type Fixture } from '../../../test/fixture.ts';
import { signedIn, testClient } from '../../../test/http-client.ts';
import { CATALOG_DIR } from './explorer.catalog.ts';

let database: Database;
let server: SpringplankApp;
let fixture: Fixture;

beforeAll(async () => {
  database = await openTestDatabase();
  fixture = await seedFixture(database);
  server = await buildApp({ database, webDist: null });
});
afterAll(async () => {
  await server.app.close();
  await database.close();
});

const example = (name: string) => JSON.parse(readFileSync(join(CATALOG_DIR, 'examples', `${name}.json`), 'utf8')) as Record<string, unknown>;
const situationOf = (name: string) => {
  const { household, persons } = example(name);
  return { household, persons };
};

describe('citizen API (public, stateless)', () => {
  it('evaluates a situation with explanations in the chosen language, without a session', async () => {
    const response = await testClient(server.app).request('POST', '/api/evaluate', { situation: situationOf('alleenstaande-met-leefloon'), date: '2026-11-22', lang: 'fr' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ catalog_version: string; outcomes: { right: string; status: string; name: string; explanation: string }[] }>();
    const leefloon = body.outcomes.find((o) => o.right === 'leefloon')!;
    expect(leefloon.status).toBe('eligible');
    expect(leefloon.name).toBe("Revenu d'intégration");
    expect(leefloon.explanation).toContain('✓');
    expect(body.catalog_version).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
  });

  it('refuses a fact value of the wrong type with a problem naming the field', async () => {
    const response = await testClient(server.app).request('POST', '/api/evaluate', {
      situation: { persons: [{ id: 'p1', role: 'aanvrager', facts: { date_of_birth: 'gisteren' } }] },
    });
    expect(response.statusCode).toBe(422);
    expect(response.json<{ code: string; errors: { path: string }[] }>().errors[0]!.path).toContain('date_of_birth');
  });

  it('ranks the next questions: an empty household is first asked its date of birth', async () => {
    const response = await testClient(server.app).request('POST', '/api/questions', { situation: { persons: [{ id: 'p1', role: 'aanvrager' }] }, lang: 'en' });
    const questions = response.json<{ questions: { fact: string; person?: string; question: string }[] }>().questions;
    expect(questions[0]).toMatchObject({ fact: 'date_of_birth', person: 'p1', question: 'What is the date of birth?' });
  });

  it('lists, filters and shows rights; an unknown right is a 404', async () => {
    const client = testClient(server.app);
    const list = (await client.request('GET', '/api/rights?domain=gezondheid&granting=automatic')).json<{ items: { id: string; domain: string; granting: string }[] }>();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((r) => r.domain === 'gezondheid' && r.granting === 'automatic')).toBe(true);
    const searched = (await client.request('GET', '/api/rights?q=leefloon')).json<{ items: { id: string }[] }>();
    expect(searched.items.map((r) => r.id)).toContain('leefloon');
    const detail = (await client.request('GET', '/api/rights/verhoogde-tegemoetkoming?lang=nl')).json<{ opens: string[]; parameters: unknown[]; conditions: { children: unknown[] } }>();
    expect(detail.opens).toContain('sociale-maximumfactuur');
    expect(detail.conditions.children.length).toBeGreaterThan(0);
    expect((await client.request('GET', '/api/rights/bestaat-niet')).statusCode).toBe(404);
  });
});

describe('worker mode', () => {
  it('stores answers as facts with provenance and shows them, with the Rechtencheck, on reload', async () => {
    const worker = await signedIn(server.app, fixture.ocmw['maatschappelijk-werker'], FIXTURE_PASSWORD);
    const url = `/api/dossiers/${fixture.ocmwDossierId}/explorer`;
    const saved = await worker.request('POST', `${url}/answers`, {
      answers: [
        { entity: 'person', person_id: String(fixture.ocmwPersonId), fact_id: 'leefloon_category', value: 'alleenstaand', source: 'self-declared', observed_on: '2026-11-20' },
        { entity: 'household', fact_id: 'tenure', value: 'huurder-privaat', source: 'worker', observed_on: '2026-11-20' },
      ],
    });
    expect(saved.statusCode).toBe(200);
    const view = (await worker.request('GET', url)).json<{
      facts: { fact_id: string; source: string; recorded_by: string | null }[];
      rechtencheck: { id: string; rights: { right: string; status: string; checked_on: string | null }[] } | null;
    }>();
    expect(view.facts.find((f) => f.fact_id === 'leefloon_category')).toMatchObject({ source: 'self-declared', recorded_by: 'maatschappelijk-werker ocmw' });
    expect(view.facts.find((f) => f.fact_id === 'tenure')).toMatchObject({ source: 'worker' });
    expect(view.rechtencheck?.id).toBe('ocmw-kansendonk');
    expect(view.rechtencheck?.rights.find((r) => r.right === 'leefloon')?.status).not.toBe('not-eligible');

    const pdf = await worker.request('GET', `${url}/overview.pdf?lang=fr`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a person outside the dossier household, and a dossier of another organisation', async () => {
    const worker = await signedIn(server.app, fixture.ocmw['maatschappelijk-werker'], FIXTURE_PASSWORD);
    const outsider = await worker.request('POST', `/api/dossiers/${fixture.ocmwDossierId}/explorer/answers`, {
      answers: [{ entity: 'person', person_id: String(fixture.cawPersonId), fact_id: 'igo', value: true, source: 'worker', observed_on: '2026-11-20' }],
    });
    expect(outsider.statusCode).toBe(422);
    expect((await worker.request('GET', `/api/dossiers/${fixture.cawDossierId}/explorer`)).statusCode).toBe(403);
  });
});
