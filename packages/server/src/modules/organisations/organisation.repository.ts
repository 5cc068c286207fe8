import type { Queryable } from '../../platform/db/connect.ts';
import type { OrganisationType } from '../../platform/db/schema.ts';

/** An organisation. */
export interface OrganisationRow {
  id: number;
  name: string;
  type: OrganisationType;
  werkingsgebiedId: number | null;
}

/** All organisations by name. */
export async function listOrganisations(q: Queryable): Promise<OrganisationRow[]> {
  const rows = await q.db.selectFrom('organisations').selectAll().orderBy('name').execute();
  return rows.map((row) => ({ id: row.id, name: row.name, type: row.type, werkingsgebiedId: row.werkingsgebied_id }));
}

/** One organisation by id. */
export async function findOrganisation(q: Queryable, id: number): Promise<OrganisationRow | undefined> {
  const row = await q.db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, name: row.name, type: row.type, werkingsgebiedId: row.werkingsgebied_id };
}
