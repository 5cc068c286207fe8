import { evaluate, type Catalog, type Outcome } from '@springplank/rules';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { Database } from '../../platform/db/connect.ts';
import type { Json } from '../../platform/db/schema.ts';
import { aanvragersOn } from '../households/aanvrager.ts';
import type { LedgerReasonCode } from '../ledger/reason-codes.ts';
import { standingNo } from '../ledger/decline.ts';
import { appendTransitions, currentHouseholdStates } from '../ledger/ledger.repository.ts';
import { inputSnapshot } from '../ledger/ledger.snapshot.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';
import { renderLetter } from '../outreach/letter.pdf.ts';
import { letterLanguage, preferredLanguages } from '../outreach/letter-language.ts';
import { DECISION_SENDER, decisionAmount, decisionLetter, type LetterLanguage } from '../outreach/letter.texts.ts';
import { ResumableRuns, type JobOptions } from '../screening/resumable-runs.ts';
import { loadSituations } from '../screening/situations.ts';
import { decideAutomatically, explanationJson, metConditions } from './grant.decide.ts';

/** The persisted state of a grant run that a chunk needs. */
interface GrantRunRow {
  id: number;
  municipality_nis: string;
  at_date: string;
  catalog_version: string;
  rights: string[];
  status: string;
  cursor: number;
  chunk_size: number;
  started_by: number | null;
}

/** The facts a grant run reads: those its rights reference, plus the receipt facts (already received). */
export type FactsOf = (catalog: Catalog, rights: string[]) => string[];

type Grant = { kind: 'grant'; householdId: number; personIds: number[]; right: string; outcome: Outcome; explanations: unknown[]; snapshot: ReturnType<typeof inputSnapshot>; letter: Buffer; language: LetterLanguage };
type ToWorker = { kind: 'to-worker'; householdId: number; right: string; snapshot: ReturnType<typeof inputSnapshot> };

/**
 * Decides one chunk of a grant run: the next households of the municipality after the run's
 * cursor. Reading, evaluating and rendering the letters happen outside the transaction; the
 * transaction re-reads the run under a row lock and writes only when the cursor is still where
 * the chunk started, so a chunk decided twice (two servers, or a crash between deciding and
 * committing) is written once. Decisions, ledger transitions, audit records, counters and the
 * new cursor commit together. Returns false when the run has ended.
 */
