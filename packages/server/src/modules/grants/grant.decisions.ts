import type { Actor } from '../../platform/auth/actor.ts';
import { audited } from '../../platform/audit/audited.ts';
import type { Database, Queryable } from '../../platform/db/connect.ts';
import { Errors } from '../../platform/errors/problem.ts';
import { householdAccess, type HouseholdAccess } from '../ledger/household-access.ts';
import { aanvragersOn } from '../households/aanvrager.ts';
import { appendTransitions } from '../ledger/ledger.repository.ts';
import type { LedgerReasonCode } from '../ledger/reason-codes.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';

/**
 * Who may act on a decision: an organisation with a dossier on the household, or the
 * granting authority — an organisation whose werkingsgebied covers the run's municipality
 * (automatic grants reach residents who have no dossier anywhere).
 */
async function decisionAccess(tx: Queryable, actor: Actor, decision: { household_id: number; run_id: number }): Promise<HouseholdAccess> {
  const access = await householdAccess(tx, actor, decision.household_id);
  if (access.kind !== 'denied') return access;
  return (await coversRun(tx, actor, decision.run_id)) ? { kind: 'allowed', personIds: access.personIds } : access;
}

/** Whether the actor's organisation works in the municipality of a grant run. */
async function coversRun(tx: Queryable, actor: Actor, runId: number): Promise<boolean> {
  const [row] = await tx.query<{ ok: boolean }>(
    `select exists (select 1 from grant_runs r join werkingsgebied_municipalities w on w.municipality_nis = r.municipality_nis
       join organisations o on o.werkingsgebied_id = w.werkingsgebied_id where r.id = $1 and o.id = $2) as ok`,
    [runId, actor.organisation.id],
  );
  return row?.ok ?? false;
}

/**
 * Reverses an automatic decision (coordinator): the decision keeps its content and gets who,
 * when and why it was reversed; the ledger returns to `mogelijk recht` so a worker looks at
 * it again. Audited.
 */
export async function reverseDecision(database: Database, actor: Actor, decisionId: number, reason: string): Promise<void> {
  if (!reason.trim()) throw Errors.invalidField('body.reason', 'reason-required', 'Say why the decision is reversed.');
  await audited(database, { actor, action: 'reverse-automatic-grant', recordType: 'grant-decision', recordId: decisionId, purpose: 'automatic-granting', what: 'grant decision' }, async (tx) => {
    const decision = await detectionDb(tx).selectFrom('grant_decisions').selectAll().where('id', '=', decisionId).executeTakeFirst();
    if (!decision) return { kind: 'missing' };
    const access = await decisionAccess(tx, actor, decision);
    if (access.kind !== 'allowed') return access;
    if (decision.reversed_at !== null) throw Errors.conflict('id', 'This decision was already reversed.');
    await detectionDb(tx).updateTable('grant_decisions').set({ reversed_at: new Date(), reversed_by: actor.id, reversal_reason: reason }).where('id', '=', decisionId).execute();
    // The same inputs as the grant: the hash its `toegekend` step recorded. (Hashing the snapshot
    // read back from jsonb gave another text, key order changed, so another hash.)
    const granted = await detectionDb(tx)
      .selectFrom('ledger_transitions')
      .select('input_hash')
      .where('grant_run_id', '=', decision.run_id)
      .where('household_id', '=', decision.household_id)
      .where('right_id', '=', decision.right_id)
      .where('state', '=', 'toegekend')
      .executeTakeFirstOrThrow();
    await appendTransitions(tx, [
      {
        subjectType: 'household',
        subjectId: decision.household_id,
        householdId: decision.household_id,
        right: decision.right_id,
        period: decision.period,
        state: 'mogelijk-recht',
        // The coordinator's own words; what happened is a code the reader sees in their language.
        reason,
        evidence: { reversed_grant_decision: decisionId, reason_code: 'automatic-grant-reversed' satisfies LedgerReasonCode },
        catalogVersion: decision.catalog_version,
        inputSnapshot: decision.input_snapshot,
        inputHash: granted.input_hash,
        actorUserId: actor.id,
        actorLabel: actor.email,
        grantRunId: decision.run_id,
      },
    ]);
    return { kind: 'done', personIds: access.personIds, value: undefined, details: { reason } };
  });
}

/** The decision letter (PDF) of an automatic grant. Audited. */
export function readDecisionLetter(database: Database, actor: Actor, decisionId: number): Promise<Uint8Array> {
  return audited(database, { actor, action: 'read-decision-letter', recordType: 'grant-decision', recordId: decisionId, purpose: 'automatic-granting', what: 'grant decision' }, async (tx) => {
    const decision = await detectionDb(tx).selectFrom('grant_decisions').select(['household_id', 'run_id', 'letter_pdf']).where('id', '=', decisionId).executeTakeFirst();
    if (!decision) return { kind: 'missing' };
    const access = await decisionAccess(tx, actor, decision);
    if (access.kind !== 'allowed') return access;
    return { kind: 'done', personIds: access.personIds, value: decision.letter_pdf };
  });
}

/** Columns of the payment export, in order (documented in docs/detection.md). */
export const PAYMENT_COLUMNS = ['grant_run', 'decision', 'household', 'person', 'national_register_number', 'name', 'right', 'period', 'amount', 'amount_period', 'currency', 'decided_on'] as const;

function csvField(value: string): string {
  return /[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The payment export of a grant run for the financial system: one line per decision that is
 * not reversed and has an amount; semicolon-separated UTF-8 with a header line, amounts with a
 * decimal point. Names the aanvrager of each household. Audited with every person in it.
 */
export function paymentExport(database: Database, actor: Actor | null, runId: number): Promise<string> {
  return audited(database, { actor, action: 'payment-export', recordType: 'grant-run', recordId: runId, purpose: 'automatic-granting', what: 'grant run' }, async (tx) => {
    const run = await detectionDb(tx).selectFrom('grant_runs').select(['id', 'at_date', 'status']).where('id', '=', runId).executeTakeFirst();
    if (!run) return { kind: 'missing' };
    if (actor && !(await coversRun(tx, actor, runId))) return { kind: 'denied', personIds: [] };
    const rows = await tx.query<{ id: number; household_id: number; right_id: string; period: string; amount: string; amount_period: string | null }>(
      `select d.id, d.household_id, d.right_id, d.period, d.amount, d.amount_period from grant_decisions d
        where d.run_id = $1 and d.reversed_at is null and d.amount is not null order by d.id`,
      [runId],
    );
    // The payee is the aanvrager on the run's date (households/aanvrager.ts): never someone who had left.
    const aanvragers = await aanvragersOn(tx, [...new Set(rows.map((r) => r.household_id))], run.at_date);
    const persons = new Map(
      (await tx.query<{ id: number; nrn: string | null }>('select id, national_register_number as nrn from persons where id = any($1::int[])', [[...aanvragers.values()].map((a) => a.personId)])).map((p) => [p.id, p.nrn]),
    );
    const lines = [PAYMENT_COLUMNS.join(';')];
    for (const r of rows) {
      const payee = aanvragers.get(r.household_id);
      lines.push(
        [String(runId), String(r.id), String(r.household_id), payee ? String(payee.personId) : '', (payee && persons.get(payee.personId)) ?? '', payee?.name ?? '', r.right_id, r.period, Number(r.amount).toFixed(2), r.amount_period ?? '', 'EUR', run.at_date]
          .map(csvField)
          .join(';'),
      );
    }
    return { kind: 'done', personIds: [...new Set([...aanvragers.values()].map((a) => a.personId))], value: `${lines.join('\r\n')}\r\n` };
  });
}
