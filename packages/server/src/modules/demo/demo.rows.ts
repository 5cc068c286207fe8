import { sql } from 'kysely';
import type { Queryable } from '../../platform/db/index.ts';
import type { DemoFact } from './facts.ts';
import type { DemoHousehold } from './generate.ts';

/** Where this run's ids start: the loader adds these to the generator's 1-based numbers. */
export interface IdBase {
  household: number;
  person: number;
  membership: number;
  dossier: number;
}

/** Database ids of the demo organisations and users. */
export interface StaticIds {
  organisations: Readonly<Record<string, number>>;
  users: Readonly<Record<string, number>>;
}

/** How many rows of each kind a chunk wrote. */
export interface ChunkCounts {
  households: number;
  persons: number;
  facts: number;
  dossiers: number;
}

class FactColumns {
  readonly entityType: string[] = [];
  readonly entityId: number[] = [];
  readonly factId: string[] = [];
  readonly value: string[] = [];
  readonly source: string[] = [];
  readonly observedOn: string[] = [];
  readonly recordedAt: string[] = [];

  add(entityType: 'person' | 'household', entityId: number, facts: readonly DemoFact[]): void {
    for (const f of facts) {
      this.entityType.push(entityType);
      this.entityId.push(entityId);
      this.factId.push(f.factId);
      this.value.push(JSON.stringify(f.value));
      this.source.push(f.source);
      this.observedOn.push(f.observedOn);
      // recorded the day it was observed, so an older observation never shadows a newer one
      this.recordedAt.push(`${f.observedOn}T12:00:00Z`);
    }
  }
}

function idOf(map: Readonly<Record<string, number>>, key: string): number {
  const id = map[key];
  if (id === undefined) throw new Error(`demo: no database id for ${key}`);
  return id;
}

/**
 * Writes one chunk of households with one multi-row INSERT per table: every column travels
 * as one array parameter and `unnest` turns the arrays back into rows. Unlike a VALUES list
 * this needs only one bind parameter per column, whatever the chunk size, and it is the same
 * SQL on PGlite and on a PostgreSQL server.
 */
export async function insertChunk(
  tx: Queryable,
  chunk: readonly DemoHousehold[],
  base: IdBase,
  ids: StaticIds,
): Promise<ChunkCounts> {
  const h = { id: [] as number[], street: [] as string[], number: [] as string[], nis: [] as string[] };
  const p = { id: [] as number[], given: [] as string[], family: [] as string[] };
  const m = { id: [] as number[], household: [] as number[], person: [] as number[], role: [] as string[], from: [] as string[], until: [] as (string | null)[] };
  const d = { id: [] as number[], title: [] as string[], org: [] as number[], household: [] as number[], contact: [] as number[], backup: [] as number[], status: [] as string[], opened: [] as string[], closed: [] as (string | null)[] };
  const facts = new FactColumns();
  for (const household of chunk) {
    const householdId = base.household + household.id;
    h.id.push(householdId);
    h.street.push(household.street);
    h.number.push(household.houseNumber);
    h.nis.push(household.municipalityNis);
    facts.add('household', householdId, household.facts);
    for (const person of household.persons) {
      const personId = base.person + person.id;
      p.id.push(personId);
      p.given.push(person.givenName);
      p.family.push(person.familyName);
      m.id.push(base.membership + person.id);
      m.household.push(householdId);
      m.person.push(personId);
      m.role.push(person.role);
      m.from.push(person.validFrom);
      m.until.push(person.validUntil);
      facts.add('person', personId, person.facts);
    }
    const dossier = household.dossier;
    if (dossier !== null) {
      d.id.push(base.dossier + dossier.id);
      d.title.push(dossier.title);
      d.org.push(idOf(ids.organisations, dossier.organisation));
      d.household.push(householdId);
      d.contact.push(idOf(ids.users, dossier.aanspreekpunt));
      d.backup.push(idOf(ids.users, dossier.backup));
      d.status.push(dossier.status);
      d.opened.push(dossier.openedOn);
      d.closed.push(dossier.closedOn);
    }
  }
  const db = tx.db;
  await db
    .insertInto('households')
    .columns(['id', 'street', 'house_number', 'municipality_nis'])
    .expression(sql`select * from unnest(${h.id}::int[], ${h.street}::text[], ${h.number}::text[], ${h.nis}::text[])`)
    .execute();
  await db
    .insertInto('persons')
    .columns(['id', 'given_name', 'family_name'])
    .expression(sql`select * from unnest(${p.id}::int[], ${p.given}::text[], ${p.family}::text[])`)
    .execute();
  await db
    .insertInto('household_memberships')
    .columns(['id', 'household_id', 'person_id', 'role', 'valid_from', 'valid_until'])
    .expression(
      sql`select * from unnest(${m.id}::int[], ${m.household}::int[], ${m.person}::int[], ${m.role}::text[], ${m.from}::date[], ${m.until}::date[])`,
    )
    .execute();
  await db
    .insertInto('facts')
    .columns(['entity_type', 'entity_id', 'fact_id', 'value', 'source', 'observed_on', 'recorded_at'])
    .expression(
      sql`select t, e, f, v::jsonb, s, o, r from unnest(${facts.entityType}::text[], ${facts.entityId}::int[], ${facts.factId}::text[], ${facts.value}::text[], ${facts.source}::text[], ${facts.observedOn}::date[], ${facts.recordedAt}::timestamptz[]) as u(t, e, f, v, s, o, r)`,
    )
    .execute();
  if (d.id.length > 0) {
    await db
      .insertInto('dossiers')
      .columns(['id', 'title', 'organisation_id', 'household_id', 'aanspreekpunt_user_id', 'backup_user_id', 'status', 'opened_on', 'closed_on'])
      .expression(
        sql`select * from unnest(${d.id}::int[], ${d.title}::text[], ${d.org}::int[], ${d.household}::int[], ${d.contact}::int[], ${d.backup}::int[], ${d.status}::text[], ${d.opened}::date[], ${d.closed}::date[])`,
      )
      .execute();
  }
  return { households: h.id.length, persons: p.id.length, facts: facts.factId.length, dossiers: d.id.length };
}

const SEQUENCED_TABLES = ['households', 'persons', 'household_memberships', 'dossiers'] as const;

/** Moves the id sequences past the ids the demo supplied, so later inserts do not collide. */
export async function advanceSequences(tx: Queryable): Promise<void> {
  for (const table of SEQUENCED_TABLES) {
    await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(tx.db);
  }
}

/** The highest id in use per table, where this run's ids start. */
export async function currentIdBase(tx: Queryable): Promise<IdBase> {
  const max = async (table: (typeof SEQUENCED_TABLES)[number]): Promise<number> => {
    const row = await tx.db.selectFrom(table).select((eb) => eb.fn.max('id').as('max')).executeTakeFirst();
    return Number(row?.max ?? 0);
  };
  return {
    household: await max('households'),
    person: await max('persons'),
    membership: await max('household_memberships'),
    dossier: await max('dossiers'),
  };
}
