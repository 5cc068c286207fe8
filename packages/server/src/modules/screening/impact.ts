import { evaluatePopulation, populationFromSituations, rightFacts, STATUS_ORDER, type Catalog, type Status } from '@springplank/rules';
import type { Actor } from '../../platform/auth/actor.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { Database } from '../../platform/db/connect.ts';
import type { Json } from '../../platform/db/schema.ts';
import type { VersionedCatalog } from '../explorer/explorer.catalog.ts';
import { publishCount } from '../metrics/suppress.ts';
import { catalogForRun } from './screening.catalog.ts';
import { assertOwnScope } from './screening.service.ts';
import { nextHouseholds, scopeMunicipalities, scopeRights, type Scope } from './screening.scope.ts';
import { loadSituations, type LoadedHousehold } from './situations.ts';

/** Households read and evaluated at a time: the batch evaluator's chunk size of a screening run. */
const CHUNK = 2000;

/** Who gains and who loses one right when the catalogue changes (raw counts, before suppression). */
export interface RightImpact {
  right: string;
  /** Households with the right under the current catalogue. */
  before: number;
  /** Households with the right under the changed catalogue. */
  after: number;
  gains: number;
  losses: number;
}

/** The impact of a catalogue change on a caseload. */
export interface ImpactReport {
  scope: Scope;
  at_date: string;
  current_version: string;
  changed_version: string;
  households: number;
  rights: RightImpact[];
}

/** Counts as published by publishCount: null from 1 to MIN_COUNT − 1 (k-anonymity; zero reveals nobody). */
export type PublishedImpact = Omit<ImpactReport, 'rights' | 'households'> & {
  households: number | null;
  rights: { [K in keyof RightImpact]: RightImpact[K] extends number ? number | null : RightImpact[K] }[] };

// Having a right: eligible, possibly after a confirmation. An undetermined outcome is neither a
// gain nor a loss: the report must not count guesses.
const HAS: ReadonlySet<Status> = new Set(['eligible', 'eligible-if-confirmed']);

function holders(catalog: Catalog, rights: string[], households: LoadedHousehold[], date: string): Map<string, boolean[]> {
  const population = populationFromSituations(households.map((h) => h.situation), catalog.vocabulary);
  const batch = evaluatePopulation(catalog, population, date, { rights });
  const out = new Map<string, boolean[]>();
  const H = households.length;
  batch.rights.forEach((right, r) => {
    out.set(right, households.map((_, h) => HAS.has(STATUS_ORDER[batch.status[r * H + h]!]!)));
  });
  return out;
}

/**
 * Compares two catalogue versions on a caseload — the households of a screening scope — before
 * anything changes: per right, how many households have it now and would have it under the
 * changed catalogue, and how many gain or lose it. Nothing is written to the ledger or to
 * screening results; only an audit record per chunk names the persons whose facts were read
 * (the facts the rights of either version read, nothing else). `actor` null is the system (CLI).
 */
export async function ruleChangeImpact(
  database: Database,
  actor: Actor | null,
  input: { scope: Scope; at_date: string; changed: VersionedCatalog; current?: VersionedCatalog },
): Promise<ImpactReport> {
  await assertOwnScope(database, actor, input.scope);
  const current = input.current ?? catalogForRun();
  const changed = input.changed;
  const municipalities = await scopeMunicipalities(database, input.scope);
  const rightsNow = scopeRights(current.catalog, input.scope, municipalities);
  const rightsThen = scopeRights(changed.catalog, input.scope, municipalities);
  const allRights = [...new Set([...rightsNow, ...rightsThen])].sort();
  const factsRead = [
    ...new Set([
      ...rightsNow.flatMap((r) => rightFacts(current.catalog, r).map((f) => f.fact)),
      ...rightsThen.flatMap((r) => rightFacts(changed.catalog, r).map((f) => f.fact)),
    ]),
  ].sort();
  const totals = new Map(allRights.map((right) => [right, { right, before: 0, after: 0, gains: 0, losses: 0 }]));
  let households = 0;
  let cursor = 0;
  for (;;) {
    const ids = await nextHouseholds(database, input.scope, cursor, CHUNK);
    if (ids.length === 0) break;
    const loaded = await loadSituations(database, ids, factsRead, input.at_date);
    const now = holders(current.catalog, rightsNow, loaded, input.at_date);
    const then = holders(changed.catalog, rightsThen, loaded, input.at_date);
    for (const right of allRights) {
      const t = totals.get(right)!;
      const a = now.get(right);
      const b = then.get(right);
      for (let h = 0; h < loaded.length; h++) {
        const had = a?.[h] ?? false;
        const has = b?.[h] ?? false;
        if (had) t.before += 1;
        if (has) t.after += 1;
        if (has && !had) t.gains += 1;
        if (had && !has) t.losses += 1;
      }
    }
    // The audit chain is appended inside a transaction, as everywhere else.
    await database.transaction((tx) => recordAudit(tx, {
      actor,
      action: 'rule-change-impact',
      recordType: 'catalog',
      recordId: changed.version,
      personIds: loaded.flatMap((h) => h.personIds),
      purpose: 'proactive-detection',
      outcome: 'allowed',
      details: { scope: input.scope as unknown as Json, current_version: current.version, changed_version: changed.version, households: ids.length, facts_read: factsRead },
    }));
    households += ids.length;
    cursor = ids[ids.length - 1]!;
  }
  return {
    scope: input.scope,
    at_date: input.at_date,
    current_version: current.version,
    changed_version: changed.version,
    households,
    rights: [...totals.values()].filter((t) => t.before + t.after > 0 || rightsNow.includes(t.right) !== rightsThen.includes(t.right)),
  };
}

/** The report as every aggregate output shows it: each count from 1 to 4 is null. */
export function publishImpact(report: ImpactReport): PublishedImpact {
  return {
    ...report,
    households: publishCount(report.households),
    rights: report.rights.map((r) => ({ right: r.right, before: publishCount(r.before), after: publishCount(r.after), gains: publishCount(r.gains), losses: publishCount(r.losses) })),
  };
}
