import { addDays, daysBetween } from './dates.ts';
import { DEMO_SHARES } from './distributions.ts';
import { householdFacts, languageFacts, personFacts } from './facts.ts';
import type { DemoFact } from './facts.ts';
import { generateHousehold } from './household-model.ts';
import type { HouseholdModel, HouseholdType } from './household-model.ts';
import { caseWorkers } from './organisations.ts';
import type { DemoOrganisationKey } from './organisations.ts';
import type { MemberRole } from './person-model.ts';
import { Rng, seedToUint32, streamSeed } from './prng.ts';
import type { DossierReason } from './status-model.ts';

/** Options of a demo run. */
export interface DemoOptions {
  /** Number of households (default 5,000; up to 1,000,000 for benchmarks). */
  households: number;
  /** Seed: the same seed always gives the same demo. */
  seed: number | string;
  /**
   * The day the demo describes; ages and observation dates count back from it. Fixed by
   * default so that the output does not change with the day it is generated.
   */
  referenceDate?: string;
  /** Households per chunk (bounded memory; one transaction per chunk when loading). */
  chunkSize?: number;
}

/** Defaults of `springplank demo` and of the first start of `serve`. */
export const DEMO_DEFAULTS = {
  households: 5000,
  seed: 1,
  referenceDate: '2026-11-01',
  chunkSize: 2000,
  maxHouseholds: 1_000_000,
} as const;

/** A person of the demo with their membership of the household and their facts. */
export interface DemoPerson {
  /** 1-based number of the person within this demo run (the loader offsets it into an id). */
  id: number;
  givenName: string;
  familyName: string;
  role: MemberRole;
  validFrom: string;
  validUntil: string | null;
  facts: DemoFact[];
}

/** A dossier of the demo; users are named by e-mail, organisations by demo key. */
export interface DemoDossier {
  id: number;
  title: string;
  organisation: DemoOrganisationKey;
  aanspreekpunt: string;
  backup: string;
  status: 'open' | 'paused' | 'closed';
  openedOn: string;
  closedOn: string | null;
}

/** A household of the demo, ready to be written. */
export interface DemoHousehold {
  /** 1-based number of the household within this demo run. */
  id: number;
  type: HouseholdType;
  municipalityNis: string;
  street: string;
  houseNumber: string;
  persons: DemoPerson[];
  facts: DemoFact[];
  dossier: DemoDossier | null;
}

const DOSSIER_TITLES: Record<DossierReason, string> = {
  leefloon: 'Leefloon en begeleiding',
  'equivalent-hulp': 'Equivalent leefloon en begeleiding',
  schuldhulp: 'Schuldhulpverlening',
  budgetbeheer: 'Budgetbeheer',
  onthaal: 'Onthaal en rechtenverkenning',
};

/** Salt of the streams the preferred language is drawn from (apart from the household's main stream). */
const LANGUAGE_STREAM = 0x6c616e67;

/** Status of a dossier not tied to a running benefit: assumption. */
const DOSSIER_STATUS_SHARES = { open: 0.8, paused: 0.05, closed: 0.15 } as const;

function dossierOwner(reason: DossierReason, rng: Rng): DemoOrganisationKey {
  if (reason === 'leefloon' || reason === 'equivalent-hulp') return 'ocmw';
  if (reason === 'budgetbeheer') return rng.chance(0.7) ? 'ocmw' : 'caw';
  if (reason === 'schuldhulp') return rng.chance(0.6) ? 'ocmw' : 'caw';
  return rng.weighted(DEMO_SHARES.dossierOwner);
}

function makeDossier(id: number, model: HouseholdModel, rng: Rng, reference: string): DemoDossier | null {
  const reason = model.statuses.dossierReason;
  const head = model.members[0];
  if (reason === null || head === undefined) return null;
  const organisation = dossierOwner(reason, rng);
  const workers = caseWorkers(organisation);
  const first = rng.int(0, workers.length - 1);
  const second = (first + rng.int(1, workers.length - 1)) % workers.length;
  const aanspreekpunt = workers[first];
  const backup = workers[second];
  if (aanspreekpunt === undefined || backup === undefined) throw new Error(`no case workers at ${organisation}`);
  const openedOn = addDays(reference, -rng.int(0, 5 * 365));
  const active = reason === 'leefloon' || reason === 'equivalent-hulp';
  const status = active ? 'open' : rng.weighted(DOSSIER_STATUS_SHARES);
  const span = daysBetween(openedOn, reference);
  return {
    id,
    title: `${DOSSIER_TITLES[reason]} – gezin ${head.familyName}`,
    organisation,
    aanspreekpunt: aanspreekpunt.email,
    backup: backup.email,
    status,
    openedOn,
    closedOn: status === 'closed' ? addDays(openedOn, rng.int(0, span)) : null,
  };
}

/**
 * Generates the demo households in chunks, deterministically: the same options always yield
 * the same households, persons, facts and dossiers, whatever the chunk size. Each household
 * draws from its own stream (seed, household number), so memory stays bounded by one chunk.
 */
export function* generateHouseholds(options: DemoOptions): Generator<DemoHousehold[]> {
  const reference = options.referenceDate ?? DEMO_DEFAULTS.referenceDate;
  const chunkSize = options.chunkSize ?? DEMO_DEFAULTS.chunkSize;
  const seed = seedToUint32(options.seed);
  let personId = 0;
  let dossierId = 0;
  let chunk: DemoHousehold[] = [];
  for (let n = 1; n <= options.households; n++) {
    const rng = new Rng(streamSeed(seed, n));
    const model = generateHousehold(rng, reference);
    const languages = languageFacts(model.members, new Rng(streamSeed(seed ^ LANGUAGE_STREAM, n)), reference);
    const persons = model.members.map((p, i) => ({
      id: ++personId,
      givenName: p.givenName,
      familyName: p.familyName,
      role: p.role,
      validFrom: p.validFrom,
      validUntil: p.validUntil,
      facts: [...personFacts(p, model.statuses.tenure, rng, reference), ...(languages[i] ?? [])],
    }));
    const dossier = makeDossier(dossierId + 1, model, rng, reference);
    if (dossier !== null) dossierId++;
    const ocmwGuidance = dossier !== null && dossier.organisation === 'ocmw' && dossier.status === 'open';
    chunk.push({
      id: n,
      type: model.type,
      municipalityNis: model.municipalityNis,
      street: model.street,
      houseNumber: model.houseNumber,
      persons,
      facts: householdFacts(model, ocmwGuidance, rng, reference),
      dossier,
    });
    if (chunk.length === chunkSize) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** All households of a (small) demo at once; for tests and inspection. */
export function generateDemo(options: DemoOptions): DemoHousehold[] {
  return [...generateHouseholds(options)].flat();
}
