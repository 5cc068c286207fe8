import { dependentRights } from '@springplank/rules';
import type { Actor } from '../../platform/auth/actor.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { Queryable } from '../../platform/db/connect.ts';
import type { Json } from '../../platform/db/schema.ts';
import { currentHouseholdStates } from '../ledger/ledger.repository.ts';
import { today } from '../ledger/ledger.service.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';
import type { FactEntity } from '../facts/fact.repository.ts';
import { factsReadFor } from './receipt.ts';
import { writeChunkOutcome } from './chunk-writer.ts';
import { screenChunk } from './screen-chunk.ts';
import { catalogForRun } from './screening.catalog.ts';
import { appliesIn } from './screening.scope.ts';
import { loadSituations } from './situations.ts';

/** What one re-evaluation after a fact change did, per household. */
export interface Reevaluation {
  householdId: number;
  /** The one-household run that holds the results (null when no right reads the fact). */
  runId: number | null;
  rights: string[];
  candidates: number;
  reviews: number;
}

/**
 * Re-evaluates, after a new value of `factId` was recorded for a person or household, only the
 * rights that read that fact (the engine's dependency graph), for every household concerned
 * that is in scope of detection: a household with an open dossier — the scope screening runs
 * use for an organisation. The ledger is updated as a screening run does (screenChunk decides:
 * a new `mogelijk recht`, a review item, an `afgezien` reopened only when its inputs changed).
 *
 * It runs inside the transaction of the fact write, not as a follow-up job: it touches one
 * household and only the rights that read one fact (a few, one engine call), so it costs
 * milliseconds, and the ledger can never miss a change that was committed — there is no job
 * to lose between the write and the re-evaluation.
 *
 * The results are kept as a one-household screening run (status `done`, scope naming the fact),
 * so review items and candidates are read through the existing results API and every ledger
 * transition names the run, its catalogue version and the input snapshot.
 */
export async function reevaluateAfterFact(tx: Queryable, actor: Actor | null, entity: FactEntity, entityId: number, factId: string, date: string = today()): Promise<Reevaluation[]> {
  let loadedCatalog;
  try {
    loadedCatalog = catalogForRun();
  } catch {
    // A catalogue with errors never writes to the ledger; the fact itself is still recorded.
    return [];
  }
  const { catalog, version } = loadedCatalog;
  const dependent = dependentRights(catalog, factId);
  const households = await householdsInScope(tx, entity, entityId, date);
  const out: Reevaluation[] = [];
  for (const household of households) {
    // Local rights only for the household's own municipality, as a screening of it would choose.
    const rights = dependent.filter((id) => appliesIn(catalog, id, [household.municipality]));
    if (rights.length === 0) {
      out.push({ householdId: household.id, runId: null, rights, candidates: 0, reviews: 0 });
      continue;
    }
    const factsRead = factsReadFor(catalog, rights);
    const period = date.slice(0, 4);
    const loaded = await loadSituations(tx, [household.id], factsRead, date);
    const ledger = await currentHouseholdStates(tx, [household.id], period);
    const outcome = screenChunk(catalog, rights, date, loaded, ledger);
    const candidates = outcome.results.filter((r) => r.kind === 'candidate').length;
    const reviews = outcome.results.length - candidates;
    const scope = { household_id: household.id, trigger: 'fact-change', entity, entity_id: entityId, fact: factId };
    const run = await detectionDb(tx)
      .insertInto('screening_runs')
      .values({
        scope: JSON.stringify(scope) as unknown as Json,
        scope_key: `reevaluation:household:${household.id}`,
        at_date: date,
        status: 'done',
        catalog_version: version,
        rights,
        facts_read: factsRead,
        total: 1,
        processed: 1,
        candidates,
        reviews,
        respected: outcome.respected,
        cursor: household.id,
        chunk_size: 1,
        error: null,
        started_by: actor?.id ?? null,
        organisation_id: household.organisationId,
        finished_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeChunkOutcome(tx, outcome, {
      runId: run.id,
      period,
      catalogVersion: version,
      evidence: { reevaluation: { entity, entity_id: entityId, fact: factId } },
      recordRightFacts: true,
    });
    await recordAudit(tx, {
      actor,
      action: 'reevaluation',
      recordType: 'screening-run',
      recordId: run.id,
      personIds: loaded.flatMap((h) => h.personIds),
      purpose: 'proactive-detection',
      outcome: 'allowed',
      details: { household: household.id, fact: factId, rights, facts_read: factsRead, candidates, reviews },
    });
    out.push({ householdId: household.id, runId: run.id, rights, candidates, reviews });
  }
  return out;
}

/** The households a fact belongs to (a person's current households) that have an open dossier, with the dossier's organisation. */
async function householdsInScope(tx: Queryable, entity: FactEntity, entityId: number, date: string): Promise<{ id: number; municipality: string; organisationId: number }[]> {
  const ids =
    entity === 'household'
      ? [entityId]
      : (
          await tx.query<{ household_id: number }>(
            `select distinct household_id from household_memberships where person_id = $1 and valid_from <= $2 and (valid_until is null or valid_until > $2)`,
            [entityId, date],
          )
        ).map((r) => r.household_id);
  if (ids.length === 0) return [];
  return tx.query<{ id: number; municipality: string; organisationId: number }>(
    `select h.id, h.municipality_nis as municipality,
            (select d.organisation_id from dossiers d where d.household_id = h.id and d.status <> 'closed' order by d.id limit 1) as "organisationId"
       from households h
      where h.id = any($1::int[]) and exists (select 1 from dossiers d where d.household_id = h.id and d.status <> 'closed')
      order by h.id`,
    [ids],
  );
}
