import { dependentRights, rightFacts } from '@springplank/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { recordFact } from '../facts/fact.service.ts';
import { recordTransition, today } from '../ledger/ledger.service.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';
import { loadDetectionWorld, type DetectionWorld } from './detection-world.ts';
import { reevaluateAfterFact } from './reevaluate.ts';
import { catalogForRun } from './screening.catalog.ts';

let database: Database;
let world: DetectionWorld;

beforeAll(async () => {
  database = await openTestDatabase();
  world = await loadDetectionWorld(database, 300);
});
afterAll(async () => {
  await database?.close();
});

/** Aanvragers of households with an open dossier of the OCMW, with the household and its municipality. */
async function applicants() {
  return database.query<{ person_id: number; household_id: number; nis: string }>(
    `select m.person_id, m.household_id, h.municipality_nis as nis from household_memberships m
       join households h on h.id = m.household_id
       join dossiers d on d.household_id = h.id and d.status <> 'closed' and d.organisation_id = $1
      where m.role = 'aanvrager' and m.valid_until is null order by m.household_id`,
    [world.ocmwId],
  );
}

describe('event-driven re-evaluation', () => {
  it('re-evaluates only the rights that read a changed income fact, in the write transaction, and records the new candidate with its inputs and catalogue version', async () => {
    const { catalog, version } = catalogForRun();
    const readers = dependentRights(catalog, 'net_income_monthly');
    expect(readers.length).toBeGreaterThan(0);
    expect(readers.length).toBeLessThan(catalog.order.length);
    let detected = 0;
    for (const a of (await applicants()).slice(0, 12)) {
      await recordFact(database, world.worker, 'person', a.person_id, { fact_id: 'net_income_monthly', value: 0, source: 'worker', observed_on: today() });
      const runs = await detectionDb(database).selectFrom('screening_runs').selectAll().where('scope_key', '=', `reevaluation:household:${a.household_id}`).orderBy('id', 'desc').execute();
      const run = runs[0]!;
      expect(run.status).toBe('done');
      expect(run.catalog_version).toBe(version);
      // Exactly the rights that read the income (local ones only of the household's municipality), nothing else.
      const expected = readers.filter((id) => catalog.rights.get(id)!.level !== 'local' || catalog.rights.get(id)!.municipality === a.nis);
      expect(run.rights).toEqual(expected);
      for (const right of run.rights) expect(rightFacts(catalog, right).some((f) => f.fact === 'net_income_monthly')).toBe(true);
      // The inputs as the ledger shows them (a screening stores them once per household: ledger_inputs).
      const transitions = await detectionDb(database)
        .selectFrom('ledger_transitions')
        .innerJoin('ledger_inputs', 'ledger_inputs.id', 'ledger_transitions.id')
        .selectAll('ledger_transitions')
        .select('ledger_inputs.input_snapshot as inputs')
        .where('screening_run_id', '=', run.id)
        .execute();
      expect(transitions.length).toBe(run.candidates - (await alreadyOpen(run.id)));
      for (const t of transitions) {
        expect(t.state).toBe('mogelijk-recht');
        expect(run.rights).toContain(t.right_id);
        expect(t.catalog_version).toBe(version);
        expect(t.evidence).toMatchObject({ reevaluation: { entity: 'person', entity_id: a.person_id, fact: 'net_income_monthly' } });
        const snapshot = t.inputs as { persons: { id: string; facts: Record<string, { value: unknown; source: string }> }[] };
        expect(snapshot.persons.find((p) => p.id === String(a.person_id))?.facts.net_income_monthly).toMatchObject({ value: 0, source: 'worker' });
      }
      detected += transitions.length;
      const evaluated = await detectionDb(database).selectFrom('screening_results').select('right_id').where('run_id', '=', run.id).execute();
      for (const r of evaluated) expect(readers).toContain(r.right_id);
      // The fact write is audited together with the re-evaluation it caused.
      const [audit] = await database.query<{ details: { reevaluation_runs?: number[] } }>(
        `select details from audit_log where action = 'record-fact' and record_id = $1 order by id desc limit 1`,
        [String(a.person_id)],
      );
      expect(audit?.details.reevaluation_runs).toEqual([run.id]);
    }
    expect(detected).toBeGreaterThan(0);
  });

  it('respects an afgezien while the facts it rested on stay the same, and reopens it when they change', async () => {
    const income = (person: number, value: number) => recordFact(database, world.worker, 'person', person, { fact_id: 'net_income_monthly', value, source: 'worker', observed_on: today() });
    let case_: { person: number; household: number; right: string } | undefined;
    for (const a of (await applicants()).slice(12)) {
      await income(a.person_id, 0);
      const run = await latestRun(a.household_id);
      const [first] = await detectionDb(database).selectFrom('ledger_transitions').select('right_id').where('screening_run_id', '=', run.id).orderBy('right_id').execute();
      if (first) {
        case_ = { person: a.person_id, household: a.household_id, right: first.right_id };
        break;
      }
    }
    expect(case_).toBeDefined();
    const { person, household, right } = case_!;
    await recordTransition(database, world.worker, household, { right, state: 'afgezien' });
    // The same value, source and observation day again: the decline stands.
    await income(person, 0);
    const same = await latestRun(household);
    expect(same.respected).toBeGreaterThan(0);
    expect(await detectionDb(database).selectFrom('ledger_transitions').select('id').where('screening_run_id', '=', same.id).where('right_id', '=', right).execute()).toHaveLength(0);
    // Another income: the situation the decline rested on changed, so the right is a candidate again.
    await income(person, 10);
    const changed = await latestRun(household);
    const reopened = await detectionDb(database).selectFrom('ledger_transitions').selectAll().where('screening_run_id', '=', changed.id).where('right_id', '=', right).execute();
    expect(reopened.map((t) => t.state)).toEqual(['mogelijk-recht']);
  });

  it('puts a right that is received but no longer eligible up for review, without changing the ledger', async () => {
    const [receiving] = await database.query<{ person_id: number; household_id: number }>(
      `select m.person_id, m.household_id from household_memberships m
         join dossiers d on d.household_id = m.household_id and d.status <> 'closed' and d.organisation_id = $1
        where m.role = 'aanvrager' and m.valid_until is null
          and exists (select 1 from current_facts f where f.entity_type = 'person' and f.entity_id = m.person_id and f.fact_id = 'leefloon_category' and f.value #>> '{}' <> 'geen')
        order by m.household_id desc limit 1`,
      [world.ocmwId],
    );
    expect(receiving).toBeDefined();
    await recordFact(database, world.worker, 'person', receiving!.person_id, { fact_id: 'net_income_monthly', value: 6000, source: 'worker', observed_on: today() });
    const run = await latestRun(receiving!.household_id);
    const review = await detectionDb(database).selectFrom('screening_results').selectAll().where('run_id', '=', run.id).where('kind', '=', 'review').execute();
    expect(review.map((r) => [r.right_id, r.status])).toContainEqual(['leefloon', 'not-eligible']);
    expect(await detectionDb(database).selectFrom('ledger_transitions').select('id').where('screening_run_id', '=', run.id).where('right_id', '=', 'leefloon').execute()).toHaveLength(0);
  });

  it('does not re-evaluate a household without an open dossier', async () => {
    const [outside] = await database.query<{ id: number }>(
      `select h.id from households h where not exists (select 1 from dossiers d where d.household_id = h.id and d.status <> 'closed') order by h.id limit 1`,
    );
    expect(outside).toBeDefined();
    const result = await database.transaction((tx) => reevaluateAfterFact(tx, null, 'household', outside!.id, 'rent_monthly'));
    expect(result).toEqual([]);
  });
});

/** The newest re-evaluation of a household. */
async function latestRun(householdId: number) {
  return detectionDb(database).selectFrom('screening_runs').selectAll().where('scope_key', '=', `reevaluation:household:${householdId}`).orderBy('id', 'desc').executeTakeFirstOrThrow();
}

/** Candidates of a run that were already in progress in the ledger (no second detection). */
async function alreadyOpen(runId: number): Promise<number> {
  const [row] = await database.query<{ n: number }>(
    `select count(*)::int as n from screening_results r
      where r.run_id = $1 and r.kind = 'candidate'
        and not exists (select 1 from ledger_transitions t where t.screening_run_id = $1 and t.right_id = r.right_id)`,
    [runId],
  );
  return row?.n ?? 0;
}
