import { UnreachableCaseError } from '../errors.ts';
import { toDays } from '../dates.ts';
import type { Catalog, RightDefinition } from '../load/types.ts';
import { nodeKey } from '../core/key.ts';
import type { CoreNode, NodeOf } from '../core/nodes.ts';
import { aggregateOver } from './aggregate.ts';
import type { Fragment } from './fragment.ts';
import { QUERY_PARAMETER, SqlCompiler } from './compiler.ts';
import { hoistRowExpressions } from './hoist.ts';
import { ident, DEFAULT_TABLES, type SqlTables } from './schema.ts';

/** A compiled screening query: run it with its parameters; one row per household. */
export interface CompiledSql {
  sql: string;
  parameters: unknown[];
  /** Right ids in column order: column `s<i>` is the status code and `a<i>` the amount of rights[i]. */
  rights: string[];
  /**
   * Statements to run first in the same transaction. JIT compilation of this very wide
   * query costs far more than it saves (seconds of LLVM work for a few milliseconds of
   * execution on small tables, minutes on large ones), so it is switched off locally. The
   * per-household hash joins and sorts hold wide rows: with the default 4 MB of work_mem they
   * spill to thousands of batch files on disk, so the query gets more memory for itself.
   */
  setup: string[];
}

/** Options of {@link compileSql}. */
export interface SqlOptions {
  tables?: SqlTables;
  /** Only these rights (default all); the rights they read are computed too. */
  rights?: string[];
  /** Read the provenance columns to find outcomes to confirm (default true). */
  provenance?: boolean;
}

const [FROM, TO] = [`$${QUERY_PARAMETER.rangeFrom}::bigint`, `$${QUERY_PARAMETER.rangeTo}::bigint`];

/**
 * The household range of a run (from ≤ household_id < to; NULL = unbounded), on every scan of
 * the screening tables, so each of several sessions reads only its own part (the planner
 * does not carry a range across a join). With the values bound, PostgreSQL folds the NULL tests away.
 */
const inRange = (alias: string) => `(${FROM} IS NULL OR ${alias}.household_id >= ${FROM}) AND (${TO} IS NULL OR ${alias}.household_id < ${TO})`;

const STATUS = (e: string, u: string) => `(CASE WHEN ${e} IS NULL THEN 2 WHEN ${e} THEN (CASE WHEN ${u} THEN 1 ELSE 0 END) ELSE 3 END)`;

/**
 * The status code of a condition evaluated once (a simple CASE), with `u` a flag valid where the
 * condition holds and evaluated only there; NULL (unknown) matches neither WHEN.
 */
const statusOnce = (e: string, u: string) => `(CASE ${e} WHEN TRUE THEN ${u === 'false' ? '0' : `(CASE WHEN ${u} THEN 1 ELSE 0 END)`} WHEN FALSE THEN 3 ELSE 2 END)`;

/**
 * Compiles a catalogue, on one date, into one PostgreSQL query that evaluates every
 * household of the screening tables inside the database (PGlite or a server; plain SQL a
 * distributed PostgreSQL such as Citus can run). Rights are computed in stages: each stage
 * adds the rights whose dependencies the previous stages hold, so no right is computed twice.
 * Parameters in force on the date are resolved at compile time; the date is a query parameter (QUERY_PARAMETER).
 */
