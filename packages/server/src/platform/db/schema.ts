import type { ColumnType, Generated } from 'kysely';

/**
 * Kysely table types for the migrations in packages/server/migrations.
 * Dates (`date`) are read as 'YYYY-MM-DD' strings, bigints as numbers (see connect.ts).
 */

/** A column with a database default: optional on insert. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;
/** A timestamptz column with a default: read as Date, written as Date or ISO string. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export {
  ROLES, ORGANISATION_TYPES, MEMBER_ROLES, FACT_SOURCES, DOSSIER_STATUSES, AUDIT_OUTCOMES,
  type Role, type OrganisationType, type MemberRole, type FactSource, type DossierStatus, type AuditOutcome,
} from '../codes.ts';
import type { Role, OrganisationType, MemberRole, FactSource, DossierStatus, AuditOutcome } from '../codes.ts';

/** A JSON value as stored in jsonb columns. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Table `schema_migrations`. */
export interface SchemaMigrationsTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: CreatedAt;
}

/** Table `municipalities`. */
export interface MunicipalitiesTable {
  nis_code: string;
  name: string;
}

/** Table `werkingsgebieden`. */
export interface WerkingsgebiedenTable {
  id: Generated<number>;
  name: string;
}

/** Table `werkingsgebied_municipalities`. */
export interface WerkingsgebiedMunicipalitiesTable {
  werkingsgebied_id: number;
  municipality_nis: string;
}

/** Table `organisations`. */
export interface OrganisationsTable {
  id: Generated<number>;
  name: string;
  type: OrganisationType;
  werkingsgebied_id: number | null;
}

/** Table `users`. */
export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: Role;
  organisation_id: number;
  password_hash: string;
  active: Defaulted<boolean>;
  created_at: CreatedAt;
}

/** Table `sessions`. */
export interface SessionsTable {
  token_hash: string;
  user_id: number;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date | string | undefined, Date | string>;
  expires_at: ColumnType<Date, Date | string, Date | string>;
}

/** Table `persons`. */
export interface PersonsTable {
  id: Generated<number>;
  given_name: string;
  family_name: string;
  national_register_number: string | null;
  created_at: CreatedAt;
}

/** Table `households`. */
export interface HouseholdsTable {
  id: Generated<number>;
  street: string | null;
  house_number: string | null;
  postal_code: string | null;
  municipality_nis: string | null;
  created_at: CreatedAt;
}

/** Table `household_memberships`. */
export interface HouseholdMembershipsTable {
  id: Generated<number>;
  household_id: number;
  person_id: number;
  role: MemberRole;
  valid_from: string;
  valid_until: string | null;
}

/** Table `dossiers`. */
export interface DossiersTable {
  id: Generated<number>;
  title: string;
  organisation_id: number;
  household_id: number;
  aanspreekpunt_user_id: number;
  backup_user_id: number | null;
  status: Defaulted<DossierStatus>;
  opened_on: Defaulted<string>;
  closed_on: string | null;
}

/** Table `facts` (append-only). Write `value` as JSON text: `JSON.stringify(v)`. */
export interface FactsTable {
  id: Generated<number>;
  entity_type: 'person' | 'household';
  entity_id: number;
  fact_id: string;
  value: ColumnType<Json, string, never>;
  source: FactSource;
  observed_on: string;
  recorded_by: number | null;
  recorded_at: CreatedAt;
}

/** View `current_facts`: the latest fact per (entity_type, entity_id, fact_id). */
export type CurrentFactsView = FactsTable;

/** Table `audit_log` (append-only, hash-chained; write only through platform/audit). */
export interface AuditLogTable {
  id: Generated<number>;
  at: ColumnType<Date, string, never>;
  actor_user_id: number | null;
  actor_label: string;
  action: string;
  record_type: string;
  record_id: string;
  person_ids: ColumnType<number[], number[] | undefined, never>;
  purpose: string;
  outcome: AuditOutcome;
  details: ColumnType<Json | null, string | null, never>;
  prev_hash: string;
  hash: string;
}

/** The whole database as Kysely sees it. */
export interface Schema {
  schema_migrations: SchemaMigrationsTable;
  municipalities: MunicipalitiesTable;
  werkingsgebieden: WerkingsgebiedenTable;
  werkingsgebied_municipalities: WerkingsgebiedMunicipalitiesTable;
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  persons: PersonsTable;
  households: HouseholdsTable;
  household_memberships: HouseholdMembershipsTable;
  dossiers: DossiersTable;
  facts: FactsTable;
  current_facts: CurrentFactsView;
  audit_log: AuditLogTable;
}
