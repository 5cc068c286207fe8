import { addDays } from './dates.ts';
import { KNOWN_SHARE, PREFERRED_LANGUAGE_SHARES } from './distributions.ts';
import type { DemoFactId } from './distributions.ts';
import type { HouseholdModel } from './household-model.ts';
import { grossTaxableMonth, ownIncome } from './person-model.ts';
import type { PersonModel } from './person-model.ts';
import type { Rng, Weights } from './prng.ts';
import type { Tenure } from './status-model.ts';

/** Fact provenance sources (team contract). */
export type FactSource = 'register' | 'attest' | 'self-declared' | 'worker';

/** One recorded fact: a value with its source and the date it was observed. */
export interface DemoFact {
  factId: DemoFactId;
  value: string | number | boolean;
  source: FactSource;
  observedOn: string;
}

/** How far back (days) an observation from each source typically lies. */
const OBSERVED_WITHIN: Record<FactSource, readonly [number, number]> = {
  register: [0, 45],
  attest: [10, 365],
  'self-declared': [0, 540],
  worker: [0, 365],
};

const INCOME_SOURCES: Weights<FactSource> = { attest: 0.5, 'self-declared': 0.4, worker: 0.1 };
const TENURE_SOURCES: Weights<FactSource> = { 'self-declared': 0.6, attest: 0.3, worker: 0.1 };

/** Collects the facts of one person or household, leaving realistic gaps. */
class FactRecorder {
  readonly facts: DemoFact[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly reference: string,
  ) {}

  /** Records the fact with the probability that such a fact is known at all. */
  record(factId: DemoFactId, value: string | number | boolean, source: FactSource | Weights<FactSource>): void {
    if (!this.rng.chance(KNOWN_SHARE[factId])) return;
    const chosen = typeof source === 'string' ? source : this.rng.weighted(source);
    const [min, max] = OBSERVED_WITHIN[chosen];
    this.facts.push({ factId, value, source: chosen, observedOn: addDays(this.reference, -this.rng.int(min, max)) });
  }
}

/** Income facts; sometimes an older observation too, so that fact history is exercised. */
function recordIncome(recorder: FactRecorder, p: PersonModel, rng: Rng, reference: string): void {
  const before = recorder.facts.length;
  recorder.record('net_income_monthly', ownIncome(p), INCOME_SOURCES);
  const latest = recorder.facts[before];
  if (latest !== undefined && rng.chance(0.06)) {
    const older: DemoFact = {
      factId: 'net_income_monthly',
      value: Math.round((ownIncome(p) * (0.8 + rng.next() * 0.3)) / 10) * 10,
      source: 'self-declared',
      observedOn: addDays(reference, -rng.int(600, 900)),
    };
    recorder.facts.splice(before, 0, older);
  }
  recorder.record('replacement_income_monthly', p.replacement, p.replacement > 0 ? 'register' : 'self-declared');
}

/** The municipal register a person is inscribed in, from nationality status and tenure. */
function populationRegister(p: PersonModel, tenure: Tenure): string {
  if (p.nationality === 'zonder-wettig-verblijf') return 'niet-ingeschreven';
  if (tenure === 'dakloos') return 'referentieadres';
  return p.nationality === 'belg' || p.nationality === 'eu-burger' ? 'bevolkingsregister' : 'vreemdelingenregister';
}

/**
 * The facts known about one person; former members keep only their register identity.
 * Register statuses (leefloon, IGO, IVT, pension…) are recorded for every adult, also when
 * they are false: the Kruispuntbank returns a status for everyone it is asked about.
 */
