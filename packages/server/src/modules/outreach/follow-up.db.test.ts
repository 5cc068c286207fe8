import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/http-client.ts';
import { buildApp } from '../../app.ts';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { recordTransition, today } from '../ledger/ledger.service.ts';
import { loadDetectionWorld, type DetectionWorld } from '../screening/detection-world.ts';
import { readWorklist } from '../worklists/worklist.service.ts';
import { readFollowUps } from './follow-up.ts';
import { recordContactPreference, recordOutreach } from './outreach.service.ts';

let database: Database;
let world: DetectionWorld;
let households: number[];
const RIGHT = 'verhoogde-tegemoetkoming';
const OTHER_RIGHT = 'sociaal-tarief-energie';

function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

beforeAll(async () => {
  database = await openTestDatabase();
  world = await loadDetectionWorld(database, 200);
  households = (await database.query<{ id: number }>("select id from households where municipality_nis = '99001' order by id limit 5")).map((r) => r.id);
});
afterAll(async () => {
  await database?.close();
});

const followUps = async (until?: string) => (await readFollowUps(database, world.coordinator, { until })).items.map((f) => ({ household: f.householdId, right: f.right, on: f.followUpOn, overdue: f.overdue }));

describe('follow-ups of outreach actions', () => {
  it('lists due and overdue follow-ups until the next action is recorded', async () => {
    const now = today();
    const [late, due, later, decided, refused] = households as [number, number, number, number, number];
    await recordOutreach(database, world.worker, late, { kind: 'phone', outcome: 'not-reached', right: RIGHT, follow_up_on: shiftDays(now, -3) });
    await recordOutreach(database, world.worker, due, { kind: 'home-visit', outcome: 'reached', right: RIGHT, follow_up_on: now });
    await recordOutreach(database, world.worker, later, { kind: 'letter', outcome: 'planned', right: RIGHT, follow_up_on: shiftDays(now, 30) });
    await recordOutreach(database, world.worker, decided, { kind: 'phone', outcome: 'reached', right: RIGHT, follow_up_on: shiftDays(now, -1) });
    await recordOutreach(database, world.worker, refused, { kind: 'phone', outcome: 'reached', right: RIGHT, follow_up_on: shiftDays(now, -1) });
    expect(await followUps()).toEqual([
      { household: late, right: RIGHT, on: shiftDays(now, -3), overdue: true },
      { household: decided, right: RIGHT, on: shiftDays(now, -1), overdue: true },
      { household: refused, right: RIGHT, on: shiftDays(now, -1), overdue: true },
      { household: due, right: RIGHT, on: now, overdue: false },
    ]);
    // Looking ahead shows the letter's follow-up too.
    expect((await followUps(shiftDays(now, 30))).map((f) => f.household)).toContain(later);

    // The next action on the same right answers it; an action about another right does not.
    await recordOutreach(database, world.worker, due, { kind: 'phone', outcome: 'reached', right: OTHER_RIGHT });
    expect((await followUps()).map((f) => f.household)).toContain(due);
    await recordOutreach(database, world.worker, late, { kind: 'phone', outcome: 'reached', right: RIGHT, follow_up_on: shiftDays(now, 14) });
    // A worker's step in the ledger answers it too.
    await recordTransition(database, world.worker, decided, { right: RIGHT, state: 'aangevraagd' });
    // A refusal of contact since then wins over the planned call.
    const [person] = await database.query<{ person_id: number }>('select person_id from household_memberships where household_id = $1 limit 1', [refused]);
    await recordContactPreference(database, world.worker, person!.person_id, { opted_out: true });
    const after = await readFollowUps(database, world.coordinator, {});
    expect(after.items.map((f) => f.householdId)).toEqual([due]);
    expect(after.optedOut).toBe(1);
    // The new follow-up of the late household is in the future: not due, but on its worklist item.
    expect((await followUps(shiftDays(now, 14))).find((f) => f.household === late)?.on).toBe(shiftDays(now, 14));
  });

  it('shows the next follow-up on the worklist item and audits who read the list', async () => {
    const list = await readWorklist(database, world.coordinator, { order: 'priority', limit: 500 });
    const due = households[1]!;
    const item = list.items.find((i) => i.householdId === due);
    expect(item?.followUpOn).toBe(today());
    const [audit] = await database.query<{ person_ids: number[]; purpose: string }>(
      "select person_ids, purpose from audit_log where action = 'read-follow-ups' order by id desc limit 1",
    );
    const members = (await database.query<{ person_id: number }>('select person_id from household_memberships where household_id = $1', [due])).map((r) => r.person_id);
    expect(audit!.purpose).toBe('case-work');
    expect(audit!.person_ids.map(Number)).toEqual(expect.arrayContaining(members));
  });

  it('answers over HTTP, and names the field when the date is not a date', async () => {
    const server = await buildApp({ database, webDist: null });
    try {
      const worker = await signedIn(server.app, 'mw@ocmw.kansendonk.demo', 'springplank-demo');
      const ok = await worker.request('GET', '/api/worklist/follow-ups');
      expect(ok.statusCode).toBe(200);
      expect((ok.json() as { items: { household_id: string; overdue: boolean }[] }).items).toEqual([expect.objectContaining({ household_id: String(households[1]), overdue: false })]);
      const bad = await worker.request('GET', '/api/worklist/follow-ups?until=morgen');
      expect(bad.statusCode).toBe(400);
      expect(String(bad.headers['content-type'])).toMatch(/^application\/problem\+json/);
      expect((bad.json() as { errors: { path: string }[] }).errors[0]!.path).toBe('querystring.until');
    } finally {
      await server.app.close();
    }
  });
});
