import type { Queryable } from '../../platform/db/connect.ts';
import type { DossierStatus, OrganisationType } from '../../platform/db/schema.ts';

/** A dossier with its organisation and the names of aanspreekpunt and backup. */
export interface DossierRow {
  id: number;
  title: string;
  status: DossierStatus;
  organisation: { id: number; name: string; type: OrganisationType };
  aanspreekpunt: { id: number; name: string };
  backup: { id: number; name: string } | null;
  householdId: number;
  openedOn: string;
  closedOn: string | null;
}

function baseQuery(q: Queryable) {
  return q.db
    .selectFrom('dossiers as d')
    .innerJoin('organisations as o', 'o.id', 'd.organisation_id')
    .innerJoin('users as a', 'a.id', 'd.aanspreekpunt_user_id')
    .leftJoin('users as b', 'b.id', 'd.backup_user_id')
    .select([
      'd.id',
      'd.title',
      'd.status',
      'd.household_id',
      'd.opened_on',
      'd.closed_on',
      'o.id as organisation_id',
      'o.name as organisation_name',
      'o.type as organisation_type',
      'a.id as aanspreekpunt_id',
      'a.name as aanspreekpunt_name',
      'b.id as backup_id',
      'b.name as backup_name',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toRow(row: Row): DossierRow {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    organisation: { id: row.organisation_id, name: row.organisation_name, type: row.organisation_type },
    aanspreekpunt: { id: row.aanspreekpunt_id, name: row.aanspreekpunt_name },
    backup: row.backup_id !== null && row.backup_name !== null ? { id: row.backup_id, name: row.backup_name } : null,
    householdId: row.household_id,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
  };
}

/** Dossiers of one organisation, newest first, optionally with one status, at most `limit`. */
export async function listDossiersOfOrganisation(
  q: Queryable,
  organisationId: number,
  filter: { status?: DossierStatus; limit: number; offset: number },
): Promise<DossierRow[]> {
  let query = baseQuery(q).where('d.organisation_id', '=', organisationId);
  if (filter.status) query = query.where('d.status', '=', filter.status);
  const rows = await query.orderBy('d.opened_on', 'desc').orderBy('d.id', 'desc').limit(filter.limit).offset(filter.offset).execute();
  return rows.map(toRow);
}

/** Finds a dossier by id. */
export async function findDossier(q: Queryable, id: number): Promise<DossierRow | undefined> {
  const row = await baseQuery(q).where('d.id', '=', id).executeTakeFirst();
  return row && toRow(row);
}

/** Values of a new dossier. */
export interface NewDossier {
  title: string;
  organisationId: number;
  householdId: number;
  aanspreekpuntUserId: number;
  backupUserId: number | null;
  openedOn: string;
}

/** Inserts a dossier and returns the id. */
export async function insertDossier(q: Queryable, dossier: NewDossier): Promise<number> {
  const row = await q.db
    .insertInto('dossiers')
    .values({
      title: dossier.title,
      organisation_id: dossier.organisationId,
      household_id: dossier.householdId,
      aanspreekpunt_user_id: dossier.aanspreekpuntUserId,
      backup_user_id: dossier.backupUserId,
      opened_on: dossier.openedOn,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Changes of a dossier; absent fields stay as they are. */
export interface DossierChanges {
  title?: string;
  status?: DossierStatus;
  closedOn?: string | null;
  aanspreekpuntUserId?: number;
  backupUserId?: number | null;
}

/** Applies changes to a dossier. */
export async function updateDossier(q: Queryable, id: number, changes: DossierChanges): Promise<void> {
  const set = {
    ...(changes.title !== undefined ? { title: changes.title } : {}),
    ...(changes.status !== undefined ? { status: changes.status } : {}),
    ...(changes.closedOn !== undefined ? { closed_on: changes.closedOn } : {}),
    ...(changes.aanspreekpuntUserId !== undefined ? { aanspreekpunt_user_id: changes.aanspreekpuntUserId } : {}),
    ...(changes.backupUserId !== undefined ? { backup_user_id: changes.backupUserId } : {}),
  };
  if (Object.keys(set).length === 0) return;
  await q.db.updateTable('dossiers').set(set).where('id', '=', id).execute();
}

/** Ids of the persons who are or were members of a household (whose data a dossier shows). */
export async function householdPersonIds(q: Queryable, householdId: number): Promise<number[]> {
  const rows = await q.db
    .selectFrom('household_memberships')
    .select('person_id')
    .distinct()
    .where('household_id', '=', householdId)
    .execute();
  return rows.map((row) => row.person_id);
}
