import { addDays } from './dates.ts';
import { DEMO_INCOME, DEMO_SHARES } from './distributions.ts';
import { grossTaxableYear, ownIncome } from './person-model.ts';
import type { LeefloonCategory, PersonModel } from './person-model.ts';
import type { Rng } from './prng.ts';

/** Tenure codes (team contract). */
export type Tenure = 'huurder-privaat' | 'huurder-sociaal' | 'eigenaar' | 'dakloos' | 'andere';

/** Why a household has a dossier at a GBO partner, if it has one. */
export type DossierReason = 'leefloon' | 'equivalent-hulp' | 'schuldhulp' | 'budgetbeheer' | 'onthaal';

/** The household-level truths the generator models. */
export interface HouseholdStatuses {
  /** Income quintile 0 (lowest) to 4 of the equivalised net household income. */
  quintile: number;
  grossTaxableN1: number;
  grossTaxableN2: number;
  tenure: Tenure;
  /** Someone in the household (partly) owns a dwelling or building plot. */
  ownsProperty: boolean;
  rentMonthly: number | null;
  waitlistSince: string | null;
  budgetMeter: boolean;
  heatingFuelOil: boolean;
  /** null when the household has no children (the fact does not apply). */
  socialeToeslag: boolean | null;
  schuldbemiddeling: boolean;
  collectieveSchuldenregeling: boolean;
  budgetbeheer: boolean;
  kansenpas: boolean;
  dossierReason: DossierReason | null;
}

const NO_MINIMUM_INCOME_HELP = new Set(['zonder-wettig-verblijf']);
const EQUIVALENT_HELP = new Set(['niet-eu-met-verblijf', 'subsidiair-beschermd']);

/** The partner of a household member: the aanvrager and the partner form the couple. */
function partnerOf(person: PersonModel, current: PersonModel[]): PersonModel | undefined {
  const couple = person.role === 'aanvrager' ? 'partner' : person.role === 'partner' ? 'aanvrager' : null;
  return couple === null ? undefined : current.find((p) => p.role === couple && p.age >= 18);
}

/**
 * Minimum-income help for an adult under 65 without own income whose own and partner's income
 * stay below the synthetic level of their category; taken up only part of the time. As with the
 * leefloon, the income of the claimant and partner counts; that of other adults in the household
 * (adult children, friends) does not.
 */
function applyAssistance(current: PersonModel[], adults: PersonModel[], rng: Rng, reference: string): void {
  const single = adults.length === 1;
  const claimant = adults.find(
    (p) => p.age < 65 && (p.activity === 'zonder' || p.activity === 'thuis' || (single && p.activity === 'student')),
  );
  if (claimant === undefined || NO_MINIMUM_INCOME_HELP.has(claimant.nationality)) return;
  const partner = partnerOf(claimant, current);
  const dependentChildren = claimant.role !== 'kind' && current.some((p) => p.age < 18);
  const category: LeefloonCategory = dependentChildren ? 'gezin-ten-laste' : single ? 'alleenstaand' : 'samenwonend';
  // the family level covers a partner; without children each partner has a cohabitant's level
  const line =
    DEMO_INCOME.assistanceLevel[category] +
    (partner !== undefined && category === 'samenwonend' ? DEMO_INCOME.assistanceLevel.samenwonend : 0);
  const income = [claimant, partner].reduce((sum, p) => sum + (p === undefined ? 0 : p.wage + p.replacement), 0);
  if (income >= line) return;
  if (EQUIVALENT_HELP.has(claimant.nationality)) {
    if (!rng.chance(DEMO_SHARES.takeUp.equivalentHulp)) return;
    claimant.equivalentHulp = true;
  } else {
    if (!rng.chance(DEMO_SHARES.takeUp.leefloon)) return;
    claimant.leefloonCategory = category;
  }
  claimant.assistance = Math.max(0, line - income);
  claimant.assistanceSince = addDays(reference, -rng.int(30, 6 * 365));
}

/**
 * IGO tops up low resources of a person aged 65 or more, most of the time. The resources of
 * everyone in the household count (shared per adult), as with the real means test.
 */
function applyIgo(current: PersonModel[], adults: PersonModel[], rng: Rng): void {
  const line = adults.length === 1 ? DEMO_INCOME.igoLine.alone : DEMO_INCOME.igoLine.together;
  const perAdult = current.reduce((sum, p) => sum + p.wage + p.replacement, 0) / Math.max(1, adults.length);
  if (perAdult >= line) return;
  for (const p of current) {
    if (p.age < 65 || p.activity !== 'pensioen' || NO_MINIMUM_INCOME_HELP.has(p.nationality)) continue;
    if (p.replacement >= line || !rng.chance(DEMO_SHARES.takeUp.igo)) continue;
    p.igo = true;
    p.assistance = Math.round((line - p.replacement) / 10) * 10;
  }
}

/** Verhoogde tegemoetkoming: automatic with a social status, on request with a low income. */
function applyVerhoogdeTegemoetkoming(current: PersonModel[], grossN1: number, rng: Rng): void {
  const byStatus = current.some((p) => p.leefloonCategory !== 'geen' || p.equivalentHulp || p.igo || p.ivt || p.it);
  const line = DEMO_INCOME.vtLineYear + DEMO_INCOME.vtLinePerExtraMember * (current.length - 1);
  const granted = byStatus || (grossN1 < line && rng.chance(DEMO_SHARES.takeUp.verhoogdeTegemoetkoming));
  for (const p of current) {
    p.healthInsuranceInOrder = !NO_MINIMUM_INCOME_HELP.has(p.nationality) && rng.chance(0.985);
    p.verhoogdeTegemoetkoming = granted && p.healthInsuranceInOrder;
  }
}

