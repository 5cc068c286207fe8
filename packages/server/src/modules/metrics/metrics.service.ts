import type { Actor } from '../../platform/auth/actor.ts';
import type { Database } from '../../platform/db/connect.ts';
import { publish, type TakeUpCounts } from './suppress.ts';

/** One row of the take-up metrics. */
export interface TakeUpRow {
  right: string;
  neighbourhood: string | null;
  counts: ReturnType<typeof publish>;
}

/**
 * Take-up per right and neighbourhood in the actor's werkingsgebied for a period, from the
 * ledger: how many households were detected, contacted, applied, granted, refused, opted out,
 * and the take-up rate. Aggregates only, with counts below 5 suppressed, so no person's data
 * is shown (and no audit record of personal data is needed).
 */
export async function takeUpMetrics(database: Database, actor: Actor, query: { period: string; right?: string | undefined }): Promise<TakeUpRow[]> {
  const rows = await database.query<{ right_id: string; neighbourhood: string | null } & Record<'detected' | 'contacted' | 'applied' | 'granted' | 'refused' | 'opted_out' | 'not_receiving', number>>(
    `with area as (
       select h.id, (select f.value #>> '{}' from facts f where f.entity_type = 'household' and f.entity_id = h.id and f.fact_id = 'neighbourhood'
                     order by f.recorded_at desc, f.id desc limit 1) as neighbourhood
         from households h
        where h.municipality_nis in (select w.municipality_nis from werkingsgebied_municipalities w join organisations o on o.werkingsgebied_id = w.werkingsgebied_id where o.id = $1)),
     t as (select household_id, right_id, state, id from ledger_transitions
            where subject_type = 'household' and period = $2 and ($3::text is null or right_id = $3) and household_id in (select id from area)),
     cur as (select distinct on (household_id, right_id) household_id, right_id, state from t order by household_id, right_id, id desc),
     ever as (select household_id, right_id, bool_or(state = 'mogelijk-recht') as d, bool_or(state in ('contact-gepland', 'gecontacteerd')) as c,
                     bool_or(state = 'aangevraagd') as a from t group by household_id, right_id)
     select e.right_id, area.neighbourhood,
            count(*) filter (where e.d)::int as detected, count(*) filter (where e.c)::int as contacted, count(*) filter (where e.a)::int as applied,
            count(*) filter (where cur.state = 'toegekend')::int as granted, count(*) filter (where cur.state = 'geweigerd')::int as refused,
            count(*) filter (where cur.state = 'afgezien')::int as opted_out,
            count(*) filter (where cur.state in ('mogelijk-recht', 'contact-gepland', 'gecontacteerd', 'aangevraagd'))::int as not_receiving
       from ever e join cur using (household_id, right_id) join area on area.id = e.household_id
      group by e.right_id, area.neighbourhood order by e.right_id, area.neighbourhood`,
    [actor.organisation.id, query.period, query.right ?? null],
  );
  return rows.map((r) => {
    const counts: TakeUpCounts = { detected: r.detected, contacted: r.contacted, applied: r.applied, granted: r.granted, refused: r.refused, optedOut: r.opted_out, notReceiving: r.not_receiving };
    return { right: r.right_id, neighbourhood: r.neighbourhood, counts: publish(counts) };
  });
}
