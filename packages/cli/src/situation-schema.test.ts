import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFactsFile } from './facts-file.ts';
import { situationValidator } from './situation-schema.ts';

const facts = parseFactsFile(readFileSync(new URL('../../../catalog/facts.yaml', import.meta.url), 'utf8'));
const validate = situationValidator(facts);

describe('the situation schema generated from facts.yaml', () => {
  it('accepts plain values, null and values with provenance', () => {
    expect(validate({
      household: { facts: { municipality_nis: '99001', tenure: 'huurder-sociaal', rent_monthly: null } },
      persons: [
        { id: 'p1', role: 'aanvrager', facts: { date_of_birth: '1985-03-02', net_income_monthly: { value: 900, source: 'self-declared', observed: '2026-10-01' } } },
        { id: 'p2', role: 'kind', facts: { school_level: { value: 'lager', source: 'attest' } } },
      ],
    })).toEqual([]);
  });

  it('rejects a value of the wrong type, naming the fact and what it expects', () => {
    expect(validate({ persons: [{ id: 'p1', role: 'aanvrager', facts: { tenure: 'huurder-sociaal', igo: 'ja' } }] })).toEqual([
      { path: 'persons[0].facts.tenure', fact: 'tenure', message: expect.stringContaining('unknown fact "tenure" for a person') },
      { path: 'persons[0].facts.igo', fact: 'igo', message: 'fact "igo" has an invalid value; expected true or false' },
    ]);
  });

  it('rejects an unknown provenance source and a value outside the allowed list', () => {
    const problems = validate({
      household: { facts: { tenure: 'kraakpand' } },
      persons: [{ id: 'p1', role: 'aanvrager', facts: { pension: { value: true, source: 'buurman' } } }],
    });
    expect(problems.map((p) => [p.path, p.fact])).toEqual(expect.arrayContaining([
      ['household.facts.tenure', 'tenure'],
      ['persons[0].facts.pension', 'pension'],
    ]));
    expect(problems.find((p) => p.fact === 'tenure')?.message).toContain('huurder-privaat, huurder-sociaal, eigenaar, dakloos, andere');
  });

  it('requires the list of persons, each with an id and a role', () => {
    expect(validate({ household: { facts: {} } })).toEqual([{ path: '(root)', fact: null, message: 'missing "persons"' }]);
  });
});
