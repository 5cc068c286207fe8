import type { Actor } from '../../platform/auth/actor.ts';
import { audited } from '../../platform/audit/audited.ts';
import type { Database } from '../../platform/db/connect.ts';
import type { Json } from '../../platform/db/schema.ts';
import { Errors } from '../../platform/errors/problem.ts';
import { catalogForRun } from '../screening/screening.catalog.ts';
import { loadSituations } from '../screening/situations.ts';
import { householdAccess } from './household-access.ts';
import { appendTransitions, householdHistory, type TransitionRow } from './ledger.repository.ts';
import { factsOfRight, inputSnapshot } from './ledger.snapshot.ts';
import type { LedgerState } from './ledger.tables.ts';

/** Input of {@link recordTransition}. */
export interface TransitionInput {
  right: string;
  state: LedgerState;
  /** The calendar year (default: the year of today). */
  period?: string | undefined;
  reason?: string | undefined;
  evidence?: Record<string, Json> | undefined;
}

/** Today as YYYY-MM-DD (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Appends a transition to a household's ledger for one right, with who, when, the evidence,
 * the catalogue version and a snapshot of the facts the right reads today. A refusal needs its
 * reason. History is never rewritten: a correction is a new transition. Audited.
 */
export async function recordTransition(database: Database, actor: Actor, householdId: number, input: TransitionInput): Promise<TransitionRow> {
  const { catalog, version } = catalogForRun();
  if (!catalog.rights.has(input.right)) throw Errors.invalidField('body.right', 'unknown-right', `${input.right} is not a right of the catalogue.`);
  if (input.state === 'geweigerd' && !input.reason?.trim()) {
    throw Errors.invalidField('body.reason', 'reason-required', 'A refusal (geweigerd) needs the reason the provider gave.');
  }
  const period = input.period ?? today().slice(0, 4);
  return audited(database, { actor, action: 'ledger-transition', recordType: 'household', recordId: householdId, purpose: 'case-work', what: 'household' }, async (tx) => {
    const access = await householdAccess(tx, actor, householdId);
    if (access.kind !== 'allowed') return access;
    const facts = factsOfRight(catalog, input.right);
    const [loaded] = await loadSituations(tx, [householdId], [...facts.household, ...facts.person], today());
    const snapshot = inputSnapshot(catalog, input.right, loaded!.situation);
    await appendTransitions(tx, [
      {
        subjectType: 'household',
        subjectId: householdId,
        householdId,
        right: input.right,
        period,
        state: input.state,
        reason: input.reason ?? null,
        evidence: input.evidence ?? {},
        catalogVersion: version,
        inputSnapshot: snapshot.snapshot,
        inputHash: snapshot.hash,
        actorUserId: actor.id,
        actorLabel: actor.email,
      },
    ]);
    const history = await householdHistory(tx, householdId);
    return { kind: 'done', personIds: access.personIds, value: history[history.length - 1]!, details: { right: input.right, state: input.state, period } };
  });
}

/** The ledger of a household: every transition, oldest first, with its inputs and catalogue version. Audited. */
export function readLedger(database: Database, actor: Actor, householdId: number): Promise<TransitionRow[]> {
  return audited(database, { actor, action: 'read-ledger', recordType: 'household', recordId: householdId, purpose: 'case-work', what: 'household' }, async (tx) => {
    const access = await householdAccess(tx, actor, householdId);
    if (access.kind !== 'allowed') return access;
    return { kind: 'done', personIds: access.personIds, value: await householdHistory(tx, householdId) };
  });
}

/** The current state per (right, period): the newest transition of each. */
export function currentStates(history: readonly TransitionRow[]): TransitionRow[] {
  const latest = new Map<string, TransitionRow>();
  for (const t of history) latest.set(`${t.subjectType}|${t.subjectId}|${t.right}|${t.period}`, t);
  return [...latest.values()];
}
