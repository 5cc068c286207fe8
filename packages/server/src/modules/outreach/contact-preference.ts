import type { Queryable } from '../../platform/db/connect.ts';
import { AppError } from '../../platform/errors/problem.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';

/** The newest contact preference of each person: who refused proactive contact, and since when. */
export async function optOuts(q: Queryable, personIds: readonly number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (personIds.length === 0) return out;
  const rows = await q.query<{ person_id: number; opted_out: boolean; recorded_on: string }>(
    `select distinct on (person_id) person_id, opted_out, recorded_on from contact_preferences
      where person_id = any($1::int[]) order by person_id, id desc`,
    [personIds],
  );
  for (const r of rows) if (r.opted_out) out.set(r.person_id, r.recorded_on);
  return out;
}

/** Households (of those given) in which a current member refused proactive contact. */
export async function optedOutHouseholds(q: Queryable, householdIds: readonly number[]): Promise<Set<number>> {
  if (householdIds.length === 0) return new Set();
  const rows = await q.query<{ household_id: number }>(
    `select distinct m.household_id from household_memberships m
       join lateral (select opted_out from contact_preferences c where c.person_id = m.person_id order by c.id desc limit 1) p on p.opted_out
      where m.household_id = any($1::int[]) and m.valid_from <= current_date and (m.valid_until is null or m.valid_until > current_date)`,
    [householdIds],
  );
  return new Set(rows.map((r) => r.household_id));
}

/** Appends a contact preference (a refusal, or its withdrawal). */
export async function appendContactPreference(q: Queryable, entry: { personId: number; optedOut: boolean; recordedOn: string; note: string | null; actorUserId: number }): Promise<void> {
  await detectionDb(q)
    .insertInto('contact_preferences')
    .values({ person_id: entry.personId, opted_out: entry.optedOut, recorded_on: entry.recordedOn, note: entry.note, actor_user_id: entry.actorUserId })
    .execute();
}

/** The error when someone in the household refused proactive contact. */
export const optedOutError = (since: string) =>
  new AppError(409, 'contact-opt-out', 'This household refused proactive contact', `Someone in this household said on ${since} that they do not want proactive contact. Respect that: record only contact they ask for themselves.`);
