import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '@springplank/server/platform/db/test-database.ts';
import type { Database } from '@springplank/server/platform/db/connect.ts';
import { compileSql, evaluate, householdRanges, rangeParameters, runInRanges, evaluatePopulation, populationFromSituations, sqlSchema, STATUS_CODE, type Situation } from '../src/index.ts';
import { dateArbitrary, situationArbitrary } from './generate.ts';
import { exampleCatalog } from './helpers.ts';
import { runCompiled, runSql } from './sql-helpers.ts';

const catalog = exampleCatalog();
let database: Database;

beforeAll(async () => {
  database = await openTestDatabase({ migrate: false });
  for (const statement of sqlSchema(catalog.vocabulary).split('\n')) await database.query(statement);
});
afterAll(async () => {
  await database?.close();
});

/** runSql on the example catalogue, checking too that a run split into household ranges gives the same rows. */
async function runSqlInRanges(situations: Situation[], date: string) {
  const { compiled, rows } = await runSql(database, catalog, situations, date);
  // The same query over ranges of households (as two PostgreSQL sessions would share a run)
  // gives the same rows; on one session the ranges run one after the other.
  const parts = await runInRanges([database], householdRanges(1, situations.length, 3), (db, range) => runCompiled(db, compiled, rangeParameters(compiled, range)));
  expect(parts.flat()).toEqual(rows);
  return { compiled, rows };
}

describe('SQL compiler', () => {
  it('compiles a right into parameterised SQL with the date as $1', () => {
    const compiled = compileSql(catalog, '2025-06-01', { rights: ['voorbeeld-zorgtoeslag'] });
    expect(compiled.parameters[0]).toBe('2025-06-01');
    expect(compiled.sql).toContain('p."disability_percentage"');
    // the 2026 scale has a third bracket; in 2025 it reads as an empty bracket above everything
    expect(compiled.sql).toContain("'Infinity'::float8");
    expect(compiled.rights).toEqual(['voorbeeld-zorgtoeslag']);
  });

  it('a false condition that rests on a self-declared fact stays to confirm next to a certain true one (all/any)', async () => {
    // A kind born in 1970 (self-declared): "a minor child lives here" is false only on that
    // fact, while "there is a kind" is certain; the senior premium is then to confirm.
    const situation: Situation = {
      household: { facts: { tenure: 'huurder-privaat' } },
      persons: [
        { id: 'p1', role: 'kind', facts: { date_of_birth: { value: '1970-01-01', source: 'self-declared', observed: '2024-01-08' } } },
        { id: 'p2', role: 'aanvrager', facts: { date_of_birth: '1959-10-12', net_income_monthly: 0 } },
      ],
    };
    const { compiled, rows } = await runSqlInRanges([situation], '2024-10-12');
    const k = compiled.rights.indexOf('voorbeeld-ouderenpremie');
    expect(evaluate(catalog, situation, '2024-10-12').outcomes.find((o) => o.right === 'voorbeeld-ouderenpremie')?.status).toBe('eligible-if-confirmed');
    expect(Number(rows[0]![`s${k}`])).toBe(STATUS_CODE['eligible-if-confirmed']);
  });

  it('interpreter, batch evaluator and SQL agree on outcome and amount for every household × right', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(situationArbitrary(catalog), { minLength: 1, maxLength: 12 }), dateArbitrary, async (situations, date) => {
        const { compiled, rows } = await runSqlInRanges(situations, date);
        const batch = evaluatePopulation(catalog, populationFromSituations(situations, catalog.vocabulary), date);
        expect(rows).toHaveLength(situations.length);
        situations.forEach((s, h) => {
          const row = rows[h]!;
          for (const o of evaluate(catalog, s, date, { explain: false, nearMiss: false }).outcomes) {
            const k = compiled.rights.indexOf(o.right);
            const b = batch.rights.indexOf(o.right);
            const where = `${o.right}, household ${h}, ${date}`;
            expect(Number(row[`s${k}`]), `SQL ${where}`).toBe(STATUS_CODE[o.status]);
            expect(batch.status[b * batch.households + h], `batch ${where}`).toBe(STATUS_CODE[o.status]);
            const sqlAmount = row[`a${k}`];
            const batchAmount = batch.amount[b * batch.households + h]!;
            if (o.amount === null) {
              expect(sqlAmount, `SQL amount ${where}`).toBeNull();
              expect(batchAmount, `batch amount ${where}`).toBeNaN();
            } else {
              expect(Number(sqlAmount), `SQL amount ${where}`).toBeCloseTo(o.amount, 9);
              expect(batchAmount, `batch amount ${where}`).toBeCloseTo(o.amount, 9);
            }
          }
        });
      }),
      { numRuns: 25 },
    );
  }, 300_000);
});
