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

interface FactRowRaw {
  entity_type: 'household' | 'person';
  entity_id: number;
  fact_id: string;
  value: Json;
  source: FactSource;
  observed_on: string;
}

/**
 * Loads the situations of some households as they were on `date`: the members whose membership
 * covers that day, and, of the facts in `factIds` only (data minimisation: nothing else is
 * read), the newest value observed on or before that day. When two sources disagree about the
 * newest day the fact is left out and named as a conflict, never chosen silently.
 */
export async function loadSituations(q: Queryable, householdIds: readonly number[], factIds: readonly string[], date: string): Promise<LoadedHousehold[]> {
  if (householdIds.length === 0) return [];
  const members = await q.query<{ household_id: number; person_id: number; role: string }>(
    `select household_id, person_id, role from household_memberships
      where household_id = any($1::int[]) and valid_from <= $2 and (valid_until is null or valid_until > $2)
      order by household_id, case role when 'aanvrager' then 0 when 'partner' then 1 when 'kind' then 2 else 3 end, person_id`,
    [householdIds, date],
  );
  const personIds = members.map((m) => m.person_id);
  // The facts are looked up by entity only; the fact ids are a filter, not an index condition:
  // an index condition on both lists probes every (entity, fact) pair (2,000 households × 45
  // facts = 90,000 probes per chunk) instead of reading each entity's few dozen rows once.
  const rows = await q.query<FactRowRaw>(
    `select entity_type, entity_id, fact_id, value, source, observed_on from facts
      where array_position($3::text[], fact_id) is not null and observed_on <= $4
        and ((entity_type = 'household' and entity_id = any($1::int[])) or (entity_type = 'person' and entity_id = any($2::int[])))
      order by entity_type, entity_id, fact_id, observed_on desc, recorded_at desc, id desc`,
    [householdIds, personIds, factIds, date],
  );
  const byEntity = new Map<string, FactRowRaw[]>();
  for (const row of rows) {
    const key = `${row.entity_type}:${row.entity_id}`;
    const list = byEntity.get(key);
    if (list) list.push(row);
    else byEntity.set(key, [row]);
  }
  const membersOf = new Map<number, { person_id: number; role: string }[]>();
  for (const m of members) {
    const list = membersOf.get(m.household_id);
    if (list) list.push(m);
    else membersOf.set(m.household_id, [m]);
  }
  return householdIds.map((householdId) => {
    const conflicts: FactConflict[] = [];
    const household = currentValues(byEntity.get(`household:${householdId}`) ?? [], 'household', null, conflicts);
    const people = membersOf.get(householdId) ?? [];
    const persons = people.map((m) => ({
      id: String(m.person_id),
      role: m.role,
      facts: currentValues(byEntity.get(`person:${m.person_id}`) ?? [], 'person', String(m.person_id), conflicts),
    }));
    return { householdId, situation: { household: { facts: household }, persons }, personIds: people.map((m) => m.person_id), conflicts };
  });
}

/** Newest value per fact (rows arrive newest first); conflicting sources on the newest day are left out. */
function currentValues(rows: FactRowRaw[], entity: 'household' | 'person', person: string | null, conflicts: FactConflict[]): Record<string, FactInput> {
  const out: Record<string, FactInput> = {};
  let i = 0;
  while (i < rows.length) {
    const first = rows[i]!;
    const sameDay: FactRowRaw[] = [];
    let j = i;
    for (; j < rows.length && rows[j]!.fact_id === first.fact_id; j++) {
      if (rows[j]!.observed_on === first.observed_on) sameDay.push(rows[j]!);
    }
    // The newest row per source on that day; a source correcting itself is no conflict.
    const perSource = new Map<FactSource, FactRowRaw>();
    for (const row of sameDay) if (!perSource.has(row.source)) perSource.set(row.source, row);
    const distinct = new Set([...perSource.values()].map((r) => JSON.stringify(r.value)));
    if (distinct.size > 1) {
      conflicts.push({ entity, person, fact: first.fact_id, values: [...perSource.values()].map((r) => ({ value: r.value, source: r.source })) });
    } else {
      out[first.fact_id] = { value: first.value as string | number | boolean | null, source: first.source, observed: first.observed_on };
    }
    i = j;
  }
  return out;
}
