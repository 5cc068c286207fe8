import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '@springplank/server/platform/db/test-database.ts';
import type { Database } from '@springplank/server/platform/db/connect.ts';
import { evaluate, sqlSchema, STATUS_CODE } from '../src/index.ts';
import { dateArbitrary, situationArbitrary } from './generate.ts';
import { shippedCatalog } from './helpers.ts';
import { runSql } from './sql-helpers.ts';

/**
 * The SQL compiler on the full catalogue (catalog/): rights that read other rights in later
 * stages, person rights of later stages, scales over the household size and aggregates the
 * example catalogue does not have. Interpreter and SQL must give every household the same
 * status and amount.
 */
const catalog = shippedCatalog();
const tables = { households: 'catalog_households', persons: 'catalog_persons' };
let database: Database;

describe('SQL compiler on the full catalogue', () => {
  beforeAll(async () => {
    database = await openTestDatabase({ migrate: false });
    for (const statement of sqlSchema(catalog.vocabulary, tables).split('\n')) await database.query(statement);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('interpreter and SQL agree on outcome and amount for every household × right', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(situationArbitrary(catalog), { minLength: 1, maxLength: 8 }), dateArbitrary, async (situations, date) => {
        const { compiled, rows } = await runSql(database, catalog, situations, date, tables);
        expect(rows).toHaveLength(situations.length);
        situations.forEach((s, h) => {
          for (const o of evaluate(catalog, s, date, { explain: false, nearMiss: false }).outcomes) {
            const k = compiled.rights.indexOf(o.right);
            const where = `${o.right}, household ${h}, ${date}`;
            expect(Number(rows[h]![`s${k}`]), `SQL ${where}`).toBe(STATUS_CODE[o.status]);
            if (o.amount === null) expect(rows[h]![`a${k}`], `SQL amount ${where}`).toBeNull();
            else expect(Number(rows[h]![`a${k}`]), `SQL amount ${where}`).toBeCloseTo(o.amount, 9);
          }
        });
      }),
      { numRuns: 15 },
    );
  }, 300_000);
});
