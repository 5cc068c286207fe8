import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type SpringplankApp } from '../src/app.ts';
import type { Database } from '../src/platform/db/connect.ts';
import { openTestDatabase } from '../src/platform/db/test-database.ts';
import { FIXTURE_PASSWORD, seedFixture, type Fixture } from './fixture.ts';
import { signedIn, type TestClient } from './http-client.ts';

let database: Database;
let server: SpringplankApp;
let fixture: Fixture;
let ocmwWorker: TestClient;
let cawWorker: TestClient;

beforeAll(async () => {
  database = await openTestDatabase();
  fixture = await seedFixture(database);
  server = await buildApp({ database, webDist: null });
  ocmwWorker = await signedIn(server.app, fixture.ocmw['maatschappelijk-werker'], FIXTURE_PASSWORD);
  cawWorker = await signedIn(server.app, fixture.caw['maatschappelijk-werker'], FIXTURE_PASSWORD);
});
afterAll(async () => {
  await server.app.close();
  await database.close();
});

describe('access by organisation', () => {
  it('lists only the dossiers of the own organisation', async () => {
    const ocmwList = (await ocmwWorker.request('GET', '/api/dossiers')).json().items;
    expect(ocmwList.map((d: { id: string }) => d.id)).toEqual([String(fixture.ocmwDossierId)]);
    expect(ocmwList[0]).toMatchObject({ organisation: { type: 'ocmw' }, household_id: String(fixture.ocmwHouseholdId), status: 'open' });
    const cawList = (await cawWorker.request('GET', '/api/dossiers')).json().items;
    expect(cawList.map((d: { id: string }) => d.id)).toEqual([String(fixture.cawDossierId)]);
  });

  it('shows an OCMW dossier, its household and person to the OCMW worker', async () => {
    expect((await ocmwWorker.request('GET', `/api/dossiers/${fixture.ocmwDossierId}`)).json().title).toBe('Gezin Ocmwtest');
    const household = (await ocmwWorker.request('GET', `/api/households/${fixture.ocmwHouseholdId}`)).json();
    expect(household.members[0]).toMatchObject({ role: 'aanvrager', person: { id: String(fixture.ocmwPersonId) } });
    expect((await ocmwWorker.request('GET', `/api/persons/${fixture.ocmwPersonId}`)).json().family_name).toBe('Ocmwtest');
  });

  it('does not show an OCMW dossier, household, person or facts to a CAW worker', async () => {
    for (const url of [
      `/api/dossiers/${fixture.ocmwDossierId}`,
      `/api/households/${fixture.ocmwHouseholdId}`,
      `/api/persons/${fixture.ocmwPersonId}`,
      `/api/persons/${fixture.ocmwPersonId}/facts`,
    ]) {
      const response = await cawWorker.request('GET', url);
      expect(response.statusCode, url).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
    const write = await cawWorker.request('POST', `/api/persons/${fixture.ocmwPersonId}/facts`, {
      fact_id: 'net_income_monthly',
      value: 1,
      source: 'worker',
      observed_on: '2026-10-01',
    });
    expect(write.statusCode).toBe(403);
    const patch = await cawWorker.request('PATCH', `/api/dossiers/${fixture.ocmwDossierId}`, { status: 'closed' });
    expect(patch.statusCode).toBe(403);
  });

  it('does not let a CAW worker open a dossier on an OCMW household to gain access', async () => {
    const response = await cawWorker.request('POST', '/api/dossiers', { title: 'Poging', household_id: String(fixture.ocmwHouseholdId) });
    expect(response.statusCode).toBe(403);
  });

  it('refuses an aanspreekpunt from another organisation', async () => {
    const cawUserId = fixture.userIds[fixture.caw['maatschappelijk-werker']]!;
    const response = await ocmwWorker.request('PATCH', `/api/dossiers/${fixture.ocmwDossierId}`, { aanspreekpunt_user_id: String(cawUserId) });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'not-assignable', errors: [{ path: 'body.aanspreekpunt_user_id' }] });
  });
});

