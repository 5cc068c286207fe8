import type { Catalog, Lang } from '@springplank/rules';
import type { Actor } from '../../platform/auth/actor.ts';
import { audited } from '../../platform/audit/audited.ts';
import type { Database, Queryable } from '../../platform/db/connect.ts';
import { aanvragersOn } from '../households/aanvrager.ts';
import { catalogForRun } from '../screening/screening.catalog.ts';
import { metConditions } from './grant.decide.ts';

type Text = Record<Lang, string>;

/** A right a grant run can grant: configured `automatic` for the municipality. */
export interface AutomaticRight {
  id: string;
  name: Text;
}

/** A municipality of the actor's werkingsgebied with the rights configured `automatic` for it. */
export interface GrantMunicipality {
  nis: string;
  name: string;
  rights: AutomaticRight[];
}

/** The rights configured `automatic` for a municipality (local rights of that municipality only), in catalogue order. */
export function automaticRights(municipalityNis: string, catalog: Catalog = catalogForRun().catalog): AutomaticRight[] {
  return catalog.order
    .map((id) => catalog.rights.get(id)!)
    .filter((r) => r.granting === 'automatic' && r.level === 'local' && r.municipality === municipalityNis)
    .map((r) => ({ id: r.id, name: r.name }));
}

/** The municipalities a coordinator may start a grant run for (those of the organisation's werkingsgebied) and their automatic rights. */
export async function grantMunicipalities(q: Queryable, actor: Actor): Promise<GrantMunicipality[]> {
  const rows = await q.query<{ nis: string; name: string }>(
    `select m.nis_code as nis, m.name from municipalities m join werkingsgebied_municipalities w on w.municipality_nis = m.nis_code
       join organisations o on o.werkingsgebied_id = w.werkingsgebied_id where o.id = $1 order by m.name`,
    [actor.organisation.id],
  );
  return rows.map((r) => ({ ...r, rights: automaticRights(r.nis) }));
}

/** A grant run with its progress: households of the municipality decided so far, of how many. */
export interface GrantRunSummary {
  id: number;
  municipality_nis: string;
  at_date: string;
  status: 'running' | 'done' | 'failed';
  rights: string[];
  catalog_version: string;
  processed: number;
  total: number;
  granted: number;
  to_worker: number;
  /** Skipped: the person declined the right and their situation did not change. */
  declined: number;
  /** Skipped: a worker recorded a refusal of the right and the situation did not change. */
  refused_earlier: number;
  error: string | null;
  started_by: string | null;
  started_at: string;
  finished_at: string | null;
}

const SUMMARY = `select r.id, r.municipality_nis, r.at_date::text as at_date, r.status, r.rights, r.catalog_version, r.processed, r.granted, r.to_worker, r.declined, r.refused_earlier, r.error,
       u.name as started_by, r.started_at, r.finished_at,
       case when cardinality(r.rights) = 0 then 0 else (select count(*)::int from households h where h.municipality_nis = r.municipality_nis) end as total
  from grant_runs r left join users u on u.id = r.started_by`;

function summary(r: GrantRunSummary & { started_at: Date | string; finished_at: Date | string | null }): GrantRunSummary {
  return { ...r, id: Number(r.id), started_at: new Date(r.started_at).toISOString(), finished_at: r.finished_at === null ? null : new Date(r.finished_at).toISOString() };
}

/**
 * The latest grant runs of the municipalities of the actor's werkingsgebied (actor null: the
 * operator on the command line, every run), newest first. Counts only, no personal data, so
 * nothing to audit here.
 */
export async function listGrantRuns(q: Queryable, actor: Actor | null, limit = 20): Promise<GrantRunSummary[]> {
  const rows = await q.query<GrantRunSummary>(
    `${SUMMARY} where $1::int is null or r.municipality_nis in (select w.municipality_nis from werkingsgebied_municipalities w join organisations o on o.werkingsgebied_id = w.werkingsgebied_id where o.id = $1)
      order by r.id desc limit $2`,
    [actor?.organisation.id ?? null, limit],
  );
  return rows.map(summary);
}

/** One grant run with its progress (no personal data). */
export async function grantRunSummary(q: Queryable, runId: number): Promise<GrantRunSummary | null> {
  const [row] = await q.query<GrantRunSummary>(`${SUMMARY} where r.id = $1`, [runId]);
  return row ? summary(row) : null;
}

