import { describe, expect, it } from 'vitest';
import { evaluate, renderExplanation, runTests, type Catalog } from '../src/index.ts';
import type { CoreNode } from '../src/core/nodes.ts';
import { readCatalogDirectory } from '../src/node/index.ts';
import { EXAMPLES, exampleCatalog } from './helpers.ts';

const catalog = exampleCatalog();

describe('the example catalogue', () => {
  it('passes every YAML test of every right', () => {
    const report = runTests(catalog, readCatalogDirectory(EXAMPLES).tests);
    expect(report.cases.filter((c) => !c.passed)).toEqual([]);
    expect(new Set(report.cases.map((c) => c.right))).toEqual(new Set(catalog.rights.keys()));
  });

  it('exercises every primitive node kind and operator', () => {
    const used = new Set<string>();
    const walk = (n: CoreNode): void => {
      used.add(n.kind);
      if ('op' in n) used.add(`${n.kind}:${n.op}`);
      if (n.kind === 'parameter') used.add(`parameter:${n.ref.type}`);
      if (n.kind === 'fact') used.add(`fact:${n.scope}`);
      if (n.kind === 'right') used.add(`right:${n.scope}`);
      const children = n.kind === 'compare' ? [n.left, n.right] : n.kind === 'aggregate' ? [n.where, n.of] : 'args' in n ? n.args : [];
      children.forEach((c) => c && walk(c));
    };
    for (const r of catalog.rights.values()) [r.eligibility, r.amount?.expr].forEach((n) => n && walk(n));
    for (const feature of [
      'constant', 'fact:household', 'fact:person', 'fact:it', 'parameter:date', 'parameter:value', 'parameter:bracket',
      'compare:=', 'compare:<', 'compare:<=', 'compare:>', 'compare:>=', 'arithmetic:+', 'arithmetic:*', 'arithmetic:-',
      'arithmetic:min', 'arithmetic:max', 'arithmetic:round', 'arithmetic:years_between', 'arithmetic:months_between',
      'logic:all', 'logic:any', 'logic:not', 'logic:known', 'logic:if', 'aggregate:count', 'aggregate:sum',
      'aggregate:min', 'aggregate:max', 'aggregate:any', 'aggregate:all', 'right:household',
    ]) expect(used, feature).toContain(feature);
  });
});

describe('evaluate', () => {
  const single = (income: number | { value: number; source: 'self-declared' }) => ({
    household: { facts: { tenure: 'huurder-privaat', municipality_nis: '99001' } },
    persons: [{ id: 'p1', role: 'aanvrager', facts: { date_of_birth: '1985-03-02', net_income_monthly: income } }],
  });
  const outcome = (c: Catalog, s: object, id: string) => evaluate(c, s, '2025-06-01').outcomes.find((o) => o.right === id)!;

  it('explains a condition that is not met with value, threshold and gap, and finds the near-miss', () => {
    const o = outcome(catalog, single(1612), 'voorbeeld-basisinkomen');
    expect(o.status).toBe('not-eligible');
    const income = o.explanation!.children.find((c) => c.id === 'inkomen-onder-grens')!;
    expect(income).toMatchObject({ status: 'not-met', detail: { value: 1612, threshold: 1300, gap: 312 } });
    expect(o.nearMiss).toMatchObject({ fact: 'net_income_monthly', person: 'p1', from: 1612, to: 1300, change: -312 });
    expect(renderExplanation(o, 'nl', catalog)).toContain('€ 312 te hoog');
    expect(renderExplanation(o, 'fr', catalog)).toContain('de trop');
    expect(renderExplanation(o, 'en', catalog)).toContain('Almost: with € 312 less');
  });

  it('lists self-declared facts to confirm, and derived rights inherit them', () => {
    const e = evaluate(catalog, single({ value: 800, source: 'self-declared' }), '2025-06-01');
    const basis = e.outcomes.find((o) => o.right === 'voorbeeld-basisinkomen')!;
    expect(basis.status).toBe('eligible-if-confirmed');
    expect(basis.confirm).toEqual([{ entity: 'person', fact: 'net_income_monthly', person: 'p1' }]);
    expect(e.outcomes.find((o) => o.right === 'voorbeeld-energiepremie')!.status).toBe('eligible-if-confirmed');
  });

  it('ranks next questions by the number of undetermined rights they could decide', () => {
    const e = evaluate(catalog, { household: { facts: {} }, persons: [{ id: 'p1', role: 'aanvrager', facts: {} }] }, '2025-06-01');
    const first = e.nextQuestions[0]!;
    expect(first.rights.length).toBeGreaterThanOrEqual(e.nextQuestions[e.nextQuestions.length - 1]!.rights.length);
    expect(first.question?.nl).toBeTruthy();
    const tenure = e.nextQuestions.find((q) => q.fact === 'tenure')!;
    expect(tenure.rights).toEqual(expect.arrayContaining(['voorbeeld-basisinkomen', 'voorbeeld-huurhulp']));
  });

  it('never turns a missing input into false', () => {
    const o = outcome(catalog, { household: { facts: {} }, persons: [{ id: 'p1', role: 'aanvrager', facts: {} }] }, 'voorbeeld-basisinkomen');
    expect(o.status).toBe('undetermined');
    expect(o.missing.map((m) => m.fact).sort()).toEqual(['date_of_birth', 'net_income_monthly', 'tenure']);
  });
});
