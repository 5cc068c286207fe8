import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Situation } from '@springplank/rules';
import { describe, expect, it } from 'vitest';
import { CATALOG_DIR, explorerCatalog } from '../explorer/explorer.catalog.ts';
import { factsOfRight, inputSnapshot, inputSnapshots } from './ledger.snapshot.ts';

// A screening builds input snapshots its own, faster way; outreach and grant runs use
// inputSnapshot. An `afgezien` recorded by one is compared with a hash made by the other, so the
// two must agree byte for byte, also for text that is not ASCII.
const { catalog } = explorerCatalog();
const rights = [...catalog.rights.keys()];
const examples = readdirSync(join(CATALOG_DIR, 'examples')).map((f) => JSON.parse(readFileSync(join(CATALOG_DIR, 'examples', f), 'utf8')) as Situation);
const accented: Situation = {
  household: { facts: { neighbourhood: { value: 'Sint-Amandsberg – Dampoort ë', source: 'worker', observed: '2026-10-01' }, rent_monthly: 720 } },
  persons: [
    { id: 'p-ü', role: 'aanvrager', facts: { date_of_birth: '1961-02-03', leefloon_category: 'alleenstaand' } },
    { id: 'p2', role: 'kind', facts: { date_of_birth: '2014-06-30' } },
  ],
};

describe('input snapshots of a screening', () => {
  it('give every right of every example the text and hash inputSnapshot gives', () => {
    for (const situation of [...examples, accented]) {
      const snapshots = inputSnapshots(catalog, situation);
      for (const right of rights) {
        const { json, hash } = inputSnapshot(catalog, right, situation);
        expect(snapshots.of(right), right).toEqual({ json, hash });
      }
    }
  });

  it('store the union of the rights’ facts, which narrowed to one right is that right’s snapshot', () => {
    const situation = examples[0]!;
    const chosen = rights.slice(0, 5);
    const union = JSON.parse(inputSnapshots(catalog, situation).union(chosen)) as { household: Record<string, unknown>; persons: { facts: Record<string, unknown> }[] };
    for (const right of chosen) {
      const facts = factsOfRight(catalog, right);
      const narrowed = {
        household: Object.fromEntries(facts.household.filter((f) => f in union.household).map((f) => [f, union.household[f]])),
        persons: union.persons.map((p) => ({ ...p, facts: Object.fromEntries(facts.person.filter((f) => f in p.facts).map((f) => [f, p.facts[f]])) })),
      };
      expect(narrowed).toEqual(inputSnapshot(catalog, right, situation).snapshot);
    }
  });
});
