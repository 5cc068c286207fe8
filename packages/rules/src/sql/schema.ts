import { UnreachableCaseError } from '../errors.ts';
import type { FactDefinition, FactsVocabulary } from '../facts/vocabulary.ts';

/** Table names the compiled SQL reads. */
export interface SqlTables {
  /** One row per household: household_id bigint primary key plus one column per household fact. */
  households: string;
  /** One row per member: household_id, ordinal (order within the household), person_id, role, person facts. */
  persons: string;
}

/** The default table names. */
export const DEFAULT_TABLES: SqlTables = { households: 'screening_households', persons: 'screening_persons' };

/** Quotes an SQL identifier. */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The PostgreSQL type of a fact's column. */
export function sqlType(fact: FactDefinition): string {
  switch (fact.type) {
    case 'date':
      return 'date';
    case 'number':
    case 'money':
      return 'double precision';
    case 'boolean':
      return 'boolean';
    case 'enum':
    case 'string':
      return 'text';
    default:
      throw new UnreachableCaseError(fact.type);
  }
}

/** Provenance columns of a fact: set when the value was self-declared / the day it was observed. */
export const SELF_DECLARED = '__self_declared';
export const OBSERVED = '__observed';

/**
 * The DDL of the two tables the compiled SQL reads: a column per fact (NULL = unknown) and
 * two provenance columns per fact. Screening fills them with only the facts the rules read.
 */
export function sqlSchema(vocabulary: FactsVocabulary, tables: SqlTables = DEFAULT_TABLES): string {
  const columns = (entity: 'household' | 'person') =>
    [...vocabulary.facts.values()]
      .filter((f) => f.entity === entity)
      .flatMap((f) => [`${ident(f.id)} ${sqlType(f)}`, `${ident(f.id + SELF_DECLARED)} boolean`, `${ident(f.id + OBSERVED)} date`]);
  return [
    `CREATE TABLE ${ident(tables.households)} (household_id bigint PRIMARY KEY${columns('household').map((c) => `, ${c}`).join('')});`,
    `CREATE TABLE ${ident(tables.persons)} (household_id bigint NOT NULL, ordinal integer NOT NULL, person_id text NOT NULL, role text NOT NULL${columns('person').map((c) => `, ${c}`).join('')}, PRIMARY KEY (household_id, ordinal));`,
  ].join('\n');
}
