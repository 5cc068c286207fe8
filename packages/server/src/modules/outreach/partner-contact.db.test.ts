import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/http-client.ts';
import { buildApp, type SpringplankApp } from '../../app.ts';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { today } from '../ledger/ledger.service.ts';
import { loadDetectionWorld, type DetectionWorld } from '../screening/detection-world.ts';
import { readFollowUps } from './follow-up.ts';

let database: Database;
let server: SpringplankApp;
let world: DetectionWorld;
let household: number;
const RIGHT = 'verhoogde-tegemoetkoming';

beforeAll(async () => {
  database = await openTestDatabase();
  world = await loadDetectionWorld(database, 60);
  household = (await database.query<{ id: number }>("select id from households where municipality_nis = '99001' order by id limit 1"))[0]!.id;
  server = await buildApp({ database, webDist: null });
});
afterAll(async () => {
  await server?.app.close();
  await database?.close();
});

describe('a phone call and a contact via a partner', () => {
  it('records which partner organisation of the werkingsgebied was the way in, with outcome and follow-up', async () => {
    const worker = await signedIn(server.app, 'mw@ocmw.kansendonk.demo', 'springplank-demo');
    const [partner] = await database.query<{ id: number; name: string }>(
      `select o.id, o.name from organisations o where o.werkingsgebied_id = (select werkingsgebied_id from organisations where id = $1) and o.id <> $1 order by o.id limit 1`,
      [world.ocmwId],
    );
    const phone = await worker.request('POST', `/api/outreach/households/${household}/actions`, { kind: 'phone', outcome: 'not-reached', right: RIGHT, follow_up_on: today() });
    expect(phone.statusCode).toBe(201);
    expect((await readFollowUps(database, world.worker, {})).items.map((f) => [f.householdId, f.kind])).toContainEqual([household, 'phone']);

    const viaPartner = await worker.request('POST', `/api/outreach/households/${household}/actions`, { kind: 'partner', outcome: 'reached', right: RIGHT, partner_organisation_id: partner!.id });
    expect(viaPartner.statusCode).toBe(201);
    const list = (await worker.request('GET', `/api/outreach/households/${household}`)).json() as { items: { kind: string; outcome: string; partner: { id: string; name: string } | null }[] };
    expect(list.items.map((a) => [a.kind, a.outcome, a.partner?.name ?? null])).toEqual([
      ['partner', 'reached', partner!.name],
      ['phone', 'not-reached', null],
    ]);
    // The partner contact is the next step for this right: the phone call's follow-up is done.
    expect((await readFollowUps(database, world.worker, {})).items.map((f) => f.householdId)).not.toContain(household);
    // The ledger says the household was reached, through which partner; the audit record names it too.
    const [step] = await database.query<{ state: string; evidence: { partner_organisation?: number } }>(
      "select state, evidence from ledger_transitions where subject_id = $1 and right_id = $2 and evidence ? 'outreach_action' order by id desc limit 1",
      [household, RIGHT],
    );
    expect(step).toMatchObject({ state: 'gecontacteerd', evidence: { partner_organisation: partner!.id } });
    const [audit] = await database.query<{ details: { partner_organisation: number } }>("select details from audit_log where action = 'outreach-partner' order by id desc limit 1");
    expect(audit!.details.partner_organisation).toBe(partner!.id);
  });

  it('refuses a contact via a partner without a partner, or with an organisation outside the werkingsgebied, naming the field', async () => {
    const worker = await signedIn(server.app, 'mw@ocmw.kansendonk.demo', 'springplank-demo');
    // A national service outside the werkingsgebied (synthetic).
    const [outside] = await database.query<{ id: number }>("insert into organisations (name, type) values ('Landelijke dienst (test)', 'dmw') returning id");
    // The database itself refuses a partner contact without a partner, whatever writes it.
    await expect(
      database.query("insert into outreach_actions (household_id, kind, outcome, actor_user_id, organisation_id) values ($1, 'partner', 'reached', $2, $3)", [household, world.worker.id, world.worker.organisation.id]),
    ).rejects.toThrow(/outreach_actions_partner_required/);
    const cases = [
      { body: { kind: 'partner', outcome: 'reached', right: RIGHT }, code: 'partner-required' },
      { body: { kind: 'phone', outcome: 'reached', right: RIGHT, partner_organisation_id: world.ocmwId }, code: 'partner-only-for-partner-contact' },
      { body: { kind: 'partner', outcome: 'reached', right: RIGHT, partner_organisation_id: outside!.id }, code: 'not-a-partner' },
    ];
    for (const c of cases) {
      const response = await worker.request('POST', `/api/outreach/households/${household}/actions`, c.body);
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(JSON.stringify(response.json())).toContain('body.partner_organisation_id');
      expect(JSON.stringify(response.json())).toContain(c.code);
    }
  });
});
