import type { Queryable } from '../../platform/db/connect.ts';

/** A municipality. */
export interface MunicipalityRow {
  nisCode: string;
  name: string;
}

/** All municipalities by name. */
export async function listMunicipalities(q: Queryable): Promise<MunicipalityRow[]> {
  const rows = await q.db.selectFrom('municipalities').select(['nis_code', 'name']).orderBy('name').execute();
  return rows.map((row) => ({ nisCode: row.nis_code, name: row.name }));
}

/** A werkingsgebied with its municipalities. */
export interface WerkingsgebiedRow {
  id: number;
  name: string;
  municipalities: MunicipalityRow[];
}

/** All werkingsgebieden with their municipalities. */
export async function listWerkingsgebieden(q: Queryable): Promise<WerkingsgebiedRow[]> {
  const rows = await q.db
    .selectFrom('werkingsgebieden as w')
    .leftJoin('werkingsgebied_municipalities as wm', 'wm.werkingsgebied_id', 'w.id')
    .leftJoin('municipalities as m', 'm.nis_code', 'wm.municipality_nis')
    .select(['w.id', 'w.name', 'm.nis_code', 'm.name as municipality_name'])
    .orderBy('w.name')
    .orderBy('m.name')
    .execute();
  const byId = new Map<number, WerkingsgebiedRow>();
  for (const row of rows) {
    const entry = byId.get(row.id) ?? { id: row.id, name: row.name, municipalities: [] };
    byId.set(row.id, entry);
    if (row.nis_code && row.municipality_name) entry.municipalities.push({ nisCode: row.nis_code, name: row.municipality_name });
  }
  return [...byId.values()];
}
