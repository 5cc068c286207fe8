import type { Queryable } from '../../platform/db/connect.ts';
import type { FactSource, Json } from '../../platform/db/schema.ts';

/** Whose fact: a person or a household. */
export type FactEntity = 'person' | 'household';

/** A stored fact with its provenance. */
export interface FactRow {
  id: number;
  entityType: FactEntity;
  entityId: number;
  factId: string;
  value: Json;
  source: FactSource;
  observedOn: string;
  recordedBy: number | null;
  recordedAt: Date;
}

/** Values of a new fact: a row before the database gives it an id and a recording time. */
export type NewFact = Omit<FactRow, 'id' | 'recordedAt'>;

function toRow(row: {
  id: number;
  entity_type: FactEntity;
  entity_id: number;
  fact_id: string;
  value: Json;
  source: FactSource;
  observed_on: string;
  recorded_by: number | null;
  recorded_at: Date;
}): FactRow {
  return {
    id: row.id,
    entityType: row.entity_type,
    entityId: row.entity_id,
    factId: row.fact_id,
    value: row.value,
    source: row.source,
    observedOn: row.observed_on,
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  };
}

/** Appends a fact (facts are never updated) and returns it. */
export async function insertFact(q: Queryable, fact: NewFact): Promise<FactRow> {
  const row = await q.db
    .insertInto('facts')
    .values({
      entity_type: fact.entityType,
      entity_id: fact.entityId,
      fact_id: fact.factId,
      value: JSON.stringify(fact.value),
      source: fact.source,
      observed_on: fact.observedOn,
      recorded_by: fact.recordedBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRow(row);
}

/** The current value of each fact of one or more entities, optionally only some fact ids. */
export async function currentFacts(
  q: Queryable,
  entityType: FactEntity,
  entityIds: readonly number[],
  factIds?: readonly string[],
): Promise<FactRow[]> {
  if (entityIds.length === 0) return [];
  let query = q.db.selectFrom('current_facts').selectAll().where('entity_type', '=', entityType).where('entity_id', 'in', entityIds);
  if (factIds?.length === 0) return [];
  if (factIds) query = query.where('fact_id', 'in', factIds);
  return (await query.orderBy('entity_id').orderBy('fact_id').execute()).map(toRow);
}

/** Every recorded value of the facts of one entity, newest first. */
export async function factHistory(q: Queryable, entityType: FactEntity, entityId: number): Promise<FactRow[]> {
  const rows = await q.db
    .selectFrom('facts')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('fact_id')
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toRow);
}
