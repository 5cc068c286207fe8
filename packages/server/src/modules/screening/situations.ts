import type { FactInput, Situation } from '@springplank/rules';
import type { Queryable } from '../../platform/db/connect.ts';
import type { FactSource, Json } from '../../platform/db/schema.ts';

/** Two sources that state different values for one fact on the same (newest) day. */
export interface FactConflict {
  entity: 'household' | 'person';
  /** The person id, or null for a household fact. */
  person: string | null;
  fact: string;
  values: { value: Json; source: FactSource }[];
}

/** One household as the engine reads it, with what could not be decided silently. */
export interface LoadedHousehold {
  householdId: number;
  situation: Situation;
  personIds: number[];
  conflicts: FactConflict[];
}

/**
 * A fact row as read for a screening: entity (0 household, 1 person), entity id, fact, value,
 * source, observed on, and the order in which it was recorded (seconds since 1970, then id).
 */
type PackedFact = [entity: 0 | 1, id: number, fact: string, value: Json, source: FactSource, observed: string, recordedAt: number, rowId: number];

/** The rows of a chunk as PostgreSQL sends them: members in order, and all fact rows as one text (see readSituationRows). */
export interface SituationRows {
  members: { household_id: number; person_id: number; role: string }[];
  /** One line per fact row: `entity,id,fact,source,observed,recorded,rowId,value`. */
  facts: string;
}

/**
 * Loads the situations of some households as they were on `date`: the members whose membership
 * covers that day, and, of the facts in `factIds` only (data minimisation: nothing else is
 * read), the newest value observed on or before that day. When two sources disagree about the
 * newest day the fact is left out and named as a conflict, never chosen silently.
 */
export async function loadSituations(q: Queryable, householdIds: readonly number[], factIds: readonly string[], date: string): Promise<LoadedHousehold[]> {
  return situationsFromRows(householdIds, await readSituationRows(q, householdIds, factIds, date));
}

/** The database half of {@link loadSituations}: what a screening reads, before Node turns it into situations. */
export async function readSituationRows(q: Queryable, householdIds: readonly number[], factIds: readonly string[], date: string): Promise<SituationRows> {
  if (householdIds.length === 0) return { members: [], facts: '' };
  const members = await q.query<{ household_id: number; person_id: number; role: string }>(
    `select household_id, person_id, role from household_memberships
      where household_id = any($1::int[]) and valid_from <= $2 and (valid_until is null or valid_until > $2)
      order by household_id, case role when 'aanvrager' then 0 when 'partner' then 1 when 'kind' then 2 else 3 end, person_id`,
    [householdIds, date],
  );
  const personIds = members.map((m) => m.person_id);
  // One index look-up per household and person (a lateral subquery per id; `offset 0` keeps
  // the planner from turning it into a join): as a condition on the whole table, or as a plain
  // join, the planner chose to scan all facts once the table was large enough, which made a
  // run's reading grow with the square of the population. The fact ids are a filter, not an
  // index condition (`fact_id || ''`): as one, PostgreSQL probes every (entity, fact) pair
  // instead of reading each entity's few dozen rows once.
  // One text per chunk, a line per fact row, instead of some 84,000 rows: PostgreSQL builds it
  // for about half of what sending the rows (or building JSON) costs it, and Node splits it for
  // less than parsing rows. The rows are ordered in Node, per entity: sorting them all in
  // PostgreSQL cost it more than reading them.
  const [packed] = await q.query<{ rows: string | null }>(
    `select string_agg(concat_ws(',', case f.entity_type when 'household' then 0 else 1 end, f.entity_id, f.fact_id, f.source, f.observed_on,
                                 date_part('epoch', f.recorded_at), f.id, f.value::text), E'\n') as rows
       from (select 'household' as entity_type, unnest($1::int[]) as entity_id
             union all
             select 'person', unnest($2::int[])) as e
       cross join lateral (select * from facts
                            where entity_type = e.entity_type and entity_id = e.entity_id
                              and (fact_id || '') = any($3::text[]) and observed_on <= $4
                           offset 0) as f`,
    [householdIds, personIds, factIds, date],
  );
  return { members, facts: packed?.rows ?? '' };
}

