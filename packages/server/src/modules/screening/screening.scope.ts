import type { Catalog } from '@springplank/rules';
import { z } from 'zod';
import type { Queryable } from '../../platform/db/connect.ts';
import { LEDGER_STATES } from '../ledger/ledger.tables.ts';

/** What a screening covers: every household with a dossier of an organisation or a werkingsgebied, optionally narrowed. */
export const scopeSchema = z
  .object({
    organisation_id: z.number().int().positive().optional(),
    werkingsgebied_id: z.number().int().positive().optional(),
    neighbourhood: z.string().min(1).max(100).optional(),
    rights: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1).max(200).optional(),
    ledger_state: z.enum(LEDGER_STATES).optional(),
    // Every resident household of the werkingsgebied's municipalities, not only those with a
    // dossier: a population screening (needs a legal basis for proactive detection).
    population: z.boolean().optional(),
  })
  .strict()
  .refine((s) => (s.organisation_id === undefined) !== (s.werkingsgebied_id === undefined), {
    message: 'Give either organisation_id or werkingsgebied_id.',
  })
  .refine((s) => !s.population || s.werkingsgebied_id !== undefined, { message: 'A population screening covers a werkingsgebied.' });
/** A screening scope. */
export type Scope = z.infer<typeof scopeSchema>;

/** The canonical text of a scope: equal scopes give equal keys (one active run per key). */
export function scopeKey(scope: Scope): string {
  const parts = [
    scope.organisation_id !== undefined ? `organisation:${scope.organisation_id}` : `werkingsgebied:${scope.werkingsgebied_id}`,
    scope.neighbourhood !== undefined ? `neighbourhood:${scope.neighbourhood}` : '',
    scope.rights ? `rights:${[...scope.rights].sort().join(',')}` : '',
    scope.ledger_state ? `ledger:${scope.ledger_state}` : '',
    scope.population ? 'population' : '',
  ];
  return parts.filter(Boolean).join('|');
}

/** SQL condition and parameters selecting the households of a scope (households alias h); parameters start at $from. */
function scopeCondition(scope: Scope, from: number): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return `$${from + params.length - 1}`;
  };
  const owner = () =>
    scope.organisation_id !== undefined
      ? `d.organisation_id = ${p(scope.organisation_id)}`
      : `d.organisation_id in (select id from organisations where werkingsgebied_id = ${p(scope.werkingsgebied_id)})`;
  const where = scope.population
    ? [`h.municipality_nis in (select municipality_nis from werkingsgebied_municipalities where werkingsgebied_id = ${p(scope.werkingsgebied_id)})`]
    : [`exists (select 1 from dossiers d where d.household_id = h.id and d.status <> 'closed' and ${owner()})`];
  if (scope.neighbourhood !== undefined) {
    where.push(
      `(select f.value #>> '{}' from facts f where f.entity_type = 'household' and f.entity_id = h.id and f.fact_id = 'neighbourhood'
         order by f.recorded_at desc, f.id desc limit 1) = ${p(scope.neighbourhood)}`,
    );
  }
  if (scope.ledger_state) {
    where.push(`exists (select 1 from ledger_current l where l.household_id = h.id and l.state = ${p(scope.ledger_state)})`);
  }
  return { where: where.join(' and '), params };
}

/** The number of households in a scope. */
export async function countScope(q: Queryable, scope: Scope): Promise<number> {
  const { where, params } = scopeCondition(scope, 1);
  const [row] = await q.query<{ n: number }>(`select count(*)::int as n from households h where ${where}`, params);
  return row?.n ?? 0;
}

/** The next households of a scope after `afterId`, in id order (the run's cursor). */
export async function nextHouseholds(q: Queryable, scope: Scope, afterId: number, limit: number): Promise<number[]> {
  const { where, params } = scopeCondition(scope, 3);
  const rows = await q.query<{ id: number }>(`select h.id from households h where h.id > $1 and ${where} order by h.id limit $2`, [afterId, limit, ...params]);
  return rows.map((r) => r.id);
}

/** The municipalities (NIS codes) a scope covers, for choosing the local rights that apply. */
export async function scopeMunicipalities(q: Queryable, scope: Scope): Promise<string[]> {
  const rows = await q.query<{ nis: string }>(
    scope.organisation_id !== undefined
      ? `select wm.municipality_nis as nis from organisations o join werkingsgebied_municipalities wm on wm.werkingsgebied_id = o.werkingsgebied_id where o.id = $1`
      : `select municipality_nis as nis from werkingsgebied_municipalities where werkingsgebied_id = $1`,
    [scope.organisation_id ?? scope.werkingsgebied_id],
  );
  return rows.map((r) => r.nis);
}

/**
 * Whether a right applies to households of these municipalities: every federal, Flemish and
 * provincial right, and a local right only in its own municipality. The one rule for screening
 * runs, the rule-change impact and the re-evaluation after a fact change.
 */
export function appliesIn(catalog: Catalog, rightId: string, municipalities: readonly string[]): boolean {
  const right = catalog.rights.get(rightId)!;
  return right.level !== 'local' || (right.municipality !== null && municipalities.includes(right.municipality));
}

/** The rights a scope screens: the chosen ones, else every right that applies in its municipalities ({@link appliesIn}). */
export function scopeRights(catalog: Catalog, scope: Scope, municipalities: readonly string[]): string[] {
  if (scope.rights) return catalog.order.filter((id) => scope.rights!.includes(id));
  return catalog.order.filter((id) => appliesIn(catalog, id, municipalities));
}
