import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDays } from '../src/dates.ts';
import { evaluate, missingFacts, normalizeSituation, type Catalog } from '../src/index.ts';
import { dateArbitrary, situationArbitrary } from './generate.ts';
import { exampleCatalog, shippedCatalog } from './helpers.ts';

function sameAsInterpreter(catalog: Catalog, runs: number): void {
  fc.assert(
    fc.property(situationArbitrary(catalog), dateArbitrary, (situation, date) => {
      const outcomes = evaluate(catalog, situation, date, { explain: false, nearMiss: false }).outcomes;
      const day = toDays(date);
      const lists = missingFacts(catalog, normalizeSituation(situation, catalog.vocabulary, day), day, catalog.order);
      outcomes.forEach((o, k) => expect(lists[k], `${o.right} on ${date}`).toEqual(o.missing));
    }),
    { numRuns: runs },
  );
}

describe('missing facts for screening', () => {
  it('lists the missing facts of every right exactly as the interpreter’s outcome does (example catalogue)', () => {
    sameAsInterpreter(exampleCatalog(), 300);
  });

  it('lists the missing facts of every right exactly as the interpreter’s outcome does (shipped catalogue)', () => {
    sameAsInterpreter(shippedCatalog(), 150);
  });
});
