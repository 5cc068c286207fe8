import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type SpringplankApp } from '../src/app.ts';
import type { Database } from '../src/platform/db/connect.ts';
import { readMigrations } from '../src/platform/db/migrate.ts';
import { openTestDatabase } from '../src/platform/db/test-database.ts';
import { FIXTURE_PASSWORD, seedFixture, type Fixture } from './fixture.ts';
import { signedIn, type TestClient } from './http-client.ts';

let database: Database;
let server: SpringplankApp;
let fixture: Fixture;
let worker: TestClient;

beforeAll(async () => {
  database = await openTestDatabase();
  fixture = await seedFixture(database);
  server = await buildApp({ database, webDist: null, bodyLimit: 64 * 1024 });
  worker = await signedIn(server.app, fixture.ocmw['maatschappelijk-werker'], FIXTURE_PASSWORD);
});
afterAll(async () => {
  await server.app.close();
  await database.close();
});

const newDossier = (member: Record<string, unknown> = {}) => ({
  title: 'Gezin Nieuw',
  household: {
    municipality_nis: '99001',
    members: [{ given_name: 'Nora', family_name: 'Nieuw', role: 'aanvrager', valid_from: '2026-01-01', ...member }],
  },
});

function expectProblem(response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown }, status: number, code: string) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = response.json() as { code: string; status: number; detail: string; errors?: { path: string }[] };
  expect(body.code).toBe(code);
  expect(body.status).toBe(status);
  return body;
}

describe('bad input never yields a 500', () => {
  it('malformed JSON is a 400 naming the body', async () => {
    const response = await worker.request('POST', '/api/dossiers', '{"title": ', { 'content-type': 'application/json' });
    expect(expectProblem(response, 400, 'malformed-json').detail).toMatch(/^body/);
  });

  it('an unknown field is a 400 naming the field', async () => {
    const response = await worker.request('POST', '/api/dossiers', { ...newDossier(), colour: 'blue' });
    const body = expectProblem(response, 400, 'unknown-field');
    expect(body.errors).toEqual([{ path: 'body.colour', message: expect.any(String) }]);
  });

  it('a nested unknown field is named with its full path', async () => {
    const response = await worker.request('POST', '/api/dossiers', newDossier({ shoe_size: 42 }));
    const body = expectProblem(response, 400, 'unknown-field');
    expect(body.errors?.[0]?.path).toBe('body.household.members.0.shoe_size');
  });

  it('a wrong type is a 400 naming the field', async () => {
    const response = await worker.request('POST', '/api/dossiers', { ...newDossier(), title: 42 });
    const body = expectProblem(response, 400, 'validation-failed');
    expect(body.errors?.map((e) => e.path)).toEqual(['body.title']);
  });

  it('an oversized body is a 413', async () => {
    const response = await worker.request('POST', '/api/dossiers', { ...newDossier(), title: 'x'.repeat(70 * 1024) });
    expectProblem(response, 413, 'body-too-large');
  });

  it('an invalid national register number is a 400 naming the field', async () => {
    const response = await worker.request('POST', '/api/dossiers', newDossier({ national_register_number: '85073003329' }));
    const body = expectProblem(response, 400, 'invalid-national-register-number');
    expect(body.errors?.map((e) => e.path)).toEqual(['body.household.members.0.national_register_number']);
  });

  it('a non-numeric id in the path is a 400, an unknown id a 404', async () => {
    expectProblem(await worker.request('GET', '/api/dossiers/abc'), 400, 'validation-failed');
    const huge = expectProblem(await worker.request('GET', '/api/dossiers/99999999999'), 400, 'validation-failed');
    expect(huge.errors?.[0]?.path).toBe('params.id');
    expectProblem(await worker.request('GET', '/api/dossiers/99999999'), 404, 'not-found');
  });

  it('a fact value of the wrong type is a 422 naming the value', async () => {
    const response = await worker.request('POST', `/api/persons/${fixture.ocmwPersonId}/facts`, {
      fact_id: 'net_income_monthly',
      value: 'veel',
      source: 'self-declared',
      observed_on: '2026-10-01',
    });
    expect(expectProblem(response, 422, 'invalid-fact-value').errors?.[0]?.path).toBe('body.value');
  });

  it('an unknown API route is a problem 404', async () => {
    expectProblem(await worker.request('GET', '/api/nothing-here'), 404, 'route-not-found');
  });

  it('a valid national register number is accepted and a duplicate is a 409 naming the field', async () => {
    const created = await worker.request('POST', '/api/dossiers', newDossier({ national_register_number: '85073003328' }));
    expect(created.statusCode).toBe(201);
    const again = await worker.request('POST', '/api/dossiers', newDossier({ national_register_number: '85073003328' }));
    expect(expectProblem(again, 409, 'already-exists').errors?.[0]?.path).toBe('body.household.members.0.national_register_number');
  });
});

describe('platform routes', () => {
  it('GET /api/health names the backend and the migration version', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.json()).toEqual({ status: 'ok', database: database.backend, migration: readMigrations().length });
  });

  it('marks API responses as not to be stored and forbids framing and sniffing', async () => {
    const response = await worker.request('GET', `/api/dossiers/${fixture.ocmwDossierId}`);
    expect(response.headers).toMatchObject({ 'cache-control': 'no-store', 'x-frame-options': 'SAMEORIGIN', 'x-content-type-options': 'nosniff' });
    const problem = await worker.request('GET', '/api/dossiers/99999');
    expect(problem.headers['cache-control']).toBe('no-store');
  });

  it('GET /api/openapi.json describes the API', async () => {
    const spec = (await server.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/dossiers', '/api/dossiers/{id}', '/api/audit/persons/{personId}']));
    expect(spec.paths['/api/dossiers'].post.requestBody).toBeDefined();
  });
});

describe('the web app', () => {
  it('serves the built files, falls back to index.html for app paths, and never for /api', async () => {
    const webDist = mkdtempSync(join(tmpdir(), 'springplank-web-'));
    mkdirSync(join(webDist, 'assets'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Springplank</title>');
    writeFileSync(join(webDist, 'assets', 'app.js'), 'console.log(1)');
    const withWeb = await buildApp({ database, webDist });
    try {
      const home = await withWeb.app.inject({ method: 'GET', url: '/' });
      expect(home.body).toContain('<title>Springplank</title>');
      const deepLink = await withWeb.app.inject({ method: 'GET', url: '/dossiers/12?tab=gezin' });
      expect(deepLink.statusCode).toBe(200);
      expect(deepLink.headers['content-type']).toMatch(/text\/html/);
      expect(deepLink.body).toContain('<title>Springplank</title>');
      const asset = await withWeb.app.inject({ method: 'GET', url: '/assets/app.js' });
      expect(asset.headers['content-type']).toMatch(/javascript/);
      const api = await withWeb.app.inject({ method: 'GET', url: '/api/unknown' });
      expect(api.statusCode).toBe(404);
      expect(api.json().code).toBe('route-not-found');
    } finally {
      await withWeb.app.close();
      rmSync(webDist, { recursive: true, force: true });
    }
  });
});
