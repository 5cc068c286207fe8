import type { Database } from '@springplank/server/platform/db/connect.ts';
import { compileSql, DEFAULT_TABLES, situationInserts, type Catalog, type CompiledSql, type Situation, type SqlTables } from '../src/index.ts';

/** One household's row of a screening query: status code `s<i>` and amount `a<i>` of each right. */
export type ScreeningRow = Record<string, number | null>;

/**
 * Runs a compiled screening query as a screening run does: its setup statements first, in the
 * same transaction (they are SET LOCAL), with `parameters` (default: all households).
 */
export function runCompiled(db: Database, compiled: CompiledSql, parameters: unknown[] = compiled.parameters): Promise<ScreeningRow[]> {
  return db.transaction(async (tx) => {
    for (const statement of compiled.setup) await tx.query(statement);
    return tx.query<ScreeningRow>(compiled.sql, parameters);
  });
}

/**
 * Empties the screening `tables` of `database`, puts `situations` in as households 1…n,
 * compiles `catalog` on `date` and runs the query: the SQL outcome to hold against the
 * interpreter's, one row per situation in order.
 */
export async function runSql(
  database: Database,
  catalog: Catalog,
  situations: Situation[],
  date: string,
  tables: SqlTables = DEFAULT_TABLES,
): Promise<{ compiled: CompiledSql; rows: ScreeningRow[] }> {
  await database.query(`TRUNCATE ${tables.persons}, ${tables.households}`);
  for (const insert of situationInserts(situations, catalog.vocabulary, tables)) await database.query(insert.sql, insert.parameters);
  const compiled = compileSql(catalog, date, { tables });
  return { compiled, rows: await runCompiled(database, compiled) };
}
