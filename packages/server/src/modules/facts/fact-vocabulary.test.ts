import { describe, expect, it } from 'vitest';
import { factSpecs, factValueProblem } from './fact-vocabulary.ts';

describe('fact vocabulary', () => {
  const specs = factSpecs();

  it('knows the core facts of the shared contract', () => {
    for (const id of ['date_of_birth', 'net_income_monthly', 'municipality_nis', 'tenure', 'verhoogde_tegemoetkoming']) {
      expect(specs.has(id)).toBe(true);
    }
  });

  it('accepts values of the declared type and entity', () => {
    expect(factValueProblem(specs.get('date_of_birth')!, 'person', '1985-03-02')).toBeUndefined();
    expect(factValueProblem(specs.get('net_income_monthly')!, 'person', 900)).toBeUndefined();
    expect(factValueProblem(specs.get('tenure')!, 'household', 'huurder-privaat')).toBeUndefined();
    expect(factValueProblem(specs.get('verhoogde_tegemoetkoming')!, 'person', true)).toBeUndefined();
  });

  it('names what is wrong with a value of the wrong type, code or entity', () => {
    expect(factValueProblem(specs.get('net_income_monthly')!, 'person', '900')).toMatch(/number/);
    expect(factValueProblem(specs.get('tenure')!, 'household', 'kasteel')).toMatch(/huurder-privaat/);
    expect(factValueProblem(specs.get('date_of_birth')!, 'person', '02/03/1985')).toMatch(/YYYY-MM-DD/);
    expect(factValueProblem(specs.get('tenure')!, 'person', 'eigenaar')).toMatch(/household/);
  });
});