function quintileOf(current: PersonModel[]): number {
  const older = current.filter((p) => p.age >= 14).length;
  const younger = current.length - older;
  const scale = 1 + 0.5 * Math.max(0, older - 1) + 0.3 * younger;
  const equivalised = current.reduce((sum, p) => sum + ownIncome(p), 0) / scale;
  const index = DEMO_INCOME.quintileBounds.findIndex((bound) => equivalised < bound);
  return index === -1 ? 4 : index;
}

function drawTenure(q: number, rng: Rng): Tenure {
  let r = rng.next();
  for (const [tenure, share] of [
    ['dakloos', DEMO_SHARES.homelessByQuintile[q] ?? 0],
    ['eigenaar', DEMO_SHARES.ownerByQuintile[q] ?? 0],
    ['huurder-sociaal', DEMO_SHARES.socialTenantByQuintile[q] ?? 0],
    ['andere', DEMO_SHARES.freeOrOther],
  ] as const) {
    if (r < share) return tenure;
    r -= share;
  }
  return 'huurder-privaat';
}

function rentFor(tenure: Tenure, monthlyIncome: number, rng: Rng): number | null {
  if (tenure === 'huurder-privaat') return Math.round(rng.logNormal(DEMO_INCOME.privateRentMedian, 0.25) / 5) * 5;
  if (tenure === 'huurder-sociaal') return Math.min(700, Math.max(150, Math.round((monthlyIncome * 0.22) / 5) * 5));
  return null;
}

function byQuintile(shares: readonly number[], q: number, rng: Rng): boolean {
  return rng.chance(shares[q] ?? 0);
}

/**
 * Decides statuses consistent with income: assistance only for low incomes, IGO only from 65,
 * VT for status holders and (mostly) for low incomes; then tenure, rent, waiting list and the
 * household's debt, energy and family statuses by income quintile.
 */
export function applyStatuses(members: PersonModel[], rng: Rng, reference: string): HouseholdStatuses {
  const current = members.filter((p) => p.validUntil === null);
  const adults = current.filter((p) => p.age >= 18);
  applyAssistance(current, adults, rng, reference);
  applyIgo(current, adults, rng);
  const grossTaxableN1 = current.reduce((sum, p) => sum + grossTaxableYear(p), 0);
  const grossTaxableN2 = Math.round((grossTaxableN1 * (0.9 + rng.next() * 0.15)) / 10) * 10;
  applyVerhoogdeTegemoetkoming(current, grossTaxableN1, rng);
  const q = quintileOf(current);
  const tenure = drawTenure(q, rng);
  const monthlyIncome = current.reduce((sum, p) => sum + ownIncome(p), 0);
  const waiting = (tenure === 'huurder-privaat' || tenure === 'dakloos') && byQuintile(DEMO_SHARES.waitlistByQuintile, q, rng);
  const waitDays = Math.min(15 * 365, Math.round(-Math.log(1 - rng.next()) * DEMO_SHARES.waitlistYearsMean * 365));
  const assisted = current.some((p) => p.leefloonCategory !== 'geen' || p.equivalentHulp);
  const statuses: HouseholdStatuses = {
    quintile: q,
    grossTaxableN1,
    grossTaxableN2,
    tenure,
    ownsProperty: tenure === 'eigenaar' || rng.chance(DEMO_SHARES.ownsPropertyElsewhere),
    rentMonthly: rentFor(tenure, monthlyIncome, rng),
    waitlistSince: waiting ? addDays(reference, -Math.max(1, waitDays)) : null,
    budgetMeter: byQuintile(DEMO_SHARES.budgetMeterByQuintile, q, rng),
    heatingFuelOil: tenure !== 'dakloos' && rng.chance(DEMO_SHARES.heatingFuelOil),
    socialeToeslag: current.some((p) => p.age < 18) ? byQuintile(DEMO_SHARES.socialeToeslagByQuintile, q, rng) : null,
    schuldbemiddeling: byQuintile(DEMO_SHARES.schuldbemiddelingByQuintile, q, rng),
    collectieveSchuldenregeling: byQuintile(DEMO_SHARES.collectieveSchuldenregelingByQuintile, q, rng),
    budgetbeheer: byQuintile(DEMO_SHARES.budgetbeheerByQuintile, q, rng),
    kansenpas: assisted ? rng.chance(0.35) : byQuintile(DEMO_SHARES.kansenpasByQuintile, q, rng),
    dossierReason: null,
  };
  statuses.dossierReason = dossierReason(current, statuses, rng);
  return statuses;
}

function dossierReason(current: PersonModel[], s: HouseholdStatuses, rng: Rng): DossierReason | null {
  if (current.some((p) => p.leefloonCategory !== 'geen')) return 'leefloon';
  if (current.some((p) => p.equivalentHulp)) return 'equivalent-hulp';
  if (s.budgetbeheer) return 'budgetbeheer';
  if (s.schuldbemiddeling || s.collectieveSchuldenregeling) return 'schuldhulp';
  return rng.chance(DEMO_SHARES.dossierOther) ? 'onthaal' : null;
}
