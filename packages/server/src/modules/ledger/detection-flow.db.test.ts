import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { recordContactPreference, recordOutreach, readLetter } from '../outreach/outreach.service.ts';
import { loadDetectionWorld, type DetectionWorld } from '../screening/detection-world.ts';
import { ScreeningJobs } from '../screening/screening.job.ts';
import { readRun, startScreening } from '../screening/screening.service.ts';
import { assignHousehold, readWorklist } from '../worklists/worklist.service.ts';
import { currentStates, readLedger, recordTransition, today } from './ledger.service.ts';
import { detectionDb } from './ledger.tables.ts';
import { factsOfRight } from './ledger.snapshot.ts';
import { catalogForRun } from '../screening/screening.catalog.ts';

let database: Database;
let world: DetectionWorld;
const AT = today();

beforeAll(async () => {
  database = await openTestDatabase();
  world = await loadDetectionWorld(database, 200);
});
afterAll(async () => {
  await database?.close();
});

async function screen() {
  const jobs = new ScreeningJobs(database);
  const run = await startScreening(database, world.coordinator, { scope: { organisation_id: world.ocmwId }, at_date: AT });
  jobs.drive(run.id);
  await jobs.settled(run.id);
  return readRun(database, null, run.id);
}

async function candidates(runId: number) {
  return detectionDb(database).selectFrom('screening_results').selectAll().where('run_id', '=', runId).where('kind', '=', 'candidate').orderBy('household_id').orderBy('right_id').execute();
}

const worklist = (query: Partial<Parameters<typeof readWorklist>[2]> = {}) => readWorklist(database, world.coordinator, { order: 'priority', limit: 500, ...query });

