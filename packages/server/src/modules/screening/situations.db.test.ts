import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { loadSituations } from './situations.ts';

// How a screening reads a household's facts: the newest observation, a source correcting
// itself, and two sources that disagree on the newest day (a conflict, never a silent choice).
let database: Database;
let householdId: number;
let personId: number;

beforeAll(async () => {
  database = await openTestDatabase();
  householdId = (await database.query<{ id: number }>('insert into households default values returning id'))[0]!.id;
  personId = (await database.query<{ id: number }>("insert into persons (given_name, family_name) values ('Test', 'Persoon') returning id"))[0]!.id;
  await database.query("insert into household_memberships (household_id, person_id, role, valid_from) values ($1, $2, 'aanvrager', '2020-01-01')", [householdId, personId]);
  const fact = (entity: 'household' | 'person', id: number, factId: string, value: unknown, source: string, observed: string, recorded: string) =>
    database.query('insert into facts (entity_type, entity_id, fact_id, value, source, observed_on, recorded_at) values ($1, $2, $3, $4, $5, $6, $7)', [entity, id, factId, JSON.stringify(value), source, observed, recorded]);
  // A source corrects itself on the same day: its latest recording counts.
  await fact('person', personId, 'net_income_monthly', 900, 'self-declared', '2026-10-01', '2026-10-02T09:00:00Z');
  await fact('person', personId, 'net_income_monthly', 950, 'self-declared', '2026-10-01', '2026-10-03T09:00:00Z');
  // A later observation wins even when it was recorded before an older one.
  await fact('household', householdId, 'rent_monthly', 700, 'register', '2026-09-01', '2026-09-02T09:00:00Z');
  await fact('household', householdId, 'rent_monthly', 650, 'attest', '2026-06-01', '2026-10-05T09:00:00Z');
  // Two sources disagree on the newest day.
  await fact('person', personId, 'leefloon_category', 'alleenstaande', 'register', '2026-10-01', '2026-10-02T09:00:00Z');
  await fact('person', personId, 'leefloon_category', 'samenwonende', 'worker', '2026-10-01', '2026-10-02T10:00:00Z');
  // Two sources agree: no conflict; the latest recording is the one shown.
  await fact('household', householdId, 'tenure', 'huurder-privaat', 'register', '2026-10-01', '2026-10-02T09:00:00Z');
  await fact('household', householdId, 'tenure', 'huurder-privaat', 'self-declared', '2026-10-01', '2026-10-02T11:00:00Z');
  // Observed after the screening date: not yet known then.
  await fact('household', householdId, 'neighbourhood', 'centrum', 'register', '2026-12-01', '2026-10-02T09:00:00Z');
});
afterAll(async () => {
  await database?.close();
});

describe('loading situations for a screening', () => {
  it('takes the newest observation, a correction of the same source, and names conflicting sources instead of choosing', async () => {
    const [loaded] = await loadSituations(database, [householdId], ['net_income_monthly', 'rent_monthly', 'leefloon_category', 'tenure', 'neighbourhood'], '2026-11-01');
    expect(loaded!.situation.household!.facts).toEqual({
      rent_monthly: { value: 700, source: 'register', observed: '2026-09-01' },
      tenure: { value: 'huurder-privaat', source: 'self-declared', observed: '2026-10-01' },
    });
    expect(loaded!.situation.persons![0]!.facts).toEqual({ net_income_monthly: { value: 950, source: 'self-declared', observed: '2026-10-01' } });
    expect(loaded!.conflicts).toEqual([
      {
        entity: 'person',
        person: String(personId),
        fact: 'leefloon_category',
        values: expect.arrayContaining([
          { value: 'alleenstaande', source: 'register' },
          { value: 'samenwonende', source: 'worker' },
        ]),
      },
    ]);
  });

  it('reads only the facts asked for', async () => {
    const [loaded] = await loadSituations(database, [householdId], ['rent_monthly'], '2026-11-01');
    expect(Object.keys(loaded!.situation.household!.facts!)).toEqual(['rent_monthly']);
    expect(loaded!.situation.persons![0]!.facts).toEqual({});
  });
});
