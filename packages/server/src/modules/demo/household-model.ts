import { addDays, birthDateForAge, daysBetween } from './dates.ts';
import { DEMO_SHARES } from './distributions.ts';
import { familyName, givenName, streetName } from './names.ts';
import { DEMO_MUNICIPALITIES } from './organisations.ts';
import { drawActivity, drawIncome, schoolLevelFor } from './person-model.ts';
import type { MemberRole, NationalityStatus, PersonModel } from './person-model.ts';
import type { Rng } from './prng.ts';
import { applyStatuses } from './status-model.ts';
import type { HouseholdStatuses } from './status-model.ts';

/** Household types the generator draws (see DEMO_SHARES.householdType). */
export type HouseholdType = keyof typeof DEMO_SHARES.householdType;

/** One synthetic household: address, members (current and former) and household statuses. */
export interface HouseholdModel {
  type: HouseholdType;
  municipalityNis: string;
  neighbourhood: string;
  street: string;
  houseNumber: string;
  members: PersonModel[];
  statuses: HouseholdStatuses;
}

interface Draft {
  type: HouseholdType;
  rng: Rng;
  reference: string;
  nationality: NationalityStatus;
  familyName: string;
  members: PersonModel[];
}

const PARTNERED: ReadonlySet<HouseholdType> = new Set(['koppel', 'koppel-ouderen', 'gezin']);

function addPerson(draft: Draft, role: MemberRole, age: number, ownFamilyName?: string): PersonModel {
  const { rng, reference } = draft;
  const withPartner = PARTNERED.has(draft.type) && (role === 'aanvrager' || role === 'partner');
  const activity = drawActivity(age, withPartner, rng);
  const person: PersonModel = {
    role,
    givenName: givenName(rng),
    familyName: ownFamilyName ?? draft.familyName,
    birthDate: birthDateForAge(reference, age, rng),
    age,
    nationality: draft.nationality,
    activity,
    wage: 0,
    replacement: 0,
    assistance: 0,
    leefloonCategory: 'geen',
    equivalentHulp: false,
    igo: false,
    ivt: false,
    it: false,
    itPoints: null,
    disabilityPercentage: null,
    schoolLevel: schoolLevelFor(age, activity),
    selfEmployed: false,
    jobSeeker: false,
    widowed: false,
    zorgbudgetOuderen: age >= 65 && rng.chance(DEMO_SHARES.zorgbudgetOuderenByAge[age >= 85 ? 2 : age >= 75 ? 1 : 0] ?? 0),
    zorgpremiePaid: age >= 26 && rng.chance(DEMO_SHARES.zorgpremiePaid),
    assistanceSince: null,
    verhoogdeTegemoetkoming: false,
    healthInsuranceInOrder: true,
    validFrom: reference,
    validUntil: null,
  };
  drawIncome(person, rng);
  draft.members.push(person);
  return person;
}

/** An age for an older person: 65 and up, thinning out towards 100. */
function olderAge(rng: Rng): number {
  return Math.min(100, 65 + Math.floor(Math.abs(rng.normal()) * 11));
}

function addChildren(draft: Draft, youngestParentAge: number): void {
  const count = Number(draft.rng.weighted(DEMO_SHARES.childCount));
  const oldest = Math.min(24, youngestParentAge - 19);
  for (let i = 0; i < count; i++) addPerson(draft, 'kind', draft.rng.int(0, Math.max(0, oldest)));
}

function addPartner(draft: Draft, age: number, minAge: number): PersonModel {
  const partnerAge = Math.max(minAge, age + draft.rng.int(-5, 5));
  return addPerson(draft, 'partner', partnerAge, familyName(draft.rng));
}

function compose(type: HouseholdType, draft: Draft): void {
  const { rng } = draft;
  switch (type) {
    case 'alleenstaand':
      // most students stay domiciled with their parents, so people living alone start older
      addPerson(draft, 'aanvrager', rng.int(21, 64));
      return;
    case 'alleenstaande-oudere':
      addPerson(draft, 'aanvrager', olderAge(rng)).widowed = rng.chance(DEMO_SHARES.widowedOlderAlone);
      return;
    case 'koppel': {
      const age = rng.int(22, 64);
      addPerson(draft, 'aanvrager', age);
      addPartner(draft, age, 19);
      return;
    }
    case 'koppel-ouderen': {
      const age = olderAge(rng);
      addPerson(draft, 'aanvrager', age);
      addPartner(draft, age, 60);
      return;
    }
    case 'gezin': {
      const age = rng.int(24, 58);
      addPerson(draft, 'aanvrager', age);
      const partner = addPartner(draft, age, 21);
      addChildren(draft, Math.min(age, partner.age));
      return;
    }
    case 'eenoudergezin': {
      const age = rng.int(22, 58);
      addPerson(draft, 'aanvrager', age);
      addChildren(draft, age);
      return;
    }
    case 'andere': {
      addPerson(draft, 'aanvrager', rng.int(19, 80));
      const others = rng.int(1, 2);
      for (let i = 0; i < others; i++) addPerson(draft, 'andere', rng.int(18, 85), familyName(rng));
      return;
    }
  }
}

/** Dates each member joined; sometimes adds a former member whose membership has ended. */
function dateMemberships(type: HouseholdType, draft: Draft): void {
  const { rng, reference, members } = draft;
  const head = members[0];
  if (head === undefined) return;
  const yearsHere = rng.int(0, Math.max(0, Math.min(head.age - 18, 30)));
  head.validFrom = addDays(reference, -(yearsHere * 365 + rng.int(1, 364)));
  for (const member of members.slice(1)) {
    member.validFrom = member.birthDate > head.validFrom ? member.birthDate : head.validFrom;
  }
  const formerShare = type === 'eenoudergezin' ? 0.5 : DEMO_SHARES.formerMember;
  const span = daysBetween(head.validFrom, reference);
  if (span < 2 || !rng.chance(formerShare)) return;
  const role: MemberRole = type === 'eenoudergezin' || type === 'alleenstaand' ? 'partner' : 'kind';
  const age = role === 'partner' ? Math.max(20, head.age + rng.int(-4, 4)) : rng.int(19, 26);
  const former = addPerson(draft, role, age, role === 'partner' ? familyName(rng) : undefined);
  former.validFrom = head.validFrom;
  former.validUntil = addDays(head.validFrom, rng.int(1, span - 1));
}

/** Generates one household with its own random stream. */
export function generateHousehold(rng: Rng, reference: string): HouseholdModel {
  const type = rng.weighted(DEMO_SHARES.householdType);
  const municipality = rng.chance(DEMO_SHARES.kansendonk) ? DEMO_MUNICIPALITIES[0] : DEMO_MUNICIPALITIES[1];
  if (municipality === undefined) throw new Error('demo municipalities are missing');
  const draft: Draft = {
    type,
    rng,
    reference,
    nationality: rng.weighted(DEMO_SHARES.nationalityStatus),
    familyName: familyName(rng),
    members: [],
  };
  const neighbourhood = rng.pick(municipality.neighbourhoods);
  const street = streetName(rng);
  const houseNumber = String(rng.int(1, 220));
  compose(type, draft);
  dateMemberships(type, draft);
  const statuses = applyStatuses(draft.members, rng, reference);
  return {
    type,
    municipalityNis: municipality.nisCode,
    neighbourhood,
    street,
    houseNumber,
    members: draft.members,
    statuses,
  };
}
