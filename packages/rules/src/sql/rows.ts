import { fromDays } from '../dates.ts';
import { normalizeSituation, type FactValue, type Situation } from '../eval/situation.ts';
import type { FactsVocabulary } from '../facts/vocabulary.ts';
import { ident, OBSERVED, SELF_DECLARED, DEFAULT_TABLES, type SqlTables } from './schema.ts';

/** A row of a screening table, column name → value. */
export type SqlRow = Record<string, unknown>;

/** The screening-table rows of situations (household ids 1, 2, … in order). */
export function situationRows(situations: Situation[], vocabulary: FactsVocabulary): { households: SqlRow[]; persons: SqlRow[] } {
  const households: SqlRow[] = [];
  const persons: SqlRow[] = [];
  const put = (row: SqlRow, facts: Map<string, FactValue>) => {
    for (const [id, fv] of facts) {
      const def = vocabulary.facts.get(id)!;
      row[id] = def.type === 'date' ? fromDays(fv.value as number) : fv.value;
      if (fv.source === 'self-declared') row[id + SELF_DECLARED] = true;
      if (fv.observed) row[id + OBSERVED] = fv.observed;
    }
  };
  situations.forEach((situation, h) => {
    const s = normalizeSituation(situation, vocabulary, 0);
    const household: SqlRow = { household_id: h + 1 };
    put(household, s.household);
    households.push(household);
    s.persons.forEach((p, ordinal) => {
      const row: SqlRow = { household_id: h + 1, ordinal, person_id: p.id, role: p.role };
      put(row, p.facts);
      persons.push(row);
    });
  });
  return { households, persons };
}

/** Parameterised multi-row INSERT statements for rows (at most `batch` rows each). */
export function sqlInserts(table: string, rows: SqlRow[], batch = 500): { sql: string; parameters: unknown[] }[] {
  const out: { sql: string; parameters: unknown[] }[] = [];
  for (let i = 0; i < rows.length; i += batch) {
    const slice = rows.slice(i, i + batch);
    const columns = [...new Set(slice.flatMap((r) => Object.keys(r)))];
    const parameters: unknown[] = [];
    const values = slice.map((r) => `(${columns.map((c) => (parameters.push(r[c] ?? null), `$${parameters.length}`)).join(', ')})`);
    out.push({ sql: `INSERT INTO ${ident(table)} (${columns.map(ident).join(', ')}) VALUES ${values.join(', ')}`, parameters });
  }
  return out;
}

/** The INSERT statements that load situations into the screening tables. */
export function situationInserts(situations: Situation[], vocabulary: FactsVocabulary, tables: SqlTables = DEFAULT_TABLES): { sql: string; parameters: unknown[] }[] {
  const rows = situationRows(situations, vocabulary);
  return [...sqlInserts(tables.households, rows.households), ...sqlInserts(tables.persons, rows.persons)];
}