/** The Node half of {@link loadSituations} (pure: a screening thread runs it on rows read elsewhere). */
export function situationsFromRows(householdIds: readonly number[], rows: SituationRows): LoadedHousehold[] {
  const households = new Map<number, PackedFact[]>();
  const persons = new Map<number, PackedFact[]>();
  unpack(rows.facts, (row) => {
    const byEntity = row[0] === 0 ? households : persons;
    const list = byEntity.get(row[1]);
    if (list) list.push(row);
    else byEntity.set(row[1], [row]);
  });
  const membersOf = new Map<number, { person_id: number; role: string }[]>();
  for (const m of rows.members) {
    const list = membersOf.get(m.household_id);
    if (list) list.push(m);
    else membersOf.set(m.household_id, [m]);
  }
  return householdIds.map((householdId) => {
    const conflicts: FactConflict[] = [];
    const household = currentValues(households.get(householdId), 'household', null, conflicts);
    const people = membersOf.get(householdId) ?? [];
    const members = people.map((m) => ({
      id: String(m.person_id),
      role: m.role,
      facts: currentValues(persons.get(m.person_id), 'person', String(m.person_id), conflicts),
    }));
    return { householdId, situation: { household: { facts: household }, persons: members }, personIds: people.map((m) => m.person_id), conflicts };
  });
}

/**
 * The lines `entity,id,fact,source,observed,recorded,rowId,value` of the facts query. Only the
 * value (JSON, last) can hold a comma; no line holds a newline (JSON text escapes it).
 */
function unpack(text: string, each: (row: PackedFact) => void): void {
  // Field by field with indexOf: some 4 million rows per 100,000 households, so no array of
  // fields and no generator per row.
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const c1 = text.indexOf(',', start);
    const c2 = text.indexOf(',', c1 + 1);
    const c3 = text.indexOf(',', c2 + 1);
    const c4 = text.indexOf(',', c3 + 1);
    const c5 = text.indexOf(',', c4 + 1);
    const c6 = text.indexOf(',', c5 + 1);
    const c7 = text.indexOf(',', c6 + 1);
    each([
      text.charCodeAt(start) === 48 ? 0 : 1, // '0': household
      Number(text.slice(c1 + 1, c2)),
      text.slice(c2 + 1, c3),
      jsonValue(text, c7 + 1, end),
      text.slice(c3 + 1, c4) as FactSource,
      text.slice(c4 + 1, c5),
      Number(text.slice(c5 + 1, c6)),
      Number(text.slice(c6 + 1, c7)),
    ]);
    start = end + 1;
  }
}

/** The JSON value in text[from, to): a plain string (no escapes) or a literal without JSON.parse, anything else with it. */
function jsonValue(text: string, from: number, to: number): Json {
  const first = text.charCodeAt(from);
  if (first === 34 /* " */) {
    const inner = text.slice(from + 1, to - 1);
    if (!inner.includes('\\')) return inner;
  } else if (to - from === 4 && text.startsWith('true', from)) return true;
  else if (to - from === 5 && text.startsWith('false', from)) return false;
  return JSON.parse(text.slice(from, to)) as Json;
}

/** Per fact, newest observation first; on one day, newest recorded first. */
function byFactNewestFirst(x: PackedFact, y: PackedFact): number {
  if (x[2] !== y[2]) return x[2] < y[2] ? -1 : 1;
  if (x[5] !== y[5]) return x[5] < y[5] ? 1 : -1;
  return y[6] - x[6] || y[7] - x[7];
}

/** Newest value per fact of one entity's rows; conflicting sources on the newest day are left out. */
function currentValues(rows: PackedFact[] | undefined, entity: 'household' | 'person', person: string | null, conflicts: FactConflict[]): Record<string, FactInput> {
  const out: Record<string, FactInput> = {};
  if (!rows) return out;
  rows.sort(byFactNewestFirst);
  const to = rows.length;
  let i = 0;
  while (i < to) {
    const first = rows[i]!;
    const fact = first[2];
    let sameDay = i + 1;
    while (sameDay < to && rows[sameDay]![2] === fact && rows[sameDay]![5] === first[5]) sameDay++;
    let next = sameDay;
    while (next < to && rows[next]![2] === fact) next++;
    // Most facts have one row for their newest day: nothing to compare.
    if (sameDay === i + 1 || !conflicting(rows, i, sameDay, entity, person, conflicts)) {
      out[fact] = { value: first[3] as string | number | boolean | null, source: first[4], observed: first[5] };
    }
    i = next;
  }
  return out;
}

/** Whether the rows [from, to) of one fact and day disagree: the newest row per source, compared by value; a conflict is recorded. */
function conflicting(rows: PackedFact[], from: number, to: number, entity: 'household' | 'person', person: string | null, conflicts: FactConflict[]): boolean {
  // A source correcting itself is no conflict.
  const perSource = new Map<FactSource, PackedFact>();
  for (let k = from; k < to; k++) if (!perSource.has(rows[k]![4])) perSource.set(rows[k]![4], rows[k]!);
  const distinct = new Set([...perSource.values()].map((r) => JSON.stringify(r[3])));
  if (distinct.size <= 1) return false;
  conflicts.push({ entity, person, fact: rows[from]![2], values: [...perSource.values()].map((r) => ({ value: r[3], source: r[4] })) });
  return true;
}
