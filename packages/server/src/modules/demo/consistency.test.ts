import { describe, expect, it } from 'vitest';
import { ageOn } from './dates.ts';
import { DEMO_INCOME } from './distributions.ts';
import type { DemoFact } from './facts.ts';
import { DEMO_DEFAULTS, generateDemo } from './generate.ts';
import type { DemoPerson } from './generate.ts';
import { caseWorkers } from './organisations.ts';

const REFERENCE = DEMO_DEFAULTS.referenceDate;
/** The highest synthetic assistance level plus a cohabiting partner's: no assisted person earns more. */
const MAX_ASSISTED_INCOME = DEMO_INCOME.assistanceLevel['gezin-ten-laste'] + DEMO_INCOME.assistanceLevel.samenwonend;
const demo = generateDemo({ households: 5000, seed: 11 });

/** The latest recorded value of a fact (facts keep history; the newest observation counts). */
function latest(facts: readonly DemoFact[], factId: string): DemoFact['value'] | undefined {
  const matching = facts.filter((f) => f.factId === factId).sort((a, b) => a.observedOn.localeCompare(b.observedOn));
  return matching.at(-1)?.value;
}

function age(person: DemoPerson): number | undefined {
  const dob = latest(person.facts, 'date_of_birth');
  return typeof dob === 'string' ? ageOn(dob, REFERENCE) : undefined;
}

const current = demo.flatMap((h) => h.persons.filter((p) => p.validUntil === null).map((p) => ({ h, p })));

describe('demo consistency rules', () => {
  it('grants leefloon only to adults under 65 in low-income households', () => {
    const claimants = current.filter(({ p }) => {
      const category = latest(p.facts, 'leefloon_category');
      return category !== undefined && category !== 'geen';
    });
    expect(claimants.length).toBeGreaterThan(10);
    for (const { h, p } of claimants) {
      const a = age(p);
      if (a !== undefined) expect(a).toBeGreaterThanOrEqual(18);
      if (a !== undefined) expect(a).toBeLessThan(65);
      const income = latest(p.facts, 'net_income_monthly');
      if (typeof income === 'number') expect(income).toBeLessThanOrEqual(MAX_ASSISTED_INCOME);
      const gross = latest(h.facts, 'gross_taxable_income_n1');
      // in a household of only the couple and minor children, everyone's income counts
      const onlyCoupleAndMinors = h.persons
        .filter((m) => m.validUntil === null && m.role !== 'aanvrager' && m.role !== 'partner')
        .every((m) => m.role === 'kind' && (age(m) ?? 99) < 18);
      if (typeof gross === 'number' && onlyCoupleAndMinors) expect(gross).toBeLessThan(30000);
      const nationality = latest(p.facts, 'nationality_status');
      expect(nationality).not.toBe('zonder-wettig-verblijf');
    }
  });

  it('grants IGO only from 65, IVT only under 65, and pensions only from 55', () => {
    for (const { p } of current) {
      const a = age(p);
      if (a === undefined) continue;
      if (latest(p.facts, 'igo') === true) expect(a).toBeGreaterThanOrEqual(65);
      if (latest(p.facts, 'ivt') === true) expect(a).toBeLessThan(65);
      if (latest(p.facts, 'pension') === true) expect(a).toBeGreaterThanOrEqual(55);
      if (latest(p.facts, 'student') === true) expect(a).toBeGreaterThanOrEqual(16);
      if (a >= 6 && a < 12 && latest(p.facts, 'school_level') !== undefined) expect(latest(p.facts, 'school_level')).toBe('lager');
      if (a >= 12 && a < 18 && latest(p.facts, 'school_level') !== undefined) expect(latest(p.facts, 'school_level')).toBe('secundair');
    }
  });

  it('gives the verhoogde tegemoetkoming to everyone with leefloon, IGO or IVT whose insurance is in order', () => {
    let checked = 0;
    for (const { h, p } of current) {
      const status = latest(p.facts, 'leefloon_category');
      const hasStatus = (status !== undefined && status !== 'geen') || latest(p.facts, 'igo') === true || latest(p.facts, 'ivt') === true;
      if (!hasStatus || latest(p.facts, 'health_insurance_in_order') === false) continue;
      for (const member of h.persons.filter((m) => m.validUntil === null)) {
        const vt = latest(member.facts, 'verhoogde_tegemoetkoming');
        if (vt !== undefined && latest(member.facts, 'health_insurance_in_order') === true) {
          expect(vt).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('never gives replacement income above total net income', () => {
    for (const { p } of current) {
      const net = p.facts.filter((f) => f.factId === 'net_income_monthly').at(-1)?.value;
      const replacement = latest(p.facts, 'replacement_income_monthly');
      if (typeof net === 'number' && typeof replacement === 'number') expect(replacement).toBeLessThanOrEqual(net);
    }
  });

  it('records rent and waiting lists only where tenure allows them', () => {
    for (const h of demo) {
      const tenure = latest(h.facts, 'tenure');
      if (tenure !== undefined && latest(h.facts, 'rent_monthly') !== undefined) expect(tenure).toMatch(/^huurder-/);
      const since = latest(h.facts, 'social_housing_waitlist_since');
      if (since !== undefined) {
        expect(String(since) < REFERENCE).toBe(true);
        if (tenure !== undefined) expect(['huurder-privaat', 'dakloos']).toContain(tenure);
      }
      if (latest(h.facts, 'groeipakket_sociale_toeslag') !== undefined) {
        expect(h.persons.some((p) => p.validUntil === null && p.role === 'kind')).toBe(true);
      }
    }
  });

  it('gives every household exactly one current aanvrager and dated memberships', () => {
    for (const h of demo) {
      expect(h.persons.filter((p) => p.role === 'aanvrager' && p.validUntil === null)).toHaveLength(1);
      for (const p of h.persons) {
        expect(p.validFrom <= REFERENCE).toBe(true);
        if (p.validUntil !== null) expect(p.validUntil > p.validFrom).toBe(true);
      }
    }
    expect(demo.some((h) => h.persons.some((p) => p.validUntil !== null))).toBe(true);
  });

  it('gives every dossier an aanspreekpunt and a different backup from the owning organisation', () => {
    const dossiers = demo.flatMap((h) => (h.dossier ? [h.dossier] : []));
    expect(new Set(dossiers.map((d) => d.organisation))).toEqual(new Set(['ocmw', 'caw', 'dmw']));
    for (const d of dossiers) {
      const workers = caseWorkers(d.organisation).map((u) => u.email);
      expect(workers).toContain(d.aanspreekpunt);
      expect(workers).toContain(d.backup);
      expect(d.backup).not.toBe(d.aanspreekpunt);
      if (d.closedOn !== null) expect(d.closedOn >= d.openedOn).toBe(true);
    }
  });

  it('uses only the contract codes and synthetic names', () => {
    const sources = new Set(current.flatMap(({ p }) => p.facts.map((f) => f.source)));
    expect([...sources].sort()).toEqual(['attest', 'register', 'self-declared', 'worker']);
    for (const { p } of current) {
      expect(['aanvrager', 'partner', 'kind', 'andere']).toContain(p.role);
      expect(`${p.givenName} ${p.familyName}`).toMatch(/^[A-Z][a-z]+ ((Van der|Van|De) )?[A-Z][a-z]+$/);
    }
  });
});
