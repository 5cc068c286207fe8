import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, STATUS_CODE } from '../src/index.ts';
import { evaluatePopulation } from '../src/batch/evaluate.ts';
import { populationFromSituations } from '../src/batch/population.ts';
import { dateArbitrary, situationArbitrary } from './generate.ts';
import { exampleCatalog } from './helpers.ts';

const catalog = exampleCatalog();

describe('batch evaluator', () => {
  it('gives the interpreter’s outcome and amount for every household × right', () => {
    fc.assert(
      fc.property(fc.array(situationArbitrary(catalog), { minLength: 1, maxLength: 20 }), dateArbitrary, (situations, date) => {
        const batch = evaluatePopulation(catalog, populationFromSituations(situations, catalog.vocabulary), date, { chunk: 7 });
        situations.forEach((s, h) => {
          const single = evaluate(catalog, s, date, { explain: false, nearMiss: false });
          single.outcomes.forEach((o) => {
            const r = batch.rights.indexOf(o.right);
            const where = `${o.right} household ${h} on ${date}`;
            expect(batch.status[r * batch.households + h], where).toBe(STATUS_CODE[o.status]);
            const amount = batch.amount[r * batch.households + h]!;
            if (o.amount === null) expect(amount, where).toBeNaN();
            else expect(amount, where).toBeCloseTo(o.amount, 9);
          });
        });
      }),
      { numRuns: 150 },
    );
  });
});
