import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit/audit.service.ts';
import { verifyPassword } from '../../platform/auth/password.ts';
import type { Database } from '../../platform/db/index.ts';
import { ROLES } from '../../platform/db/index.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { DEMO_PASSWORD, DEMO_USERS, DemoLoadError, generateDemo, loadDemo } from './index.ts';

const OPTIONS = { households: 300, seed: 4, chunkSize: 100 };
const expected = generateDemo(OPTIONS);
const expectedPersons = expected.reduce((n, h) => n + h.persons.length, 0);
const expectedFacts = expected.reduce((n, h) => n + h.facts.length + h.persons.reduce((m, p) => m + p.facts.length, 0), 0);
const expectedDossiers = expected.filter((h) => h.dossier !== null).length;

async function count(db: Database, table: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
  return row?.n ?? -1;
}

describe('loadDemo', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('writes every household, person, membership, fact and dossier the generator makes', async () => {
    const result = await loadDemo(db, OPTIONS);
    expect(result).toMatchObject({ status: 'loaded', households: 300, persons: expectedPersons, facts: expectedFacts, dossiers: expectedDossiers });
    expect(await count(db, 'households')).toBe(300);
    expect(await count(db, 'persons')).toBe(expectedPersons);
    expect(await count(db, 'household_memberships')).toBe(expectedPersons);
    expect(await count(db, 'facts')).toBe(expectedFacts);
    expect(await count(db, 'dossiers')).toBe(expectedDossiers);
    expect(await count(db, "municipalities where nis_code in ('99001', '99002')")).toBe(2);
    const [gebied] = await db.query<{ n: number }>(
      "select count(*)::int as n from werkingsgebied_municipalities wm join werkingsgebieden w on w.id = wm.werkingsgebied_id where w.name = 'GBO Kansendonk-Beekveld'",
    );
    expect(gebied?.n).toBe(2);
  });

  it('has a user for every role that can be found by e-mail and signs in with the demo password', async () => {
    for (const role of ROLES) {
      const users = await db.db
        .selectFrom('users')
        .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
        .select(['users.email', 'users.password_hash', 'organisations.type'])
        .where('users.role', '=', role)
        .execute();
      expect(users.length, role).toBeGreaterThan(0);
    }
    const onthaal = await db.db.selectFrom('users').select('password_hash').where('email', '=', DEMO_USERS[0]!.email).executeTakeFirstOrThrow();
    expect(await verifyPassword(DEMO_PASSWORD, onthaal.password_hash)).toBe(true);
    expect(await count(db, "users where email like '%.kansendonk.demo'")).toBe(DEMO_USERS.length);
  });

  it('links dossiers to users of the owning organisation and keeps the current facts readable', async () => {
    const wrongOwner = await db.query(
      'select d.id from dossiers d join users a on a.id = d.aanspreekpunt_user_id join users b on b.id = d.backup_user_id ' +
        'where a.organisation_id <> d.organisation_id or b.organisation_id <> d.organisation_id or a.id = b.id',
    );
    expect(wrongOwner).toEqual([]);
    const [birth] = await db.query<{ value: unknown }>(
      "select value from current_facts where entity_type = 'person' and entity_id = 1 and fact_id = 'date_of_birth'",
    );
    const firstBirth = expected[0]!.persons[0]!.facts.find((f) => f.factId === 'date_of_birth');
    expect(birth?.value).toEqual(firstBirth?.value);
  });

  it('does nothing the second time and keeps the audit chain intact', async () => {
    const again = await loadDemo(db, OPTIONS);
    expect(again.status).toBe('already-loaded');
    expect(await count(db, 'households')).toBe(300);
    expect(await loadDemo(db, { ...OPTIONS, seed: 99 })).toMatchObject({ status: 'already-loaded', seed: '4', demoHouseholds: 300, facts: 0 });
    const audit = await db.query<{ action: string; persons: number }>(
      "select action, coalesce(array_length(person_ids, 1), 0)::int as persons from audit_log where purpose = 'demo-data' order by id",
    );
    expect(audit.map((a) => a.action)).toEqual(['demo-load-start', 'demo-load-chunk', 'demo-load-chunk', 'demo-load-chunk', 'demo-load-complete']);
    expect(audit.reduce((n, a) => n + a.persons, 0)).toBe(expectedPersons);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it('lets later inserts without an id follow the demo ids', async () => {
    const row = await db.db.insertInto('persons').values({ given_name: 'Nieuw', family_name: 'Persoon' }).returning('id').executeTakeFirstOrThrow();
    expect(row.id).toBe(expectedPersons + 1);
  });
});

describe('loadDemo after an interruption', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('refuses different options and finishes the interrupted load with the same options', async () => {
    const stop = new Error('interrupted');
    await expect(
      loadDemo(db, {
        ...OPTIONS,
        onProgress: () => {
          throw stop;
        },
      }),
    ).rejects.toBe(stop);
    expect(await count(db, 'households')).toBe(100);
    await expect(loadDemo(db, { ...OPTIONS, seed: 5 })).rejects.toBeInstanceOf(DemoLoadError);
    const resumed = await loadDemo(db, OPTIONS);
    expect(resumed).toMatchObject({ status: 'resumed', households: 200 });
    expect(await count(db, 'households')).toBe(300);
    expect(await count(db, 'facts')).toBe(expectedFacts);
  });

  it('rejects a size outside 1 to 1,000,000', async () => {
    await expect(loadDemo(db, { households: 0 })).rejects.toBeInstanceOf(DemoLoadError);
    await expect(loadDemo(db, { households: 1_000_001 })).rejects.toBeInstanceOf(DemoLoadError);
  });
});