describe('case work on the core model', () => {
  it('opens a dossier for a new household, records facts with history, and adds and ends members', async () => {
    const created = await ocmwWorker.request('POST', '/api/dossiers', {
      title: 'Gezin Peeters',
      household: {
        street: 'Kansenlaan',
        house_number: '12',
        postal_code: '9999',
        municipality_nis: '99001',
        members: [{ given_name: 'An', family_name: 'Peeters', national_register_number: '17073003384', role: 'aanvrager', valid_from: '2024-05-01' }],
      },
    });
    expect(created.statusCode).toBe(201);
    const dossier = created.json();
    expect(dossier.aanspreekpunt.name).toBe('maatschappelijk-werker ocmw');
    const householdFacts = (await ocmwWorker.request('GET', `/api/households/${dossier.household_id}/facts`)).json().items;
    expect(householdFacts).toMatchObject([{ fact_id: 'municipality_nis', value: '99001', source: 'worker' }]);

    const person = (await ocmwWorker.request('GET', `/api/households/${dossier.household_id}`)).json().members[0].person;
    const record = (value: number, observed: string) =>
      ocmwWorker.request('POST', `/api/persons/${person.id}/facts`, { fact_id: 'net_income_monthly', value, source: 'self-declared', observed_on: observed });
    expect((await record(900, '2026-09-01')).statusCode).toBe(201);
    expect((await record(1100, '2026-10-01')).statusCode).toBe(201);
    const current = (await ocmwWorker.request('GET', `/api/persons/${person.id}/facts`)).json().items;
    expect(current).toMatchObject([{ fact_id: 'net_income_monthly', value: 1100 }]);
    const history = (await ocmwWorker.request('GET', `/api/persons/${person.id}/facts?history=true`)).json().items;
    expect(history.map((f: { value: number }) => f.value)).toEqual([1100, 900]);

    const added = await ocmwWorker.request('POST', `/api/households/${dossier.household_id}/members`, {
      given_name: 'Bo',
      family_name: 'Peeters',
      role: 'kind',
      valid_from: '2025-02-01',
    });
    expect(added.statusCode).toBe(201);
    const child = added.json().members.find((m: { role: string }) => m.role === 'kind');
    const ended = await ocmwWorker.request('POST', `/api/households/${dossier.household_id}/members/${child.membership_id}/end`, { valid_until: '2026-01-01' });
    expect(ended.json().members.find((m: { role: string }) => m.role === 'kind').until).toBe('2026-01-01');
    const tooEarly = await ocmwWorker.request('POST', `/api/households/${dossier.household_id}/members/${child.membership_id}/end`, { valid_until: '2025-01-01' });
    expect(tooEarly.json()).toMatchObject({ code: 'end-before-start', errors: [{ path: 'body.valid_until' }] });
  });

  it('lets the beheerder create an account that can sign in', async () => {
    const beheerder = await signedIn(server.app, fixture.ocmw.beheerder, FIXTURE_PASSWORD);
    const created = await beheerder.request('POST', '/api/users', {
      email: 'Nieuw@OCMW.proef.demo',
      name: 'Nieuwe Collega',
      role: 'onthaalmedewerker',
      organisation_id: String(fixture.ocmwId),
      password: 'een-lang-wachtwoord',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().user).toMatchObject({ email: 'nieuw@ocmw.proef.demo', role: 'onthaalmedewerker', active: true });
    await signedIn(server.app, 'nieuw@ocmw.proef.demo', 'een-lang-wachtwoord');
    const duplicate = await beheerder.request('POST', '/api/users', { ...created.json().user, id: undefined, active: undefined, organisation: undefined, organisation_id: String(fixture.ocmwId), password: 'een-lang-wachtwoord' });
    expect(duplicate.statusCode).toBe(409);
    const tooShort = await beheerder.request('POST', '/api/users', { email: 'kort@ocmw.proef.demo', name: 'K', role: 'dpo', organisation_id: String(fixture.ocmwId), password: 'kort' });
    expect(tooShort.json()).toMatchObject({ status: 400, errors: [{ path: 'body.password' }] });
  });
});

describe('account management', () => {
  it('deactivating an account ends its session and refuses its sign-in; a beheerder cannot deactivate themselves', async () => {
    const beheerder = await signedIn(server.app, fixture.ocmw.beheerder, FIXTURE_PASSWORD);
    const target = await signedIn(server.app, fixture.ocmw.beleidsmedewerker, FIXTURE_PASSWORD);
    const targetId = fixture.userIds[fixture.ocmw.beleidsmedewerker]!;
    const changed = await beheerder.request('PATCH', `/api/users/${targetId}`, { active: false });
    expect(changed.json().user).toMatchObject({ id: String(targetId), active: false });
    expect((await target.request('GET', '/api/auth/me')).statusCode).toBe(401);
    const again = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: fixture.ocmw.beleidsmedewerker, password: FIXTURE_PASSWORD } });
    expect(again.json().code).toBe('invalid-credentials');
    const self = await beheerder.request('PATCH', `/api/users/${fixture.userIds[fixture.ocmw.beheerder]}`, { active: false });
    expect(self.json()).toMatchObject({ code: 'own-account', errors: [{ path: 'body.active' }] });
    expect((await beheerder.request('PATCH', '/api/users/999999', { name: 'Niemand' })).statusCode).toBe(404);
  });
});

describe('audit trail for the DPO', () => {
  it("lists every access to one person's data, allowed and denied, with who and why", async () => {
    const dpo = await signedIn(server.app, fixture.ocmw.dpo, FIXTURE_PASSWORD);
    const response = await dpo.request('GET', `/api/audit/persons/${fixture.ocmwPersonId}`);
    expect(response.statusCode).toBe(200);
    const items: { actor: { name: string } | string; action: string; record: string; purpose: string; outcome: string }[] = response.json().items;
    const byWhom = (name: string) => items.filter((item) => typeof item.actor === 'object' && item.actor.name === name);
    expect(byWhom('maatschappelijk-werker ocmw')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'read', record: `person/${fixture.ocmwPersonId}`, purpose: 'case-work', outcome: 'allowed' }),
        expect.objectContaining({ action: 'read', record: `dossier/${fixture.ocmwDossierId}`, outcome: 'allowed' }),
      ]),
    );
    expect(byWhom('maatschappelijk-werker caw')).toEqual(
      expect.arrayContaining([expect.objectContaining({ record: `person/${fixture.ocmwPersonId}`, outcome: 'denied' })]),
    );
    expect(items.some((item) => typeof item.actor === 'object' && item.actor.name === 'maatschappelijk-werker caw' && item.outcome === 'allowed')).toBe(false);
  });

  it('shows the DPO that the hash chain is intact', async () => {
    const dpo = await signedIn(server.app, fixture.ocmw.dpo, FIXTURE_PASSWORD);
    const verification = (await dpo.request('GET', '/api/audit/verification')).json();
    expect(verification).toMatchObject({ ok: true, broken_at: null, last_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(verification.checked).toBeGreaterThan(5);
  });
});
