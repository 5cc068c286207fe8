import type { Queryable } from '../../platform/db/connect.ts';
import type { MemberRole } from '../../platform/db/schema.ts';

/** A person's identity (their situation lives in facts). */
export interface PersonRow {
  id: number;
  givenName: string;
  familyName: string;
  nationalRegisterNumber: string | null;
}

/** Finds a person by id. */
export async function findPerson(q: Queryable, id: number): Promise<PersonRow | undefined> {
  const row = await q.db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, givenName: row.given_name, familyName: row.family_name, nationalRegisterNumber: row.national_register_number };
}

/** Values of a new person. */
export interface NewPerson {
  givenName: string;
  familyName: string;
  nationalRegisterNumber: string | null;
}

/** Inserts a person and returns the id. */
export async function insertPerson(q: Queryable, person: NewPerson): Promise<number> {
  const row = await q.db
    .insertInto('persons')
    .values({ given_name: person.givenName, family_name: person.familyName, national_register_number: person.nationalRegisterNumber })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Whether a national register number is already used by a person. */
export async function nationalRegisterNumberExists(q: Queryable, nrn: string): Promise<boolean> {
  const row = await q.db.selectFrom('persons').select('id').where('national_register_number', '=', nrn).executeTakeFirst();
  return row !== undefined;
}

/** A membership of a person, seen from the person. */
export interface PersonMembership {
  householdId: number;
  role: MemberRole;
  validFrom: string;
  validUntil: string | null;
}

/** Every household membership of a person, current and past, newest first. */
export async function listPersonMemberships(q: Queryable, personId: number): Promise<PersonMembership[]> {
  const rows = await q.db
    .selectFrom('household_memberships')
    .select(['household_id', 'role', 'valid_from', 'valid_until'])
    .where('person_id', '=', personId)
    .orderBy('valid_from', 'desc')
    .execute();
  return rows.map((row) => ({ householdId: row.household_id, role: row.role, validFrom: row.valid_from, validUntil: row.valid_until }));
}

/** Organisations holding a dossier on any household the person belongs or belonged to. */
export async function personDossierOrganisationIds(q: Queryable, personId: number): Promise<number[]> {
  const rows = await q.db
    .selectFrom('dossiers')
    .innerJoin('household_memberships', 'household_memberships.household_id', 'dossiers.household_id')
    .select('dossiers.organisation_id')
    .distinct()
    .where('household_memberships.person_id', '=', personId)
    .execute();
  return rows.map((row) => row.organisation_id);
}
