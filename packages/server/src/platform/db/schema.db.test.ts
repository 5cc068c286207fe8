import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './connect.ts';
import { openTestDatabase } from './test-database.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await database.query("insert into municipalities (nis_code, name) values ('99001', 'Kansendonk')");
});
afterAll(async () => {
  await database.close();
});

async function addFact(entityId: number, value: unknown, recordedAt: string): Promise<void> {
  await database.db
    .insertInto('facts')
    .values({
      entity_type: 'person',
      entity_id: entityId,
      fact_id: 'net_income_monthly',
      value: JSON.stringify(value),
      source: 'self-declared',
      observed_on: '2026-10-01',
      recorded_at: recordedAt,
    })
    .execute();
}

describe('core schema', () => {
  it('accepts valid national register numbers of both centuries and rejects a wrong check', async () => {
    const insert = (nrn: string) =>
      database.db.insertInto('persons').values({ given_name: 'Test', family_name: 'Persoon', national_register_number: nrn }).execute();
    await insert('85073003328'); // born 1985: 97 - (850730033 mod 97) = 28
    await insert('17073003384'); // born 2017: 97 - (2170730033 mod 97) = 84
    await expect(insert('85073003329')).rejects.toThrow(/check/);
    await expect(insert('8507300332')).rejects.toThrow(/check/);
  });

  it('keeps fact history: the latest recorded value is current, updates and deletes are refused', async () => {
    await addFact(1, 900, '2026-10-01T10:00:00Z');
    await addFact(1, 1100, '2026-10-05T10:00:00Z');
    const current = await database.db.selectFrom('current_facts').select(['value']).where('entity_id', '=', 1).execute();
    expect(current).toEqual([{ value: 1100 }]);
    await expect(database.query("update facts set value = '1' where entity_id = 1")).rejects.toThrow(/append-only/);
    await expect(database.query('delete from facts where entity_id = 1')).rejects.toThrow(/append-only/);
    await expect(database.query('truncate facts')).rejects.toThrow(/append-only/);
    const history = await database.db.selectFrom('facts').select('value').where('entity_id', '=', 1).execute();
    expect(history).toHaveLength(2);
  });

  it('reads dates as plain strings and stores JSON values of every shape', async () => {
    await addFact(2, { nested: [1, 'a'] }, '2026-10-01T10:00:00Z');
    await addFact(3, 'huurder-privaat', '2026-10-01T10:00:00Z');
    const rows = await database.db
      .selectFrom('facts')
      .select(['entity_id', 'value', 'observed_on'])
      .where('entity_id', 'in', [2, 3])
      .orderBy('entity_id')
      .execute();
    expect(rows).toEqual([
      { entity_id: 2, value: { nested: [1, 'a'] }, observed_on: '2026-10-01' },
      { entity_id: 3, value: 'huurder-privaat', observed_on: '2026-10-01' },
    ]);
  });

  it('rolls a transaction back when its function throws', async () => {
    await expect(
      database.transaction(async (tx) => {
        await tx.db.insertInto('municipalities').values({ nis_code: '99002', name: 'Beekveld' }).execute();
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    const rows = await database.db.selectFrom('municipalities').select('nis_code').execute();
    expect(rows).toEqual([{ nis_code: '99001' }]);
  });
});
