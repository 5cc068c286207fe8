import type { Database } from '../src/platform/db/connect.ts';
import { ROLES, type Role } from '../src/platform/db/schema.ts';
import { hashPassword } from '../src/platform/auth/password.ts';

/** The password of every fixture user. */
export const FIXTURE_PASSWORD = 'fixture-password-1';

/** A small synthetic world for API tests: an OCMW and a CAW, one user per role in each, one dossier each. */
export interface Fixture {
  ocmwId: number;
  cawId: number;
  /** E-mail of the OCMW user with this role. */
  ocmw: Record<Role, string>;
  /** E-mail of the CAW user with this role. */
  caw: Record<Role, string>;
  /** Household, person and dossier owned by the OCMW. */
  ocmwHouseholdId: number;
  ocmwPersonId: number;
  ocmwDossierId: number;
  /** Household, person and dossier owned by the CAW. */
  cawHouseholdId: number;
  cawPersonId: number;
  cawDossierId: number;
  userIds: Record<string, number>;
}

async function insertOrganisation(database: Database, name: string, type: 'ocmw' | 'caw', werkingsgebiedId: number): Promise<number> {
  const row = await database.db
    .insertInto('organisations')
    .values({ name, type, werkingsgebied_id: werkingsgebiedId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function insertCase(database: Database, organisationId: number, aanspreekpunt: number, familyName: string) {
  const household = await database.db
    .insertInto('households')
    .values({ street: 'Proefstraat', house_number: '1', postal_code: '9999', municipality_nis: '99001' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const person = await database.db
    .insertInto('persons')
    .values({ given_name: 'Testa', family_name: familyName })
    .returning('id')
    .executeTakeFirstOrThrow();
  await database.db
    .insertInto('household_memberships')
    .values({ household_id: household.id, person_id: person.id, role: 'aanvrager', valid_from: '2020-01-01' })
    .execute();
  const dossier = await database.db
    .insertInto('dossiers')
    .values({ title: `Gezin ${familyName}`, organisation_id: organisationId, household_id: household.id, aanspreekpunt_user_id: aanspreekpunt, opened_on: '2026-01-05' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { householdId: household.id, personId: person.id, dossierId: dossier.id };
}

/** Inserts the fixture into an empty, migrated database. */
export async function seedFixture(database: Database): Promise<Fixture> {
  await database.db.insertInto('municipalities').values({ nis_code: '99001', name: 'Kansendonk' }).execute();
  const gebied = await database.db.insertInto('werkingsgebieden').values({ name: 'GBO Proef' }).returning('id').executeTakeFirstOrThrow();
  await database.db.insertInto('werkingsgebied_municipalities').values({ werkingsgebied_id: gebied.id, municipality_nis: '99001' }).execute();
  const ocmwId = await insertOrganisation(database, 'OCMW Proef', 'ocmw', gebied.id);
  const cawId = await insertOrganisation(database, 'CAW Proef', 'caw', gebied.id);
  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  const ocmw = {} as Record<Role, string>;
  const caw = {} as Record<Role, string>;
  const userIds: Record<string, number> = {};
  for (const [organisationId, prefix, map] of [
    [ocmwId, 'ocmw', ocmw],
    [cawId, 'caw', caw],
  ] as const) {
    for (const role of ROLES) {
      const email = `${role}@${prefix}.proef.demo`;
      const row = await database.db
        .insertInto('users')
        .values({ email, name: `${role} ${prefix}`, role, organisation_id: organisationId, password_hash: passwordHash })
        .returning('id')
        .executeTakeFirstOrThrow();
      map[role] = email;
      userIds[email] = row.id;
    }
  }
  const ocmwCase = await insertCase(database, ocmwId, userIds[ocmw['maatschappelijk-werker']]!, 'Ocmwtest');
  const cawCase = await insertCase(database, cawId, userIds[caw['maatschappelijk-werker']]!, 'Cawtest');
  return {
    ocmwId,
    cawId,
    ocmw,
    caw,
    ocmwHouseholdId: ocmwCase.householdId,
    ocmwPersonId: ocmwCase.personId,
    ocmwDossierId: ocmwCase.dossierId,
    cawHouseholdId: cawCase.householdId,
    cawPersonId: cawCase.personId,
    cawDossierId: cawCase.dossierId,
    userIds,
  };
}
