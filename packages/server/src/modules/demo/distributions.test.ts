import { describe, expect, it } from 'vitest';
import { DEMO_SHARES, DEMO_TARGETS, KNOWN_SHARE } from './distributions.ts';
import { DEMO_DEFAULTS, generateDemo } from './generate.ts';
import { generateHousehold } from './household-model.ts';
import type { HouseholdModel } from './household-model.ts';
import { Rng, seedToUint32, streamSeed } from './prng.ts';

const HOUSEHOLDS = 5000;

/** The modelled truth of the default demo, household by household, as the generator draws it. */
function models(seed: number): HouseholdModel[] {
  const base = seedToUint32(seed);
  return Array.from({ length: HOUSEHOLDS }, (_, i) =>
    generateHousehold(new Rng(streamSeed(base, i + 1)), DEMO_DEFAULTS.referenceDate),
  );
}

function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.filter(test).length / items.length;
}

function expectNear(actual: number, target: { value: number; tolerance: number }): void {
  expect(actual).toBeGreaterThanOrEqual(target.value - target.tolerance);
  expect(actual).toBeLessThanOrEqual(target.value + target.tolerance);
}

describe('demo distributions over 5,000 households', () => {
  const households = models(DEMO_DEFAULTS.seed);
  const current = households.map((h) => h.members.filter((p) => p.validUntil === null));
  const persons = current.flat();

  it('draws household types in the target shares', () => {
    for (const [type, target] of Object.entries(DEMO_SHARES.householdType)) {
      expectNear(share(households, (h) => h.type === type), { value: target, tolerance: 0.02 });
    }
    expectNear(share(households, (h) => h.type.startsWith('alleenstaand')), { value: 0.33, tolerance: 0.025 });
  });

  it('has about 2.3 persons per household and school-age children', () => {
    expectNear(persons.length / households.length, DEMO_TARGETS.personsPerHousehold);
    const schoolAge = share(persons, (p) => p.age >= 6 && p.age < 18);
    expect(schoolAge).toBeGreaterThan(0.08);
    expect(schoolAge).toBeLessThan(0.2);
    expectNear(share(persons, (p) => p.age >= 65), { value: 0.21, tolerance: 0.05 });
  });

  it('matches Flemish tenure and the social-housing waiting list', () => {
    expectNear(share(households, (h) => h.statuses.tenure === 'eigenaar'), DEMO_TARGETS.owners);
    expectNear(share(households, (h) => h.statuses.tenure === 'huurder-privaat'), DEMO_TARGETS.privateTenants);
    expectNear(share(households, (h) => h.statuses.tenure === 'huurder-sociaal'), DEMO_TARGETS.socialTenants);
    expectNear(share(households, (h) => h.statuses.waitlistSince !== null), DEMO_TARGETS.waitlist);
    expectNear(share(households, (h) => h.statuses.budgetMeter), DEMO_TARGETS.budgetMeter);
  });

  it('matches the shares of leefloon, verhoogde tegemoetkoming, IGO and disability allowances', () => {
    expectNear(share(persons, (p) => p.leefloonCategory !== 'geen'), DEMO_TARGETS.leefloonPersons);
    expectNear(share(persons, (p) => p.verhoogdeTegemoetkoming), DEMO_TARGETS.verhoogdeTegemoetkoming);
    expectNear(share(persons.filter((p) => p.age >= 65), (p) => p.igo), DEMO_TARGETS.igoOver65);
    expectNear(share(persons.filter((p) => p.age >= 21 && p.age < 65), (p) => p.ivt || p.it), DEMO_TARGETS.ivtOrIt21to64);
    const families = households.filter((h) => h.statuses.socialeToeslag !== null);
    expectNear(share(families, (h) => h.statuses.socialeToeslag === true), DEMO_TARGETS.socialeToeslagFamilies);
  });

  it('leaves many low-income households without the leefloon they could claim (non-take-up)', () => {
    const assisted = share(persons, (p) => p.leefloonCategory !== 'geen' || p.equivalentHulp);
    const withoutIncome = share(persons, (p) => p.age >= 18 && p.age < 65 && p.activity === 'zonder' && p.assistance === 0);
    expect(withoutIncome).toBeGreaterThan(assisted / 3);
  });

  it('records every fact somewhere and leaves gaps where a fact is not always known', () => {
    const demo = generateDemo({ households: HOUSEHOLDS, seed: DEMO_DEFAULTS.seed });
    const seen = new Map<string, number>();
    for (const h of demo) {
      for (const f of [...h.facts, ...h.persons.flatMap((p) => p.facts)]) seen.set(f.factId, (seen.get(f.factId) ?? 0) + 1);
    }
    for (const factId of Object.keys(KNOWN_SHARE)) expect(seen.get(factId) ?? 0, factId).toBeGreaterThan(0);
    const adults = demo.flatMap((h) => h.persons).filter((p) => p.validUntil === null && p.facts.some((f) => f.factId === 'leefloon_category'));
    const incomeKnown = share(adults, (p) => p.facts.some((f) => f.factId === 'net_income_monthly'));
    expectNear(incomeKnown, { value: KNOWN_SHARE.net_income_monthly, tolerance: 0.04 });
    const tenureKnown = share(demo, (h) => h.facts.some((f) => f.factId === 'tenure'));
    expectNear(tenureKnown, { value: KNOWN_SHARE.tenure, tolerance: 0.03 });
  });

  it('has French and English speakers who want letters in their language, and many whose language is unknown', () => {
    const demo = generateDemo({ households: HOUSEHOLDS, seed: DEMO_DEFAULTS.seed });
    const adults = demo.flatMap((h) => h.persons).filter((p) => p.validUntil === null && p.facts.some((f) => f.factId === 'leefloon_category'));
    const languages = adults.flatMap((p) => p.facts.filter((f) => f.factId === 'preferred_language').map((f) => f.value));
    expectNear(languages.length / adults.length, { value: KNOWN_SHARE.preferred_language, tolerance: 0.04 });
    expectNear(share(languages, (l) => l === 'fr'), { value: 0.07, tolerance: 0.025 });
    expectNear(share(languages, (l) => l === 'en'), { value: 0.03, tolerance: 0.02 });
  });

  it('spreads households over both municipalities and gives a share of them a dossier', () => {
    expectNear(share(households, (h) => h.municipalityNis === '99001'), { value: DEMO_SHARES.kansendonk, tolerance: 0.03 });
    expect(share(households, (h) => h.municipalityNis === '99002')).toBeGreaterThan(0.25);
    const withDossier = share(households, (h) => h.statuses.dossierReason !== null);
    expect(withDossier).toBeGreaterThan(0.04);
    expect(withDossier).toBeLessThan(0.15);
  });
});