export async function processGrantChunk(database: Database, runId: number, catalog: Catalog, factsOf: FactsOf): Promise<boolean> {
  const run = (await detectionDb(database)
    .selectFrom('grant_runs')
    .select(['id', 'municipality_nis', 'at_date', 'catalog_version', 'rights', 'status', 'cursor', 'chunk_size', 'started_by'])
    .where('id', '=', runId)
    .executeTakeFirst()) as GrantRunRow | undefined;
  if (!run || run.status !== 'running') return false;
  const ids =
    run.rights.length === 0
      ? []
      : (await database.query<{ id: number }>('select id from households where municipality_nis = $1 and id > $2 order by id limit $3', [run.municipality_nis, run.cursor, run.chunk_size])).map((r) => r.id);
  if (ids.length === 0) {
    await database.transaction(async (tx) => {
      const [done] = await tx.query<{ granted: number; to_worker: number; declined: number; refused_earlier: number }>(
        `update grant_runs set status = 'done', finished_at = now() where id = $1 and status = 'running' returning granted, to_worker, declined, refused_earlier`,
        [runId],
      );
      if (!done) return;
      await recordAudit(tx, { actor: null, action: 'grant-run-done', recordType: 'grant-run', recordId: runId, purpose: 'automatic-granting', outcome: 'allowed', details: { granted: done.granted, to_worker: done.to_worker, declined: done.declined, refused_earlier: done.refused_earlier } });
    });
    return false;
  }
  const period = run.at_date.slice(0, 4);
  const loaded = await loadSituations(database, ids, factsOf(catalog, run.rights), run.at_date);
  const ledger = await currentHouseholdStates(database, ids, period);
  // The aanvrager on the run's date: someone who left the household gets neither letter nor payment.
  const addressees = await aanvragersOn(database, ids, run.at_date);
  // A coordinator reversed an automatic decision: from then on a worker decides, not a run.
  const reversed = new Set(
    (await database.query<{ key: string }>(
      `select household_id || '|' || right_id as key from grant_decisions where household_id = any($1::int[]) and period = $2 and reversed_at is not null`,
      [ids, period],
    )).map((r) => r.key),
  );
  // The decision letter goes out in the language the aanvrager asked for (Dutch when unknown).
  const languages = await preferredLanguages(database, [...addressees.values()].map((a) => a.personId));
  const work: (Grant | ToWorker)[] = [];
  let declined = 0;
  let refusedEarlier = 0;
  for (const household of loaded) {
    for (const outcome of evaluate(catalog, household.situation, run.at_date, { rights: run.rights, nearMiss: false }).outcomes) {
      const position = ledger.get(`${household.householdId}|${outcome.right}`);
      const state = position?.state;
      if (state === 'toegekend' || state === 'aangevraagd' || reversed.has(`${household.householdId}|${outcome.right}`)) continue;
      const decision = decideAutomatically(outcome);
      if (decision.kind === 'no-decision') continue;
      const snapshot = inputSnapshot(catalog, outcome.right, household.situation);
      // The person declined this right, or a worker recorded its refusal, and nothing it depends
      // on changed since: respected — no decision, no ledger transition (the right stays with
      // the worker), only counted.
      const no = standingNo(position, snapshot.hash);
      if (no === 'afgezien') declined += 1;
      if (no === 'geweigerd') refusedEarlier += 1;
      if (no) continue;
      if (decision.kind === 'to-worker') {
        // Already with a worker; a decline or refusal whose situation changed is reopened as a screening reopens it.
        if (state === 'mogelijk-recht' || state === 'contact-gepland' || state === 'gecontacteerd') continue;
        work.push({ kind: 'to-worker', householdId: household.householdId, right: outcome.right, snapshot });
        continue;
      }
      const explanations = outcome.explanation ? [outcome.explanation] : (outcome.members ?? []).filter((m) => m.status === 'eligible').map((m) => m.explanation);
      const addressee = addressees.get(household.householdId);
      const language = letterLanguage(undefined, addressee ? languages.get(addressee.personId) : undefined);
      const right = catalog.rights.get(outcome.right)!;
      const letter = await renderLetter(
        decisionLetter(right, language, { name: addressee?.name ?? '' }, DECISION_SENDER[language], run.at_date, decisionAmount(outcome, language), metConditions(explanations, language), run.catalog_version),
      );
      work.push({ kind: 'grant', householdId: household.householdId, personIds: household.personIds, right: outcome.right, outcome, explanations: explanations.map(explanationJson), snapshot, letter, language });
    }
  }
  return database.transaction(async (tx) => {
    const [locked] = await tx.query<{ status: string; cursor: number }>('select status, cursor from grant_runs where id = $1 for update', [runId]);
    if (!locked || locked.status !== 'running') return false;
    if (locked.cursor !== run.cursor) return true;
    let granted = 0;
    let toWorker = 0;
    for (const w of work) {
      if (w.kind === 'to-worker') {
        toWorker += 1;
        await appendTransitions(tx, [{ subjectType: 'household', subjectId: w.householdId, householdId: w.householdId, right: w.right, period, state: 'mogelijk-recht', evidence: { reason_code: 'automatic-grant-uncertain' satisfies LedgerReasonCode }, catalogVersion: run.catalog_version, inputSnapshot: w.snapshot.snapshot, inputHash: w.snapshot.hash, actorUserId: null, actorLabel: 'system', grantRunId: runId }]);
        continue;
      }
      const inserted = await detectionDb(tx)
        .insertInto('grant_decisions')
        .values({
          run_id: runId,
          household_id: w.householdId,
          right_id: w.right,
          period,
          status: 'eligible',
          amount: w.outcome.amount,
          amount_period: w.outcome.period,
          explanation: JSON.stringify(w.explanations) as unknown as Json,
          catalog_version: run.catalog_version,
          input_snapshot: JSON.stringify(w.snapshot.snapshot) as unknown as Json,
          letter_pdf: w.letter,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendTransitions(tx, [{ subjectType: 'household', subjectId: w.householdId, householdId: w.householdId, right: w.right, period, state: 'toegekend', evidence: { grant_decision: Number(inserted.id) }, catalogVersion: run.catalog_version, inputSnapshot: w.snapshot.snapshot, inputHash: w.snapshot.hash, actorUserId: null, actorLabel: 'system', grantRunId: runId }]);
      // The system decides (GDPR art. 22, favourable only); the run names who started it.
      await recordAudit(tx, { actor: null, action: 'automatic-grant', recordType: 'grant-decision', recordId: Number(inserted.id), personIds: w.personIds, purpose: 'automatic-granting', outcome: 'allowed', details: { right: w.right, household: w.householdId, amount: w.outcome.amount, catalog_version: run.catalog_version, grant_run: runId, started_by: run.started_by, language: w.language } });
      granted += 1;
    }
    await tx.query('update grant_runs set cursor = $2, processed = processed + $3, granted = granted + $4, to_worker = to_worker + $5, declined = declined + $6, refused_earlier = refused_earlier + $7 where id = $1', [
      runId,
      ids[ids.length - 1],
      ids.length,
      granted,
      toWorker,
      declined,
      refusedEarlier,
    ]);
    // Every household of the chunk was read (and its addressee's name), not only those granted: the read is audited too.
    await recordAudit(tx, {
      actor: null,
      action: 'grant-chunk',
      recordType: 'grant-run',
      recordId: runId,
      personIds: [...new Set([...loaded.flatMap((h) => h.personIds), ...[...addressees.values()].map((a) => a.personId)])],
      purpose: 'automatic-granting',
      outcome: 'allowed',
      details: { households: ids.length, first: ids[0]!, last: ids[ids.length - 1]!, granted, to_worker: toWorker, declined, refused_earlier: refusedEarlier, started_by: run.started_by },
    });
    return true;
  });
}

/**
 * Runs grant jobs inside the server process, chunk by chunk (see ResumableRuns for crash
 * recovery and shutdown): a run interrupted even by `kill -9` grants nothing twice.
 */
export class GrantJobs extends ResumableRuns {
  constructor(
    database: Database,
    private readonly factsOf: FactsOf,
    options: JobOptions = {},
  ) {
    super(database, 'grant_runs', options);
  }

  protected async driveChunks(runId: number, catalog: Catalog, stopping: () => boolean): Promise<void> {
    while (!stopping() && (await processGrantChunk(this.database, runId, catalog, this.factsOf))) {
      // One chunk per iteration: other requests get the database between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}