export function compileSql(catalog: Catalog, date: string, options: SqlOptions = {}): CompiledSql {
  const tables = options.tables ?? DEFAULT_TABLES;
  const wanted = options.rights ?? catalog.order;
  const columns = new Map<string, { e: string; u: string }>();
  const hoisted = new Map<string, { v: string; u: string }>();
  const c = new SqlCompiler(catalog, toDays(date), tables, options.provenance !== false, columns, hoisted);
  const stages = stageRights(catalog, wanted);
  const groups = groupedAggregates(stageRights(catalog, wanted).flat(), c);
  const grouped = groups
    ? `SELECT s.*, ${groups.columns.join(', ')} FROM sp_base s LEFT JOIN sp_groups g ON g.household_id = s.household_id`
    : 'SELECT * FROM sp_base';
  const rowColumns = hoistRowExpressions(stages.flat(), c, 'x');
  // OFFSET 0: one step, so the stages read the household-level columns instead of the planner
  // substituting (and so repeating) their expressions at every use.
  const row = `sp_row AS (SELECT x.*${rowColumns.map((col) => `, ${col}`).join('')} FROM (${grouped}) x OFFSET 0)`;
  const index = new Map<string, number>();
  stages.flat().forEach((r, i) => index.set(r.id, i));
  // Rights other rights read keep their value and flag as columns; the others only a status,
  // whose flag is computed only where the right holds (see flagIf).
  const read = new Set(stages.flat().flatMap((r) => r.dependsOn));
  const rowScope = { row: 's', person: null, it: null };
  // Each stage adds only its own columns, as a lateral step t<k> next to the row (OFFSET 0 keeps
  // it one step, evaluated once per household), instead of copying the wide row into every stage.
  let from = 'sp_row s';
  const at = new Map<string, string>();
  for (const stage of stages) {
    const selects: string[] = [];
    const joins: string[] = [];
    const t = `t${stages.indexOf(stage)}`;
    const people = stage.filter((r) => r.subject === 'person');
    const pq = `pq${stages.indexOf(stage)}`;
    if (people.length) joins.push(stagePersonRights(people, index, c, pq));
    for (const right of stage) {
      const i = index.get(right.id)!;
      if (right.subject === 'household') {
        const e = c.visit(right.eligibility, rowScope);
        if (read.has(right.id)) selects.push(`${e.v} AS r${i}_e`, `${c.flagOf(right.eligibility, rowScope, e.v)} AS r${i}_u`);
        else selects.push(`${statusOnce(e.v, c.flagIf(right.eligibility, rowScope, true))} AS r${i}_st`);
      } else {
        selects.push(`(CASE WHEN ${pq}.pr${i}_st <= 1 THEN TRUE WHEN ${pq}.pr${i}_st = 2 THEN NULL ELSE FALSE END) AS r${i}_e`, `coalesce(${pq}.pr${i}_du, false) AS r${i}_u`);
        if (right.amount) selects.push(`${pq}.pr${i}_am AS r${i}_a`);
      }
    }
    from = `${from}${joins.map((j) => ` ${j}`).join('')} CROSS JOIN LATERAL (SELECT ${selects.join(', ')} OFFSET 0) ${t}`;
    for (const right of stage) {
      at.set(right.id, t);
      columns.set(right.id, { e: `${t}.r${index.get(right.id)}_e`, u: `${t}.r${index.get(right.id)}_u` });
    }
  }
  const outputs = wanted.map((id, k) => {
    const i = index.get(id)!;
    const t = at.get(id)!;
    const right = catalog.rights.get(id)!;
    const byStatus = right.subject === 'household' && !read.has(id);
    const holds = byStatus ? `${t}.r${i}_st <= 1` : `${t}.r${i}_e`;
    // A household right's amount only where it holds (computed here, after its stage).
    const value = right.subject === 'household' && right.amount ? `(${c.visit(right.amount.expr, rowScope).v})::float8` : `${t}.r${i}_a`;
    const amount = right.amount ? `(CASE WHEN ${holds} THEN ${value} END)` : 'NULL::float8';
    return `${byStatus ? `${t}.r${i}_st` : STATUS(`${t}.r${i}_e`, `${t}.r${i}_u`)}::smallint AS s${k}, ${amount} AS a${k}`;
  });
  // Built last: the row carries only the columns the compiled rules read (the tables hold a
  // column per fact of the vocabulary and two for its provenance; wide rows cost time in every
  // step that stores them).
  const aanvragerColumns = ['ordinal', ...[...c.usedColumns.aanvrager].sort()];
  const householdColumns = [...c.usedColumns.household].sort();
  const base = `sp_base AS (SELECT h.household_id${householdColumns.map((col) => `, h.${ident(col)}`).join('')}, ${aanvragerColumns.map((col) => `a.${ident(col)} AS ${ident(`a__${col}`)}`).join(', ')} FROM ${ident(tables.households)} h LEFT JOIN sp_aanvrager a ON a.household_id = h.household_id WHERE ${inRange('h')})`;
  const aanvrager = `sp_aanvrager AS (SELECT DISTINCT ON (household_id) household_id, ${aanvragerColumns.map(ident).join(', ')} FROM ${ident(tables.persons)} x WHERE role = 'aanvrager' AND ${inRange('x')} ORDER BY household_id, ordinal)`;
  const ctes = [aanvrager, base, ...(groups ? [groups.cte] : []), row];
  const sql = `WITH ${ctes.join(',\n')}\nSELECT s.household_id, ${outputs.join(', ')}\nFROM ${from}\nORDER BY s.household_id`;
  return { sql, parameters: c.parameters, rights: wanted, setup: ['SET LOCAL jit = off', "SET LOCAL work_mem = '256MB'"] };
}

