import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluatePopulation, populationFromSituations } from '../src/index.ts';
import { evaluatePopulationParallel, readCatalogDirectory } from '../src/node/index.ts';
import { dateArbitrary, situationArbitrary } from './generate.ts';
import { EXAMPLES, exampleCatalog } from './helpers.ts';

const catalog = exampleCatalog();
const files = readCatalogDirectory(EXAMPLES);

describe('batch evaluator on several worker threads', () => {
  it('gives exactly the single-threaded result', async () => {
    const [situations, date] = fc.sample(fc.tuple(fc.array(situationArbitrary(catalog), { minLength: 30, maxLength: 30 }), dateArbitrary), { numRuns: 1, seed: 7 })[0]!;
    const population = populationFromSituations(situations, catalog.vocabulary);
    const single = evaluatePopulation(catalog, population, date);
    const parallel = await evaluatePopulationParallel([files.facts, ...files.rights], population, date, { workers: 3 });
    expect(parallel.rights).toEqual(single.rights);
    expect([...parallel.status]).toEqual([...single.status]);
    expect([...parallel.amount]).toEqual([...single.amount]);
  });
});
