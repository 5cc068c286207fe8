import { evaluate, type Outcome } from '@springplank/rules';
import type { Actor } from '../../platform/auth/actor.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { Database } from '../../platform/db/connect.ts';
import type { Json } from '../../platform/db/schema.ts';
import { Errors } from '../../platform/errors/problem.ts';
import { appendTransitions, currentHouseholdStates } from '../ledger/ledger.repository.ts';
import { inputSnapshot } from '../ledger/ledger.snapshot.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';
import { renderLetter } from '../outreach/letter.pdf.ts';
import { letterLanguage, preferredLanguages } from '../outreach/letter-language.ts';
import { decisionLetter, type LetterLanguage } from '../outreach/letter.texts.ts';
import { receiptFactIds } from '../screening/receipt.ts';
import { catalogForRun } from '../screening/screening.catalog.ts';
import { loadSituations } from '../screening/situations.ts';
import { rightFacts } from '@springplank/rules';
import { decideAutomatically, explanationJson, metConditions } from './grant.decide.ts';

/** Households per transaction of a grant run. */
const CHUNK = 500;

/** What a grant run did. */
export interface GrantRunResult {
  id: number;
  rights: string[];
  granted: number;
  toWorker: number;
  catalogVersion: string;
}

const PER: Record<LetterLanguage, { month: string; year: string }> = {
  nl: { month: ' per maand', year: ' per jaar' },
  fr: { month: ' par mois', year: ' par an' },
  en: { month: ' a month', year: ' a year' },
};

/** The sender of a decision letter: the granting municipality and its OCMW. */
const SENDER: Record<LetterLanguage, string> = { nl: 'Gemeente en OCMW', fr: 'Commune et CPAS', en: 'Municipality and OCMW' };

/** The amount of a decision as the letter says it: a decimal comma in Dutch and French, a point in English. */
function amountText(outcome: Outcome, language: LetterLanguage): string {
  if (outcome.amount === null) return '';
  const per = outcome.period === 'month' ? PER[language].month : outcome.period === 'year' ? PER[language].year : '';
  const amount = outcome.amount.toFixed(2);
  return ` (€ ${language === 'en' ? amount : amount.replace('.', ',')}${per})`;
}

/**
 * A grant run: for the rights configured `automatic` for a municipality, decides for every
 * household living there. Only favourable decisions are made (decideAutomatically); each
 * carries its explanation, the catalogue version, the input snapshot and a decision letter
 * (PDF, in the aanvrager's preferred language, else Dutch), is recorded in the ledger as `toegekend` and has its own audit entry. Outcomes that
 * are not clearly eligible become a `mogelijk recht` for a worker. Re-running skips what is
 * already decided for the period, so an interrupted run is finished by running it again.
 */
