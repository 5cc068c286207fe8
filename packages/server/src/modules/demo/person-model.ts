import { DEMO_INCOME, DEMO_SHARES } from './distributions.ts';
import type { Rng } from './prng.ts';

/*
 * The true situation of one synthetic person, before any fact is recorded. The facts module
 * later decides which of these truths are known, from which source and since when.
 */

/** Household member roles (team contract). */
export type MemberRole = 'aanvrager' | 'partner' | 'kind' | 'andere';

/** Nationality status codes (team contract). */
export type NationalityStatus = keyof typeof DEMO_SHARES.nationalityStatus;

/** Leefloon categories (team contract). */
export type LeefloonCategory = 'geen' | 'samenwonend' | 'alleenstaand' | 'gezin-ten-laste';

/** School levels (team contract). */
export type SchoolLevel = 'geen' | 'kleuter' | 'lager' | 'secundair' | 'hoger';

/** What a person mainly lives from. */
export type Activity =
  | 'werk'
  | 'werkloos'
  | 'invaliditeit'
  | 'ivt'
  | 'thuis'
  | 'zonder'
  | 'student'
  | 'pensioen'
  | 'kind';

/** One synthetic person as the generator models them. */
export interface PersonModel {
  role: MemberRole;
  givenName: string;
  familyName: string;
  birthDate: string;
  age: number;
  nationality: NationalityStatus;
  activity: Activity;
  /** Net monthly income from work. */
  wage: number;
  /** Net monthly replacement income (unemployment, sickness, pension, IVT). */
  replacement: number;
  /** Net monthly minimum-income help (leefloon, equivalent help, IGO top-up). */
  assistance: number;
  leefloonCategory: LeefloonCategory;
  equivalentHulp: boolean;
  igo: boolean;
  ivt: boolean;
  it: boolean;
  itPoints: number | null;
  disabilityPercentage: number | null;
  schoolLevel: SchoolLevel;
  /** Works as self-employed (only with activity 'werk'). */
  selfEmployed: boolean;
  /** Registered with the VDAB as an unemployed job seeker. */
  jobSeeker: boolean;
  widowed: boolean;
  zorgbudgetOuderen: boolean;
  zorgpremiePaid: boolean;
  /** Since when leefloon or equivalent help is paid, if it is. */
  assistanceSince: string | null;
  verhoogdeTegemoetkoming: boolean;
  healthInsuranceInOrder: boolean;
  validFrom: string;
  validUntil: string | null;
}

/**
 * The main activity of a person of the given age. Staying at home without income ('thuis') is
 * only drawn for someone living with a partner; on their own they would be working instead.
 */
export function drawActivity(age: number, withPartner: boolean, rng: Rng): Activity {
  if (age < 18) return 'kind';
  if (age >= 65) return 'pensioen';
  if (age < 25) return rng.weighted(DEMO_SHARES.activity18to24);
  if (age >= 60 && rng.chance(0.35)) return 'pensioen';
  const activity = rng.weighted(DEMO_SHARES.activity25to64);
  return activity === 'thuis' && !withPartner ? 'werk' : activity;
}

/** School level that goes with an age and activity. */
export function schoolLevelFor(age: number, activity: Activity): SchoolLevel {
  if (age < 3) return 'geen';
  if (age < 6) return 'kleuter';
  if (age < 12) return 'lager';
  if (age < 18) return 'secundair';
  return activity === 'student' ? 'hoger' : 'geen';
}

/** Sets wage, replacement income and disability allowances that follow from the activity. */
export function drawIncome(person: PersonModel, rng: Rng): void {
  const round = (n: number) => Math.round(n / 10) * 10;
  switch (person.activity) {
    case 'werk': {
      const wage = rng.logNormal(DEMO_INCOME.wageMedian, DEMO_INCOME.wageSigma);
      person.wage = round(rng.chance(DEMO_INCOME.partTimeShare) ? wage * 0.6 : wage);
      person.selfEmployed = rng.chance(DEMO_SHARES.selfEmployedWorkers);
      return;
    }
    case 'werkloos':
      person.jobSeeker = true;
      person.replacement = round(rng.logNormal(DEMO_INCOME.unemploymentMedian, 0.15));
      return;
    case 'invaliditeit':
      person.replacement = round(rng.logNormal(DEMO_INCOME.sicknessMedian, 0.15));
      if (rng.chance(0.1)) grantIntegrationAllowance(person, rng, 7, 12);
      person.disabilityPercentage = rng.chance(0.5) ? rng.int(40, 90) : null;
      return;
    case 'ivt':
      person.ivt = true;
      person.replacement = round(rng.logNormal(DEMO_INCOME.ivtMedian, 0.2));
      person.disabilityPercentage = rng.int(66, 100);
      if (rng.chance(0.6)) grantIntegrationAllowance(person, rng, 7, 18);
      return;
    case 'pensioen':
      person.replacement = round(rng.logNormal(DEMO_INCOME.pensionMedian, DEMO_INCOME.pensionSigma));
      return;
    case 'student':
      person.wage = rng.chance(0.4) ? round(rng.int(100, DEMO_INCOME.studentJobMax)) : 0;
      return;
    case 'zonder':
      person.jobSeeker = rng.chance(0.4);
      return;
    case 'thuis':
    case 'kind':
      return;
  }
}

function grantIntegrationAllowance(person: PersonModel, rng: Rng, minPoints: number, maxPoints: number): void {
  person.it = true;
  person.itPoints = rng.int(minPoints, maxPoints);
}

/** Own net monthly income of a person (work, replacement and assistance). */
export function ownIncome(person: PersonModel): number {
  return person.wage + person.replacement + person.assistance;
}

/** Monthly gross taxable income of a person; minimum-income help and IVT/IT are not taxable. */
export function grossTaxableMonth(person: PersonModel): number {
  const taxableReplacement = person.activity === 'ivt' ? 0 : person.replacement;
  return Math.round(person.wage * 1.45 + taxableReplacement * 1.15);
}

/** Yearly gross taxable income of a person. */
export function grossTaxableYear(person: PersonModel): number {
  return grossTaxableMonth(person) * 12;
}