describe('from detection to granted', () => {
  it('follows a candidate through the worklist, a home visit, a letter, applied and granted, with history, inputs and rule version', async () => {
    const run = await screen();
    const [first] = await candidates(run.id);
    expect(first).toBeDefined();
    const household = first!.household_id;
    const right = first!.right_id;

    const list = await worklist();
    expect(list.items.map((i) => i.householdId)).toContain(household);
    expect((await worklist({ right })).items.every((i) => i.rights.some((r) => r.right === right))).toBe(true);

    await assignHousehold(database, world.coordinator, household, world.worker.id);
    expect((await worklist({ assignee: world.worker.id })).items.map((i) => i.householdId)).toContain(household);

    await recordOutreach(database, world.worker, household, { kind: 'home-visit', outcome: 'reached', right, note: 'Huisbezoek, uitleg gegeven', follow_up_on: '2026-12-01' });
    const letter = await recordOutreach(database, world.worker, household, { kind: 'letter', outcome: 'planned', right, language: 'fr' });
    expect(letter.hasLetter).toBe(true);
    const pdf = Buffer.from(await readLetter(database, world.worker, letter.id));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    await recordTransition(database, world.worker, household, { right, state: 'aangevraagd' });
    await recordTransition(database, world.worker, household, { right, state: 'toegekend', evidence: { beslissing: 'OCMW-raad 2026-11-20' } });
    const history = (await readLedger(database, world.worker, household)).filter((t) => t.right === right);
    expect(history.map((t) => t.state)).toEqual(['mogelijk-recht', 'gecontacteerd', 'contact-gepland', 'aangevraagd', 'toegekend']);
    expect(history.every((t) => t.catalogVersion === run.catalog_version)).toBe(true);
    expect(history[0]!.inputSnapshot).toHaveProperty('persons');
    // The steps a worker wrote show the facts they rested on too (stored in the row, not empty).
    const stored = await detectionDb(database).selectFrom('ledger_transitions').select(['id', 'input_snapshot']).where('household_id', '=', household).where('right_id', '=', right).where('screening_run_id', 'is', null).execute();
    expect(stored).toHaveLength(4);
    for (const row of stored) expect(history.find((t) => t.id === Number(row.id))!.inputSnapshot).toEqual(row.input_snapshot);
    expect((history.at(-1)!.inputSnapshot as { persons: unknown[] }).persons.length).toBeGreaterThan(0);
    expect(history.at(-1)!.actorLabel).toBe(world.worker.email);
    expect(history.at(-1)!.actorName).toBe(world.worker.name);
    expect(history[0]!.actorName).toBeNull();
    expect(currentStates(history).map((t) => t.state)).toEqual(['toegekend']);
    // Granted: no longer on the worklist for that right.
    const after = (await worklist()).items.find((i) => i.householdId === household);
    expect(after?.rights.some((r) => r.right === right) ?? false).toBe(false);
  });

  it('never rewrites history and needs a reason for a refusal', async () => {
    await expect(database.query('update ledger_transitions set state = $1', ['toegekend'])).rejects.toThrow(/append-only/);
    await expect(database.query('delete from ledger_transitions')).rejects.toThrow(/append-only/);
    const [c] = await candidates((await screen()).id);
    await expect(recordTransition(database, world.worker, c!.household_id, { right: c!.right_id, state: 'geweigerd' })).rejects.toMatchObject({ code: 'reason-required' });
  });

  it('respects afgezien in later runs until the situation changes', async () => {
    const run = await screen();
    const c = (await candidates(run.id)).find((r) => r.status === 'eligible');
    const { household_id: household, right_id: right } = c!;
    await recordTransition(database, world.worker, household, { right, state: 'afgezien', reason: 'Wil dit niet aanvragen' });
    const respected = await screen();
    expect(respected.respected).toBeGreaterThanOrEqual(1);
    const stillThere = async (runId: number) => (await candidates(runId)).some((r) => r.household_id === household && r.right_id === right);
    expect(await stillThere(respected.id)).toBe(false);
    // The same value confirmed again on a later day by the register: the inputs changed, so the
    // decline no longer covers them and the right is detected again.
    const read = factsOfRight(catalogForRun().catalog, right);
    const [fact] = await database.query<{ entity_type: string; entity_id: number; fact_id: string; value: unknown }>(
      `select entity_type, entity_id, fact_id, value from current_facts
        where (entity_type = 'household' and entity_id = $1 and fact_id = any($2::text[]))
           or (entity_type = 'person' and fact_id = any($3::text[]) and entity_id in (select person_id from household_memberships where household_id = $1))
        order by fact_id limit 1`,
      [household, read.household, read.person],
    );
    await database.query(`insert into facts (entity_type, entity_id, fact_id, value, source, observed_on) values ($1, $2, $3, $4, 'register', $5)`, [
      fact!.entity_type,
      fact!.entity_id,
      fact!.fact_id,
      JSON.stringify(fact!.value),
      AT,
    ]);
    expect(await stillThere((await screen()).id)).toBe(true);
  });

  it('honours an opt-out of proactive contact: no outreach, not on the worklist', async () => {
    const list = await worklist();
    const target = list.items[0]!;
    const [member] = await database.query<{ person_id: number }>('select person_id from household_memberships where household_id = $1 order by id limit 1', [target.householdId]);
    await recordContactPreference(database, world.worker, member!.person_id, { opted_out: true, note: 'Wil niet gebeld worden' });
    await expect(recordOutreach(database, world.worker, target.householdId, { kind: 'phone', outcome: 'planned', right: target.rights[0]!.right })).rejects.toMatchObject({ status: 409, code: 'contact-opt-out' });
    const after = await worklist();
    expect(after.items.map((i) => i.householdId)).not.toContain(target.householdId);
    expect(after.optedOut).toBeGreaterThanOrEqual(1);
  });

  it('names contradicting facts and leaves the right undetermined', async () => {
    const [row] = await database.query<{ household_id: number; person_id: number }>(
      `select m.household_id, m.person_id from household_memberships m join dossiers d on d.household_id = m.household_id
        where d.organisation_id = $1 and d.status <> 'closed' and m.role = 'aanvrager' order by m.household_id limit 1`,
      [world.ocmwId],
    );
    for (const [value, source] of [['samenwonend', 'register'], ['alleenstaand', 'self-declared']] as const) {
      await database.query(`insert into facts (entity_type, entity_id, fact_id, value, source, observed_on) values ('person', $1, 'leefloon_category', $2, $3, $4)`, [row!.person_id, JSON.stringify(value), source, AT]);
    }
    const run = await screen();
    const rows = await detectionDb(database).selectFrom('screening_results').selectAll().where('run_id', '=', run.id).where('household_id', '=', row!.household_id).execute();
    const withConflict = rows.filter((r) => JSON.stringify(r.conflicts).includes('leefloon_category'));
    expect(withConflict.length).toBeGreaterThan(0);
    expect(withConflict.every((r) => r.status === 'undetermined')).toBe(true);
    const { catalog } = catalogForRun();
    expect(withConflict.every((r) => factsOfRight(catalog, r.right_id).person.includes('leefloon_category'))).toBe(true);
  });
});
