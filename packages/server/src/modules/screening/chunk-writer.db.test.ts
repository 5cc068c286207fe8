import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { arrayText } from './chunk-writer.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('arrayText', () => {
  it('gives PostgreSQL exactly the texts, numbers and nulls of a chunk, whatever characters they hold', async () => {
    const texts = ['leefloon', '', 'NULL', 'a,b', '{x}', 'say "hi"', 'back\\slash', '[{"entity":"person","fact":"net_income_monthly","person":"12"}]', 'é ü ∑', null];
    const [row] = await database.query<{ t: (string | null)[]; n: string[] }>('select $1::text[] as t, $2::numeric[]::text[] as n', [arrayText(texts), arrayText([0, -5, 1234.56, 0.1 + 0.2, 1e21, null])]);
    expect(row!.t).toEqual(texts);
    expect(row!.n).toEqual(['0', '-5', '1234.56', '0.30000000000000004', '1000000000000000000000', null]);
  });
});