const EMPTY: Record<NodeOf<'aggregate'>['op'], string> = { count: '0::float8', sum: '0::float8', min: 'NULL::float8', max: 'NULL::float8', any: 'FALSE', all: 'TRUE' };

/**
 * Aggregates that depend only on the household (no person, no other right) are computed in
 * one grouped pass over all members instead of a subquery per household and per right: the
 * same count(kind) used by twenty rights is counted once, in one hash aggregate.
 */
function groupedAggregates(rights: RightDefinition[], c: SqlCompiler): { cte: string; columns: string[] } | null {
  const found = new Map<string, NodeOf<'aggregate'>>();
  const walk = (node: CoreNode): void => {
    if (node.kind === 'aggregate') {
      if (householdOnly(node)) found.set(nodeKey(node), node);
      return;
    }
    if (node.kind === 'compare') [node.left, node.right].forEach(walk);
    if (node.kind === 'arithmetic' || node.kind === 'logic') node.args.forEach(walk);
  };
  for (const right of rights) [right.eligibility, right.amount?.expr].forEach((n) => n && walk(n));
  if (!found.size) return null;
  const inner: string[] = ['m.household_id', 'm.ordinal', 'k.*'];
  const values: string[] = [];
  const selects: string[] = [];
  const columns: string[] = [];
  const scope = { row: 's', person: null, it: 'm' };
  // Each member's where/of computed once, as columns the aggregates read; `of` only for members
  // the `where` may include, as inside the aggregate's FILTER. The values first (lateral k), then
  // the flags from those values, so a flag does not evaluate its condition again.
  // `only`: the where's value as an expression (for the values) and as read by the flags.
  const member = (node: CoreNode, name: string, only: { expr: string; col: string } | null): Fragment => {
    const f = c.visit(node, scope);
    if (f.v === 'TRUE' || f.v === 'FALSE') return f;
    values.push(`${only ? `(CASE WHEN ${only.expr} IS NOT FALSE THEN ${f.v} END)` : f.v} AS ${name}_v`);
    if (f.u === 'false') return { v: `x.${name}_v`, u: 'false' };
    const flag = c.flagOf(node, scope, `k.${name}_v`);
    inner.push(`${only ? `(CASE WHEN ${only.col} IS NOT FALSE THEN ${flag} END)` : flag} AS ${name}_u`);
    return { v: `x.${name}_v`, u: `x.${name}_u` };
  };
  let k = 0;
  for (const [key, node] of found) {
    const w = node.where ? member(node.where, `w${k}`, null) : { v: 'TRUE', u: 'false' };
    const only = !node.where || w.v === 'TRUE' ? null : w.v === 'FALSE' ? { expr: 'FALSE', col: 'FALSE' } : { expr: c.visit(node.where, scope).v, col: `k.w${k}_v` };
    const o = node.of ? member(node.of, `o${k}`, only) : { v: 'TRUE', u: 'false' };
    const parts = aggregateOver(node, w, o, 'x');
    selects.push(`(${parts.v}) AS g${k}_v`);
    columns.push(`(CASE WHEN g.household_id IS NULL THEN ${EMPTY[node.op]} ELSE g.g${k}_v END) AS g${k}_v`);
    if (parts.u !== 'false') {
      selects.push(`(${parts.u}) AS g${k}_u`);
      columns.push(`coalesce(g.g${k}_u, false) AS g${k}_u`);
    }
    c.hoisted.set(key, { v: `g${k}_v`, u: parts.u === 'false' ? 'false' : `g${k}_u` });
    k++;
  }
  const members = `SELECT ${inner.join(', ')} FROM sp_base s JOIN ${ident(c.tables.persons)} m ON m.household_id = s.household_id CROSS JOIN LATERAL (SELECT ${values.length ? values.join(', ') : 'TRUE AS none'} OFFSET 0) k WHERE ${inRange('m')} OFFSET 0`;
  const cte = `sp_groups AS (SELECT x.household_id, ${selects.join(', ')} FROM (${members}) x GROUP BY x.household_id)`;
  return { cte, columns };
}

