import type { Queryable } from '../../platform/db/connect.ts';
import type { MemberRole } from '../../platform/db/schema.ts';

/** A household's address. */
export interface HouseholdRow {
  id: number;
  street: string | null;
  houseNumber: string | null;
  postalCode: string | null;
  municipalityNis: string | null;
}

/** Finds a household by id. */
export async function findHousehold(q: Queryable, id: number): Promise<HouseholdRow | undefined> {
  const row = await q.db.selectFrom('households').selectAll().where('id', '=', id).executeTakeFirst();
  return (
    row && {
      id: row.id,
      street: row.street,
      houseNumber: row.house_number,
      postalCode: row.postal_code,
      municipalityNis: row.municipality_nis,
    }
  );
}

/** Inserts a household and returns the id. */
export async function insertHousehold(q: Queryable, household: Omit<HouseholdRow, 'id'>): Promise<number> {
  const row = await q.db
    .insertInto('households')
    .values({
      street: household.street,
      house_number: household.houseNumber,
      postal_code: household.postalCode,
      municipality_nis: household.municipalityNis,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A membership with the member's identity. */
export interface MemberRow {
  membershipId: number;
  personId: number;
  givenName: string;
  familyName: string;
  nationalRegisterNumber: string | null;
  role: MemberRole;
  validFrom: string;
  validUntil: string | null;
}

/** Every membership of a household, current and past, in order of joining. */
export async function listMembers(q: Queryable, householdId: number): Promise<MemberRow[]> {
  const rows = await q.db
    .selectFrom('household_memberships as m')
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .select(['m.id', 'm.person_id', 'p.given_name', 'p.family_name', 'p.national_register_number', 'm.role', 'm.valid_from', 'm.valid_until'])
    .where('m.household_id', '=', householdId)
    .orderBy('m.valid_from')
    .orderBy('m.id')
    .execute();
  return rows.map((row) => ({
    membershipId: row.id,
    personId: row.person_id,
    givenName: row.given_name,
    familyName: row.family_name,
    nationalRegisterNumber: row.national_register_number,
    role: row.role,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
  }));
}

/** Values of a new membership. */
export interface NewMembership {
  householdId: number;
  personId: number;
  role: MemberRole;
  validFrom: string;
  validUntil: string | null;
}

/** Inserts a membership and returns the id. */
export async function insertMembership(q: Queryable, membership: NewMembership): Promise<number> {
  const row = await q.db
    .insertInto('household_memberships')
    .values({
      household_id: membership.householdId,
      person_id: membership.personId,
      role: membership.role,
      valid_from: membership.validFrom,
      valid_until: membership.validUntil,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Sets the end date of a membership of a household; false when there is no such membership. */
export async function endMembership(q: Queryable, householdId: number, membershipId: number, validUntil: string): Promise<boolean> {
  const result = await q.db
    .updateTable('household_memberships')
    .set({ valid_until: validUntil })
    .where('id', '=', membershipId)
    .where('household_id', '=', householdId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Organisations holding a dossier on this household. */
export async function householdDossierOrganisationIds(q: Queryable, householdId: number): Promise<number[]> {
  const rows = await q.db.selectFrom('dossiers').select('organisation_id').distinct().where('household_id', '=', householdId).execute();
  return rows.map((row) => row.organisation_id);
}

/** Ids of the persons who are or were members of any of these households (whose data a list of them shows), each once. */
export async function personIdsOfHouseholds(q: Queryable, householdIds: readonly number[]): Promise<number[]> {
  if (householdIds.length === 0) return [];
  const rows = await q.query<{ person_id: number }>('select distinct person_id from household_memberships where household_id = any($1::int[])', [householdIds]);
  return rows.map((r) => r.person_id);
}
