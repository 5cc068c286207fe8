import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { aanvragersOn } from '../households/aanvrager.ts';
import { recordTransition, today } from '../ledger/ledger.service.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';
import { recordContactPreference, recordOutreach } from '../outreach/outreach.service.ts';
import { loadDetectionWorld, type DetectionWorld } from '../screening/detection-world.ts';
import { runGrants } from './grant.service.ts';

// Two copies of the same seeded demo: the reference one says what a run grants when nobody
// declined anything; the other is where people declined, or a worker recorded a refusal, before the run.
let reference: Database;
let database: Database;
let world: DetectionWorld;
const AT = today();
let expected: { household_id: number; right_id: string }[] = [];

beforeAll(async () => {
  [reference, database] = await Promise.all([openTestDatabase(), openTestDatabase()]);
  const referenceWorld = await loadDetectionWorld(reference, 200);
  world = await loadDetectionWorld(database, 200);
  const run = await runGrants(reference, referenceWorld.coordinator, { municipality_nis: '99001', at_date: AT });
  expected = await detectionDb(reference).selectFrom('grant_decisions').select(['household_id', 'right_id']).where('run_id', '=', run.id).orderBy('id').execute();
}, 120_000);
afterAll(async () => {
  await reference?.close();
  await database?.close();
});

/** A household says no to a right: the worker records a home visit with outcome `declined`. */
const decline = (householdId: number, right: string) => recordOutreach(database, world.worker, householdId, { kind: 'home-visit', outcome: 'declined', right });
/** The provider refused a right: the worker records `geweigerd` with the reason given. */
const refuse = (householdId: number, right: string) => recordTransition(database, world.worker, householdId, { right, state: 'geweigerd', reason: 'Het OCMW vond het inkomen te hoog.' });

/** Something the right reads changed after the decline or refusal: the same value observed again, later. */
async function observeAgain(d: { household_id: number; right_id: string }, state: 'afgezien' | 'geweigerd'): Promise<void> {
  const [snapshot] = await detectionDb(database)
    .selectFrom('ledger_transitions')
    .select('input_snapshot')
    .where('household_id', '=', d.household_id)
    .where('right_id', '=', d.right_id)
    .where('state', '=', state)
    .execute();
  const persons = (snapshot!.input_snapshot as { persons: { id: string; facts: Record<string, { value: unknown }> }[] }).persons;
  const person = persons.find((p) => Object.keys(p.facts).length > 0)!;
  const [factId, fact] = Object.entries(person.facts)[0]!;
  await database.query(`insert into facts (entity_type, entity_id, fact_id, value, source, observed_on, recorded_by) values ('person', $1, $2, $3::jsonb, 'worker', $4, $5)`, [
    Number(person.id),
    factId,
    JSON.stringify(fact.value),
    AT,
    world.worker.id,
  ]);
}

describe('a grant run and a declined or refused right', () => {
  it('skips (does not refuse) a right the person declined or a worker refused, unless their situation changed since; an opt-out of contact does not stop a grant', async () => {
    expect(expected.length).toBeGreaterThanOrEqual(6);
    const [declined1, declined2, reopened, optedOut, refused, refusedReopened] = expected;
    await decline(declined1!.household_id, declined1!.right_id);
    await decline(declined2!.household_id, declined2!.right_id);
    await decline(reopened!.household_id, reopened!.right_id);
    await observeAgain(reopened!, 'afgezien');
    await refuse(refused!.household_id, refused!.right_id);
    await refuse(refusedReopened!.household_id, refusedReopened!.right_id);
    await observeAgain(refusedReopened!, 'geweigerd');
    // The aanvrager of another household refused proactive contact.
    const aanvrager = (await aanvragersOn(database, [optedOut!.household_id], AT)).get(optedOut!.household_id)!;
    await recordContactPreference(database, world.worker, aanvrager.personId, { opted_out: true });

    const run = await runGrants(database, world.coordinator, { municipality_nis: '99001', at_date: AT });
    expect(run.declined).toBe(2);
    expect(run.refusedEarlier).toBe(1);
    const decisions = await detectionDb(database).selectFrom('grant_decisions').select(['household_id', 'right_id', 'letter_pdf']).where('run_id', '=', run.id).execute();
    const key = (d: { household_id: number; right_id: string }) => `${d.household_id}|${d.right_id}`;
    const decided = new Set(decisions.map(key));
    // Declined or refused and unchanged: no grant, and nothing else either — no refusal by the
    // run, no new worker item: the ledger still says what the person or the worker recorded.
    for (const [d, state] of [[declined1!, 'afgezien'], [declined2!, 'afgezien'], [refused!, 'geweigerd']] as const) {
      expect(decided.has(key(d))).toBe(false);
      const byRun = await detectionDb(database).selectFrom('ledger_transitions').select('state').where('grant_run_id', '=', run.id).where('household_id', '=', d.household_id).where('right_id', '=', d.right_id).execute();
      expect(byRun).toEqual([]);
      const [latest] = await detectionDb(database).selectFrom('ledger_transitions').select('state').where('household_id', '=', d.household_id).where('right_id', '=', d.right_id).orderBy('id', 'desc').limit(1).execute();
      expect(latest!.state).toBe(state);
    }
    // Their situation changed: granted again; opted out of contact: still granted, with a letter.
    expect(decided.has(key(reopened!))).toBe(true);
    expect(decided.has(key(refusedReopened!))).toBe(true);
    expect(decided.has(key(optedOut!))).toBe(true);
    expect(Buffer.from(decisions.find((d) => key(d) === key(optedOut!))!.letter_pdf).subarray(0, 5).toString()).toBe('%PDF-');
    // Everyone else is granted exactly as when nobody declined.
    expect([...decided].sort()).toEqual(expected.filter((d) => d !== declined1 && d !== declined2 && d !== refused).map(key).sort());
    const [audit] = await database.query<{ details: { declined: number; refused_earlier: number } }>("select details from audit_log where action = 'grant-run-done' and record_id = $1", [String(run.id)]);
    expect(audit!.details).toMatchObject({ declined: 2, refused_earlier: 1 });
  });
});
