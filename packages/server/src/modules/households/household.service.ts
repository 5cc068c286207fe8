import type { z } from 'zod';
import type { Actor } from '../../platform/auth/actor.ts';
import { audited } from '../../platform/audit/audited.ts';
import type { Database, Queryable } from '../../platform/db/connect.ts';
import { Errors } from '../../platform/errors/problem.ts';
import { canAccessHousehold } from '../../platform/policies/policy.ts';
import { datesOfBirth } from '../persons/person.service.ts';
import { insertPerson, nationalRegisterNumberExists } from '../persons/person.repository.ts';
import type { newMemberSchema } from '../persons/person.schema.ts';
import {
  endMembership,
  findHousehold,
  householdDossierOrganisationIds,
  insertMembership,
  listMembers,
  type HouseholdRow,
  type MemberRow,
} from './household.repository.ts';

/** A new member as the API receives it. */
export type NewMemberInput = z.infer<typeof newMemberSchema>;

/** A household with its members and their dates of birth. */
export interface HouseholdDetail extends HouseholdRow {
  members: (MemberRow & { dateOfBirth: string | null })[];
}

/**
 * Creates a person and their membership of a household. `path` names the input field in errors
 * (a national register number may belong to one person only).
 */
export async function addNewMember(tx: Queryable, householdId: number, member: NewMemberInput, path: string): Promise<number> {
  const nrn = member.national_register_number ?? null;
  if (nrn && (await nationalRegisterNumberExists(tx, nrn))) {
    throw Errors.conflict(`${path}.national_register_number`, 'A person with this national register number already exists.');
  }
  const personId = await insertPerson(tx, { givenName: member.given_name, familyName: member.family_name, nationalRegisterNumber: nrn });
  await insertMembership(tx, { householdId, personId, role: member.role, validFrom: member.valid_from, validUntil: null });
  return personId;
}

async function loadDetail(tx: Queryable, household: HouseholdRow): Promise<HouseholdDetail> {
  const members = await listMembers(tx, household.id);
  const births = await datesOfBirth(tx, members.map((m) => m.personId));
  return { ...household, members: members.map((m) => ({ ...m, dateOfBirth: births.get(m.personId) ?? null })) };
}

/** Reads a household with its members: for organisations with a dossier on it. Audited. */
export function readHousehold(database: Database, actor: Actor, householdId: number): Promise<HouseholdDetail> {
  return audited(
    database,
    { actor, action: 'read', recordType: 'household', recordId: householdId, purpose: 'case-work', what: 'household' },
    async (tx) => {
      const household = await findHousehold(tx, householdId);
      if (!household) return { kind: 'missing' };
      const detail = await loadDetail(tx, household);
      const personIds = detail.members.map((m) => m.personId);
      if (!canAccessHousehold(actor, { dossierOrganisationIds: await householdDossierOrganisationIds(tx, householdId) })) {
        return { kind: 'denied', personIds };
      }
      return { kind: 'done', personIds, value: detail };
    },
  );
}

/** Adds a new person to a household. Audited in the same transaction. */
export function addMember(database: Database, actor: Actor, householdId: number, member: NewMemberInput): Promise<HouseholdDetail> {
  return audited(
    database,
    { actor, action: 'add-member', recordType: 'household', recordId: householdId, purpose: 'case-work', what: 'household' },
    async (tx) => {
      const household = await findHousehold(tx, householdId);
      if (!household) return { kind: 'missing' };
      if (!canAccessHousehold(actor, { dossierOrganisationIds: await householdDossierOrganisationIds(tx, householdId) })) {
        return { kind: 'denied', personIds: [] };
      }
      const personId = await addNewMember(tx, householdId, member, 'body');
      const detail = await loadDetail(tx, household);
      return { kind: 'done', personIds: [personId], value: detail, details: { role: member.role } };
    },
  );
}

/** Ends a membership on a date (the person left the household). Audited. */
export function endHouseholdMembership(
  database: Database,
  actor: Actor,
  householdId: number,
  membershipId: number,
  validUntil: string,
): Promise<HouseholdDetail> {
  return audited(
    database,
    { actor, action: 'end-membership', recordType: 'household', recordId: householdId, purpose: 'case-work', what: 'household' },
    async (tx) => {
      const household = await findHousehold(tx, householdId);
      if (!household) return { kind: 'missing' };
      if (!canAccessHousehold(actor, { dossierOrganisationIds: await householdDossierOrganisationIds(tx, householdId) })) {
        return { kind: 'denied', personIds: [] };
      }
      const member = (await listMembers(tx, householdId)).find((m) => m.membershipId === membershipId);
      if (!member) throw Errors.notFound('membership', membershipId);
      if (validUntil <= member.validFrom) {
        throw Errors.invalidField('body.valid_until', 'end-before-start', `The membership started on ${member.validFrom}; it must end after that day.`);
      }
      await endMembership(tx, householdId, membershipId, validUntil);
      return { kind: 'done', personIds: [member.personId], value: await loadDetail(tx, household), details: { membership_id: membershipId, valid_until: validUntil } };
    },
  );
}
