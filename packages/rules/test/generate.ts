import fc from 'fast-check';
import type { Catalog, Situation } from '../src/index.ts';
import type { FactDefinition } from '../src/facts/vocabulary.ts';

const ROLES = ['aanvrager', 'partner', 'kind', 'andere'] as const;

/** Values near the thresholds the example rules use, so every branch is reached. */
function valueOf(def: FactDefinition): fc.Arbitrary<unknown> {
  switch (def.type) {
    case 'date':
      return fc.integer({ min: -20000, max: 20800 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
    case 'money':
      return fc.oneof(fc.constantFrom(0, 600, 700, 1300, 1350, 1800, 10000, 20000), fc.integer({ min: 0, max: 4000000 }).map((c) => c / 100));
    case 'number':
      return fc.oneof(fc.constantFrom(0, 65, 66, 80, 90), fc.integer({ min: 0, max: 100 }));
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...def.values!);
    case 'string':
      return def.id === 'municipality_nis' ? fc.constantFrom('99001', '99002') : fc.string({ maxLength: 3 });
  }
}

/** A fact as a situation may hold it: missing, plain, or with provenance. */
function factInput(def: FactDefinition): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: valueOf(def) },
    {
      weight: 1,
      arbitrary: fc.record({
        value: valueOf(def),
        source: fc.constantFrom('register', 'attest', 'self-declared', 'worker'),
        observed: fc.integer({ min: 19000, max: 20800 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10)),
      }),
    },
  );
}

function facts(defs: FactDefinition[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(defs.map((d) => [d.id, factInput(d)]))).map((r) =>
    Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)),
  );
}

/** Random households (0-5 members, any roles) over a catalogue's vocabulary. */
export function situationArbitrary(catalog: Catalog): fc.Arbitrary<Situation> {
  const defs = [...catalog.vocabulary.facts.values()];
  const person = fc.record({ role: fc.constantFrom(...ROLES), facts: facts(defs.filter((d) => d.entity === 'person')) });
  return fc.record({
    household: fc.record({ facts: facts(defs.filter((d) => d.entity === 'household')) }),
    persons: fc.array(person, { maxLength: 5 }).map((ps) => ps.map((p, i) => ({ id: `p${i + 1}`, ...p }))),
  }) as fc.Arbitrary<Situation>;
}

/** Random evaluation dates around the example parameters' changes. */
export const dateArbitrary = fc
  .integer({ min: 20000, max: 20800 })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
