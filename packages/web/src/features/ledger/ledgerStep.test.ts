import { describe, expect, it } from 'vitest';
import en from './i18n/en.json';
import fr from './i18n/fr.json';
import nl from './i18n/nl.json';
import { inputGroups, ruleVersion, stepActor } from './ledgerStep.ts';

describe('a ledger step in plain words', () => {
  it('groups the facts it used by household and member, members by role and numbered only when the role repeats', () => {
    const snapshot = {
      household: { rent_monthly: { value: 650, source: 'register', observed: '2026-03-02' } },
      persons: [
        { id: '7', role: 'aanvrager', facts: { leefloon: true } },
        { id: '8', role: 'kind', facts: { date_of_birth: '2014-05-01' } },
        { id: '9', role: 'kind', facts: {} },
        { id: '10', role: 'kind', facts: { date_of_birth: null } },
      ],
    };
    expect(inputGroups(snapshot)).toEqual([
      { role: null, number: null, facts: [{ fact: 'rent_monthly', value: 650, source: 'register', observed: '2026-03-02' }] },
      { role: 'aanvrager', number: null, facts: [{ fact: 'leefloon', value: true, source: null, observed: null }] },
      { role: 'kind', number: 1, facts: [{ fact: 'date_of_birth', value: '2014-05-01', source: null, observed: null }] },
      // The second child used nothing and is left out; the third keeps its place in the household.
      { role: 'kind', number: 3, facts: [{ fact: 'date_of_birth', value: null, source: null, observed: null }] },
    ]);
    expect(inputGroups({ household: {}, persons: [] })).toEqual([]);
    expect(inputGroups(null)).toEqual([]);
  });

  it('says the rules by their date, keeping the short code that tells two versions of one day apart', () => {
    expect(ruleVersion('2026-03-02.1a2b3c4d')).toEqual({ date: '2026-03-02', code: '1a2b3c4d' });
    expect(ruleVersion('undated.1a2b3c4d')).toEqual({ date: null, code: 'undated.1a2b3c4d' });
  });

  it('names a worker by name and Springplank by what it was doing, in every language', () => {
    const base = { actor_name: null, screening_run_id: null, grant_run_id: null, evidence: {} };
    for (const bundle of [nl, fr, en]) {
      const say = (how: keyof typeof nl.system) => bundle.system[how];
      expect(stepActor({ ...base, actor: 'system', screening_run_id: '4' }, say)).toBe(bundle.system.screening);
      expect(stepActor({ ...base, actor: 'system', screening_run_id: '5', evidence: { reevaluation: { fact: 'leefloon' } } }, say)).toBe(bundle.system.reevaluation);
      expect(stepActor({ ...base, actor: 'system', grant_run_id: '2' }, say)).toBe(bundle.system.grant);
    }
    expect(nl.system.screening).toBe('Springplank (automatische screening)');
    expect(stepActor({ ...base, actor: 'coordinator@ocmw.kansendonk.demo', actor_name: 'Kobe Zarsink' }, () => '')).toBe('Kobe Zarsink');
  });
});
