import { describe, expect, it } from 'vitest';
import { runTests } from '../src/index.ts';
import { exampleCatalog } from './helpers.ts';

const catalog = exampleCatalog();

const failing = {
  path: 'rights/voorbeeld-basisinkomen.test.yaml',
  text: `- name: koppel één euro boven de grens
  date: 2025-06-01
  situation:
    household: { facts: { tenure: huurder-sociaal } }
    persons:
      - { id: p1, role: aanvrager, facts: { date_of_birth: 1985-03-02, net_income_monthly: 701 } }
      - { id: p2, role: partner, facts: { date_of_birth: 1986-04-02, net_income_monthly: 600 } }
  expect: { status: eligible, amount: 1200, unknown: [meerderjarig] }
`,
};

describe('YAML test runner', () => {
  it('prints expected vs actual status, the condition that differs, and the amount', () => {
    const report = runTests(catalog, [failing]);
    expect(report).toMatchObject({ passed: 0, failed: 1 });
    const [c] = report.cases;
    expect(c).toMatchObject({ right: 'voorbeeld-basisinkomen', line: 1, name: 'koppel één euro boven de grens' });
    expect(c!.diff).toEqual([
      'status: expected eligible, got not-eligible',
      '  ✗ The net income of you and your partner together is not above the limit. (your value: € 1,301, limit: € 1,300, € 1 too high)',
      'amount: expected 1200, got null',
      'unknown: expected condition "meerderjarig" to be unknown, it is met',
    ]);
  });

  it('reports a test file for a right that does not exist', () => {
    const report = runTests(catalog, [{ path: 'rights/bestaat-niet.test.yaml', text: '- { name: x, date: 2025-01-01, situation: {}, expect: { status: eligible } }' }]);
    expect(report.cases[0]!.diff[0]).toContain('there is no right "bestaat-niet"');
  });
});