/** Whether a municipality belongs to the werkingsgebied of the actor's organisation (whose grant runs the actor may read). */
export async function inWerkingsgebied(q: Queryable, actor: Actor, municipalityNis: string): Promise<boolean> {
  const [row] = await q.query<{ ok: boolean }>(
    `select exists (select 1 from werkingsgebied_municipalities w join organisations o on o.werkingsgebied_id = w.werkingsgebied_id
      where o.id = $1 and w.municipality_nis = $2) as ok`,
    [actor.organisation.id, municipalityNis],
  );
  return row?.ok ?? false;
}

/** One automatic decision as the coordinator sees it. */
export interface GrantDecisionView {
  id: number;
  household_id: number;
  /** The aanvrager of the household (the payee). */
  person: { id: number; name: string } | null;
  right: string;
  right_name: Text | null;
  period: string;
  amount: number | null;
  amount_period: string | null;
  /** The conditions that were met, as sentences, in each language. */
  reasons: Record<Lang, string[]>;
  catalog_version: string;
  reversed: { at: string; by: string | null; reason: string } | null;
}

/** A grant run with its decisions. */
export interface GrantRunDetail {
  run: GrantRunSummary;
  decisions: GrantDecisionView[];
  /** All decisions of the run; `decisions` holds at most `limit` of them. */
  decision_count: number;
}

/**
 * A grant run of the actor's werkingsgebied with its decisions (who, which right, amount, why),
 * oldest first. Audited with every person named (purpose `automatic-granting`).
 */
export function readGrantRunDetail(database: Database, actor: Actor, runId: number, page: { limit: number; offset: number }): Promise<GrantRunDetail> {
  return audited<GrantRunDetail>(database, { actor, action: 'read-grant-run', recordType: 'grant-run', recordId: runId, purpose: 'automatic-granting', what: 'grant run' }, async (tx) => {
    const run = await grantRunSummary(tx, runId);
    if (!run) return { kind: 'missing' };
    if (!(await inWerkingsgebied(tx, actor, run.municipality_nis))) return { kind: 'denied', personIds: [] };
    const [count] = await tx.query<{ n: number }>('select count(*)::int as n from grant_decisions where run_id = $1', [runId]);
    const rows = await tx.query<{
      id: number;
      household_id: number;
      right_id: string;
      period: string;
      amount: string | null;
      amount_period: string | null;
      explanation: unknown;
      catalog_version: string;
      reversed_at: Date | string | null;
      reversed_by: string | null;
      reversal_reason: string | null;
    }>(
      `select d.id, d.household_id, d.right_id, d.period, d.amount, d.amount_period, d.explanation, d.catalog_version, d.reversed_at, ru.name as reversed_by, d.reversal_reason
         from grant_decisions d
         left join users ru on ru.id = d.reversed_by
        where d.run_id = $1 order by d.id limit $2 offset $3`,
      [runId, page.limit, page.offset],
    );
    // The payee as the run decided it: the aanvrager on the run's date (one rule, households/aanvrager.ts).
    const aanvragers = await aanvragersOn(tx, [...new Set(rows.map((r) => r.household_id))], run.at_date);
    const { catalog } = catalogForRun();
    const decisions = rows.map((d): GrantDecisionView => {
      const payee = aanvragers.get(d.household_id);
      const explanations = (typeof d.explanation === 'string' ? JSON.parse(d.explanation) : d.explanation) as Parameters<typeof metConditions>[0];
      return {
        id: Number(d.id),
        household_id: d.household_id,
        person: payee ? { id: payee.personId, name: payee.name } : null,
        right: d.right_id,
        right_name: catalog.rights.get(d.right_id)?.name ?? null,
        period: d.period,
        amount: d.amount === null ? null : Number(d.amount),
        amount_period: d.amount_period,
        reasons: { nl: metConditions(explanations, 'nl'), fr: metConditions(explanations, 'fr'), en: metConditions(explanations, 'en') },
        catalog_version: d.catalog_version,
        reversed: d.reversed_at === null ? null : { at: new Date(d.reversed_at).toISOString(), by: d.reversed_by, reason: d.reversal_reason ?? '' },
      };
    });
    const personIds = [...new Set([...aanvragers.values()].map((a) => a.personId))];
    return { kind: 'done', personIds, value: { run, decisions, decision_count: count?.n ?? 0 }, details: { shown: rows.length } };
  });
}