export function personFacts(p: PersonModel, tenure: Tenure, rng: Rng, reference: string): DemoFact[] {
  const r = new FactRecorder(rng, reference);
  r.record('date_of_birth', p.birthDate, 'register');
  r.record('nationality_status', p.nationality, 'register');
  if (p.validUntil !== null) return r.facts;
  r.record('population_register', populationRegister(p, tenure), 'register');
  r.record('verhoogde_tegemoetkoming', p.verhoogdeTegemoetkoming, 'register');
  r.record('health_insurance_in_order', p.healthInsuranceInOrder, 'register');
  if (p.age >= 3 && p.age <= 30) r.record('school_level', p.schoolLevel, 'attest');
  if (p.age >= 16 && p.age <= 30) r.record('student', p.activity === 'student', 'attest');
  if (p.age < 18) return r.facts;
  r.record('leefloon_category', p.leefloonCategory, 'register');
  r.record('equivalent_hulp', p.equivalentHulp, 'register');
  if (p.assistanceSince !== null) r.record('leefloon_since', p.assistanceSince, 'register');
  r.record('igo', p.igo, 'register');
  r.record('pension', p.activity === 'pensioen', 'register');
  r.record('ivt', p.ivt, 'register');
  r.record('it', p.it, 'register');
  if (p.it && p.itPoints !== null) r.record('it_points', p.itPoints, 'attest');
  if (p.ivt) r.record('reduced_earning_capacity', true, 'attest');
  if (p.disabilityPercentage !== null) r.record('disability_percentage', p.disabilityPercentage, 'attest');
  if (p.age >= 50) r.record('widowed', p.widowed, 'register');
  if (p.age >= 26) r.record('zorgpremie_paid', p.zorgpremiePaid, 'register');
  if (p.age >= 65) r.record('zorgbudget_ouderen', p.zorgbudgetOuderen, 'register');
  if (p.age < 65) {
    r.record('invaliditeit', p.activity === 'invaliditeit', 'register');
    r.record('werkloosheid', p.activity === 'werkloos', 'register');
    r.record('vdab_job_seeker', p.jobSeeker, 'register');
    r.record('employee', p.activity === 'werk' && !p.selfEmployed, 'register');
    r.record('self_employed', p.selfEmployed, 'register');
  }
  recordIncome(r, p, rng, reference);
  r.record('gross_income_monthly', grossTaxableMonth(p), INCOME_SOURCES);
  return r.facts;
}

/** The facts known about one household; `ocmwGuidance` when an open OCMW dossier follows it. */
export function householdFacts(h: HouseholdModel, ocmwGuidance: boolean, rng: Rng, reference: string): DemoFact[] {
  const r = new FactRecorder(rng, reference);
  const s = h.statuses;
  r.record('municipality_nis', h.municipalityNis, 'register');
  r.record('neighbourhood', h.neighbourhood, 'register');
  r.record('gross_taxable_income_n2', s.grossTaxableN2, 'register');
  r.record('gross_taxable_income_n1', s.grossTaxableN1, 'register');
  r.record('tenure', s.tenure, TENURE_SOURCES);
  r.record('owns_dwelling_or_plot', s.ownsProperty, 'register');
  if (s.rentMonthly !== null) r.record('rent_monthly', s.rentMonthly, TENURE_SOURCES);
  if (s.waitlistSince !== null) r.record('social_housing_waitlist_since', s.waitlistSince, 'register');
  r.record('budget_meter', s.budgetMeter, 'register');
  r.record('heating_fuel_oil', s.heatingFuelOil, 'self-declared');
  if (s.socialeToeslag !== null) r.record('groeipakket_sociale_toeslag', s.socialeToeslag, 'register');
  r.record('schuldbemiddeling', s.schuldbemiddeling, 'worker');
  r.record('collectieve_schuldenregeling', s.collectieveSchuldenregeling, 'register');
  r.record('budgetbeheer', s.budgetbeheer, 'worker');
  r.record('kansenpas', s.kansenpas, 'register');
  r.record('ocmw_active_guidance', ocmwGuidance, 'worker');
  return r.facts;
}

/**
 * The language each current adult wants letters in (`preferred_language`), one per household
 * and known for some adults only (unknown means letters in Dutch). Drawn from its own stream,
 * so the other demo facts stay exactly what they were before this fact existed.
 */
export function languageFacts(members: readonly PersonModel[], rng: Rng, reference: string): DemoFact[][] {
  const head = members[0];
  const shares = head === undefined || head.nationality === 'belg' ? PREFERRED_LANGUAGE_SHARES.belg : PREFERRED_LANGUAGE_SHARES.other;
  const language = rng.weighted(shares);
  return members.map((p) => {
    if (p.validUntil !== null || p.age < 18 || !rng.chance(KNOWN_SHARE.preferred_language)) return [];
    return [{ factId: 'preferred_language', value: language, source: 'self-declared', observedOn: addDays(reference, -rng.int(0, 540)) }];
  });
}
