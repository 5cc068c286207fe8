import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateDemo } from './generate.ts';

interface FactDefinition {
  id: string;
  entity: 'person' | 'household';
  type: 'boolean' | 'number' | 'money' | 'date' | 'enum' | 'string';
  values?: string[];
  pattern?: string;
}

const vocabulary = parse(
  readFileSync(fileURLToPath(new URL('../../../../../catalog/facts.yaml', import.meta.url)), 'utf8'),
) as FactDefinition[];
const byId = new Map(vocabulary.map((f) => [f.id, f]));

function conforms(definition: FactDefinition, value: unknown): boolean {
  switch (definition.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
    case 'money':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0;
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
    case 'enum':
      return typeof value === 'string' && (definition.values ?? []).includes(value);
    case 'string':
      return typeof value === 'string' && (definition.pattern === undefined || new RegExp(definition.pattern).test(value));
  }
}

describe('demo facts and the situation vocabulary (catalog/facts.yaml)', () => {
  it('uses only fact ids of the vocabulary, on the right entity, with values of the right type', () => {
    const demo = generateDemo({ households: 2000, seed: 8 });
    const facts = demo.flatMap((h) => [
      ...h.facts.map((f) => ({ entity: 'household', f })),
      ...h.persons.flatMap((p) => p.facts.map((f) => ({ entity: 'person', f }))),
    ]);
    const violations = new Set<string>();
    for (const { entity, f } of facts) {
      const definition = byId.get(f.factId);
      if (definition === undefined) violations.add(`${f.factId}: not in the vocabulary`);
      else if (definition.entity !== entity) violations.add(`${f.factId}: a ${definition.entity} fact, recorded on a ${entity}`);
      else if (!conforms(definition, f.value)) violations.add(`${f.factId} = ${JSON.stringify(f.value)}: not a valid ${definition.type}`);
    }
    expect([...violations]).toEqual([]);
    expect(facts.length).toBeGreaterThan(50_000);
  });
});
