import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, type FactInput, type Situation } from '@springplank/rules';
import { loadCatalogDirectory } from '@springplank/rules/node';
import type { DemoFact } from './facts.ts';
import { DEMO_DEFAULTS, generateDemo, type DemoHousehold } from './generate.ts';

/** The latest observation of every fact, with its provenance, as the situation contract has it. */
function situationFacts(facts: readonly DemoFact[]): Record<string, FactInput> {
  const out: Record<string, FactInput> = {};
  const sorted = [...facts].sort((a, b) => a.observedOn.localeCompare(b.observedOn));
  for (const f of sorted) out[f.factId] = { value: f.value, source: f.source, observed: f.observedOn };
  return out;
}

function situation(household: DemoHousehold): Situation {
  return {
    household: { facts: situationFacts(household.facts) },
    persons: household.persons
      .filter((p) => p.validUntil === null)
      .map((p) => ({ id: `p${p.id}`, role: p.role, facts: situationFacts(p.facts) })),
  };
}

describe('the demo in the rules engine', () => {
  const loaded = loadCatalogDirectory(fileURLToPath(new URL('../../../../../catalog', import.meta.url)));

  it('is accepted as situations and yields every outcome status, undetermined included', () => {
    if (!loaded.ok) throw new Error(`the catalogue does not load: ${loaded.errors.length} errors`);
    const statuses = new Map<string, number>();
    for (const household of generateDemo({ households: 300, seed: DEMO_DEFAULTS.seed })) {
      for (const outcome of evaluate(loaded.catalog, situation(household), DEMO_DEFAULTS.referenceDate).outcomes) {
        statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
      }
    }
    for (const status of ['eligible', 'eligible-if-confirmed', 'undetermined', 'not-eligible']) {
      expect(statuses.get(status) ?? 0, status).toBeGreaterThan(0);
    }
  });
});