/** True when an aggregate reads only its members and the household (so it can be shared). */
function householdOnly(node: CoreNode): boolean {
  switch (node.kind) {
    case 'fact':
      return node.scope !== 'person';
    case 'right':
      return false;
    case 'compare':
      return householdOnly(node.left) && householdOnly(node.right);
    case 'arithmetic':
    case 'logic':
      return node.args.every(householdOnly);
    case 'aggregate':
      return (!node.where || householdOnly(node.where)) && (!node.of || householdOnly(node.of));
    case 'constant':
    case 'parameter':
      return true;
    default:
      throw new UnreachableCaseError(node);
  }
}

/**
 * Per member only a status code of each person right (NULL where the right does not apply to
 * the member's role), and the amount in a second step (lateral k), only for members who hold
 * the right; `outer` combines the members of a household into pr<i>_st/_du/_am.
 */
function memberStatuses(rights: RightDefinition[], index: Map<string, number>, c: SqlCompiler): { statuses: string[]; inner: string[]; outer: string[] } {
  const scope = { row: 's', person: 'p', it: null };
  const statuses: string[] = [];
  const inner: string[] = ['p.household_id', 'p.ordinal AS ord'];
  const outer: string[] = [];
  for (const right of rights) {
    const i = index.get(right.id)!;
    const e = c.visit(right.eligibility, scope);
    const status = statusOnce(e.v, c.flagIf(right.eligibility, scope, true));
    statuses.push(`${right.appliesTo ? `(CASE WHEN p.role IN (${right.appliesTo.map((r) => `'${r}'`).join(', ')}) THEN ${status} END)` : status} AS st${i}`);
    inner.push(`k.st${i}`);
    outer.push(`min(st${i}) AS pr${i}_st`, `bool_and(st${i} = 1) FILTER (WHERE st${i} <= 1) AS pr${i}_du`);
    if (right.amount) {
      inner.push(`(CASE WHEN k.st${i} <= 1 THEN (${c.visit(right.amount.expr, scope).v})::float8 END) AS am${i}`);
      outer.push(`(CASE WHEN bool_or(st${i} <= 1) THEN (CASE WHEN bool_or(st${i} <= 1 AND am${i} IS NULL) THEN NULL ELSE sum(am${i} ORDER BY ord) FILTER (WHERE st${i} <= 1) END) END) AS pr${i}_am`);
    }
  }
  return { statuses, inner, outer };
}

/**
 * The person rights of a stage: the household's members read once (an index scan on the
 * persons' primary key) in one lateral subquery for all of them, combined there. One grouped
 * pass over all members (hash join, sort, GROUP BY) cost more, mostly because the stage row
 * then had two readers and was stored in between.
 */
function stagePersonRights(rights: RightDefinition[], index: Map<string, number>, c: SqlCompiler, alias: string): string {
  const { statuses, inner, outer } = memberStatuses(rights, index, c);
  const members = `SELECT ${inner.join(', ')} FROM ${ident(c.tables.persons)} p CROSS JOIN LATERAL (SELECT ${statuses.join(', ')} OFFSET 0) k WHERE p.household_id = s.household_id`;
  return `LEFT JOIN LATERAL (SELECT ${outer.join(', ')} FROM (${members}) x) ${alias} ON TRUE`;
}

/** Groups the needed rights into stages: a right comes one stage after the last right it reads. */
function stageRights(catalog: Catalog, wanted: string[]): RightDefinition[][] {
  const level = new Map<string, number>();
  const levelOf = (id: string): number => {
    const known = level.get(id);
    if (known !== undefined) return known;
    const right = catalog.rights.get(id)!;
    const l = right.dependsOn.length ? 1 + Math.max(...right.dependsOn.map(levelOf)) : 0;
    level.set(id, l);
    return l;
  };
  wanted.forEach(levelOf);
  const stages: RightDefinition[][] = [];
  for (const id of catalog.order) {
    const l = level.get(id);
    if (l === undefined) continue;
    (stages[l] ??= []).push(catalog.rights.get(id)!);
  }
  return stages.filter((s) => s !== undefined);
}
