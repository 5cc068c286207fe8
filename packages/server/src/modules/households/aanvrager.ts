import type { Queryable } from '../../platform/db/connect.ts';

/** The aanvrager of a household on a date: who letters are addressed to and who is paid. */
export interface Aanvrager {
  householdId: number;
  personId: number;
  name: string;
}

/**
 * The aanvrager of each household on `date` (YYYY-MM-DD): among the members whose membership
 * covers that day, the one with role `aanvrager`, else the first member by membership. One rule
 * for the decision letter, the payment export, the grant page, outreach letters and the
 * worklist: someone who left the household (membership ended) is never the addressee or the
 * payee. A household without a member on that day has no entry.
 */
export async function aanvragersOn(q: Queryable, householdIds: readonly number[], date: string): Promise<Map<number, Aanvrager>> {
  const out = new Map<number, Aanvrager>();
  if (householdIds.length === 0) return out;
  const rows = await q.query<{ household_id: number; person_id: number; name: string }>(
    `select distinct on (m.household_id) m.household_id, m.person_id, p.given_name || ' ' || p.family_name as name
       from household_memberships m join persons p on p.id = m.person_id
      where m.household_id = any($1::int[]) and m.valid_from <= $2::date and (m.valid_until is null or m.valid_until > $2::date)
      order by m.household_id, case m.role when 'aanvrager' then 0 else 1 end, m.id`,
    [householdIds, date],
  );
  for (const r of rows) out.set(r.household_id, { householdId: r.household_id, personId: r.person_id, name: r.name });
  return out;
}