export async function runGrants(database: Database, actor: Actor, input: { municipality_nis: string; at_date: string }): Promise<GrantRunResult> {
  const { catalog, version } = catalogForRun();
  const covered = await database.query<{ ok: boolean }>(
    `select exists (select 1 from organisations o join werkingsgebied_municipalities w on w.werkingsgebied_id = o.werkingsgebied_id
      where o.id = $1 and w.municipality_nis = $2) as ok`,
    [actor.organisation.id, input.municipality_nis],
  );
  if (!covered[0]?.ok) throw Errors.forbidden('Grant runs are for the municipalities of your own werkingsgebied.');
  const rights = catalog.order.filter((id) => {
    const r = catalog.rights.get(id)!;
    return r.granting === 'automatic' && r.level === 'local' && r.municipality === input.municipality_nis;
  });
  const period = input.at_date.slice(0, 4);
  const facts = [...new Set([...rights.flatMap((r) => rightFacts(catalog, r).map((f) => f.fact)), ...receiptFactIds(rights)])];
  const run = await database.transaction(async (tx) => {
    const row = await detectionDb(tx)
      .insertInto('grant_runs')
      .values({ municipality_nis: input.municipality_nis, at_date: input.at_date, catalog_version: version, rights, status: 'running', started_by: actor.id, finished_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, { actor, action: 'grant-run-start', recordType: 'grant-run', recordId: row.id, purpose: 'automatic-granting', outcome: 'allowed', details: { municipality: input.municipality_nis, rights, at_date: input.at_date } });
    return row;
  });
  let granted = 0;
  let toWorker = 0;
  let after = 0;
  for (;;) {
    const ids = (await database.query<{ id: number }>('select id from households where municipality_nis = $1 and id > $2 order by id limit $3', [input.municipality_nis, after, CHUNK])).map((r) => r.id);
    if (ids.length === 0 || rights.length === 0) break;
    after = ids[ids.length - 1]!;
    const loaded = await loadSituations(database, ids, facts, input.at_date);
    const ledger = await currentHouseholdStates(database, ids, period);
    const addressees = new Map(
      (await database.query<{ household_id: number; person_id: number; name: string }>(
        `select distinct on (m.household_id) m.household_id, p.id as person_id, p.given_name || ' ' || p.family_name as name from household_memberships m join persons p on p.id = m.person_id
          where m.household_id = any($1::int[]) order by m.household_id, case m.role when 'aanvrager' then 0 else 1 end, m.id`,
        [ids],
      )).map((r) => [r.household_id, r]),
    );
    // The decision letter goes out in the language the aanvrager asked for (Dutch when unknown).
    const languages = await preferredLanguages(database, [...addressees.values()].map((a) => a.person_id));
    await database.transaction(async (tx) => {
      for (const household of loaded) {
        const outcomes = evaluate(catalog, household.situation, input.at_date, { rights, nearMiss: false }).outcomes;
        for (const outcome of outcomes) {
          const state = ledger.get(`${household.householdId}|${outcome.right}`)?.state;
          if (state === 'toegekend' || state === 'aangevraagd') continue;
          const decision = decideAutomatically(outcome);
          if (decision.kind === 'no-decision') continue;
          const right = catalog.rights.get(outcome.right)!;
          const snapshot = inputSnapshot(catalog, outcome.right, household.situation);
          if (decision.kind === 'to-worker') {
            if (state === 'mogelijk-recht' || state === 'contact-gepland' || state === 'gecontacteerd' || state === 'afgezien') continue;
            toWorker += 1;
            await appendTransitions(tx, [{ subjectType: 'household', subjectId: household.householdId, householdId: household.householdId, right: outcome.right, period, state: 'mogelijk-recht', reason: 'Niet zeker genoeg voor een automatische toekenning: een medewerker kijkt het na.', catalogVersion: version, inputSnapshot: snapshot.snapshot, inputHash: snapshot.hash, actorUserId: null, actorLabel: 'system', grantRunId: run.id }]);
            continue;
          }
          const explanations = outcome.explanation ? [outcome.explanation] : (outcome.members ?? []).filter((m) => m.status === 'eligible').map((m) => m.explanation);
          const addressee = addressees.get(household.householdId);
          const language = letterLanguage(undefined, addressee ? languages.get(addressee.person_id) : undefined);
          const letter = await renderLetter(
            decisionLetter(right, language, { name: addressee?.name ?? '' }, SENDER[language], input.at_date, amountText(outcome, language), metConditions(explanations, language), version),
          );
          const inserted = await detectionDb(tx)
            .insertInto('grant_decisions')
            .values({
              run_id: run.id,
              household_id: household.householdId,
              right_id: outcome.right,
              period,
              status: 'eligible',
              amount: outcome.amount,
              amount_period: outcome.period,
              explanation: JSON.stringify(explanations.map(explanationJson)) as unknown as Json,
              catalog_version: version,
              input_snapshot: JSON.stringify(snapshot.snapshot) as unknown as Json,
              letter_pdf: letter,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await appendTransitions(tx, [{ subjectType: 'household', subjectId: household.householdId, householdId: household.householdId, right: outcome.right, period, state: 'toegekend', evidence: { grant_decision: Number(inserted.id) }, catalogVersion: version, inputSnapshot: snapshot.snapshot, inputHash: snapshot.hash, actorUserId: null, actorLabel: 'system', grantRunId: run.id }]);
          await recordAudit(tx, { actor, action: 'automatic-grant', recordType: 'grant-decision', recordId: Number(inserted.id), personIds: household.personIds, purpose: 'automatic-granting', outcome: 'allowed', details: { right: outcome.right, household: household.householdId, amount: outcome.amount, catalog_version: version } });
          granted += 1;
        }
      }
    });
  }
  await database.transaction(async (tx) => {
    await detectionDb(tx).updateTable('grant_runs').set({ status: 'done', granted, to_worker: toWorker, finished_at: new Date() }).where('id', '=', run.id).execute();
    await recordAudit(tx, { actor, action: 'grant-run-done', recordType: 'grant-run', recordId: run.id, purpose: 'automatic-granting', outcome: 'allowed', details: { granted, to_worker: toWorker } });
  });
  return { id: run.id, rights, granted, toWorker, catalogVersion: version };
}
