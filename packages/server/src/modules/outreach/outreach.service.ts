import type { Actor } from '../../platform/auth/actor.ts';
import { audited } from '../../platform/audit/audited.ts';
import type { Database } from '../../platform/db/connect.ts';
import { Errors } from '../../platform/errors/problem.ts';
import { householdAccess } from '../ledger/household-access.ts';
import { appendTransitions } from '../ledger/ledger.repository.ts';
import { factsOfRight, inputSnapshot } from '../ledger/ledger.snapshot.ts';
import { today } from '../ledger/ledger.service.ts';
import { detectionDb, type LedgerState, type OUTREACH_KINDS, type OUTREACH_OUTCOMES } from '../ledger/ledger.tables.ts';
import { catalogForRun } from '../screening/screening.catalog.ts';
import { loadSituations } from '../screening/situations.ts';
import { appendContactPreference, optOuts, optedOutError } from './contact-preference.ts';
import { letterAddressee, letterLanguage, preferredLanguages } from './letter-language.ts';
import { renderLetter } from './letter.pdf.ts';
import { partnerOrganisations } from './partners.ts';
import { outreachLetter, type LetterLanguage } from './letter.texts.ts';

/** Input of {@link recordOutreach}. */
export interface OutreachInput {
  kind: (typeof OUTREACH_KINDS)[number];
  outcome: (typeof OUTREACH_OUTCOMES)[number];
  right?: string | undefined;
  person_id?: number | undefined;
  note?: string | undefined;
  follow_up_on?: string | undefined;
  language?: LetterLanguage | undefined;
  /** The organisation of the werkingsgebied a contact via a partner went through (only and always for kind `partner`). */
  partner_organisation_id?: number | undefined;
}

/** The ledger state an outreach outcome leads to for its right. */
const OUTCOME_STATE: Record<OutreachInput['outcome'], LedgerState | null> = {
  planned: 'contact-gepland',
  reached: 'gecontacteerd',
  'not-reached': null,
  declined: 'afgezien',
  applied: 'aangevraagd',
};

/**
 * Records an outreach action (letter, phone call, home visit, contact via a partner) with its
 * outcome and follow-up date, in one transaction with the ledger transition it implies and the
 * audit record. A letter is generated as PDF in the language the worker chose, else the
 * addressee's preferred language, else Dutch, and kept as sent. Refused
 * when someone in the household opted out of proactive contact.
 */
export async function recordOutreach(database: Database, actor: Actor, householdId: number, input: OutreachInput): Promise<{ id: number; hasLetter: boolean; language: LetterLanguage | null }> {
  const { catalog, version } = catalogForRun();
  const right = input.right ? catalog.rights.get(input.right) : undefined;
  if (input.right && !right) throw Errors.invalidField('body.right', 'unknown-right', `${input.right} is not a right of the catalogue.`);
  if (input.kind === 'letter' && !right) throw Errors.invalidField('body.right', 'letter-needs-right', 'A letter explains one right: choose the right.');
  if (input.kind === 'partner' && input.partner_organisation_id === undefined) {
    throw Errors.invalidField('body.partner_organisation_id', 'partner-required', 'Say through which partner organisation the household was contacted.');
  }
  if (input.kind !== 'partner' && input.partner_organisation_id !== undefined) {
    throw Errors.invalidField('body.partner_organisation_id', 'partner-only-for-partner-contact', 'A partner organisation goes only with a contact via a partner.');
  }
  return audited(database, { actor, action: `outreach-${input.kind}`, recordType: 'household', recordId: householdId, purpose: 'case-work', what: 'household' }, async (tx) => {
    const access = await householdAccess(tx, actor, householdId);
    if (access.kind !== 'allowed') return access;
    if (input.person_id !== undefined && !access.personIds.includes(input.person_id)) {
      throw Errors.invalidField('body.person_id', 'not-a-member', 'This person is not a member of the household.');
    }
    if (input.partner_organisation_id !== undefined && !(await partnerOrganisations(tx, actor)).some((o) => o.id === input.partner_organisation_id)) {
      throw Errors.invalidField('body.partner_organisation_id', 'not-a-partner', 'Choose an organisation of your werkingsgebied.');
    }
    const refused = [...(await optOuts(tx, access.personIds)).values()].sort()[0];
    if (refused) throw optedOutError(refused);
    let pdf: Buffer | null = null;
    let language: LetterLanguage | null = null;
    if (input.kind === 'letter' && right) {
      // In the language the person asked for, unless the worker chose another one (they know the person).
      const addressee = await letterAddressee(tx, householdId, input.person_id, today());
      const preferred = addressee ? (await preferredLanguages(tx, [addressee.id])).get(addressee.id) : undefined;
      language = letterLanguage(input.language, preferred);
      pdf = await renderLetter(outreachLetter(right, language, { name: addressee?.name ?? '' }, actor.organisation.name, today()));
    }
    const row = await detectionDb(tx)
      .insertInto('outreach_actions')
      .values({
        household_id: householdId,
        person_id: input.person_id ?? null,
        right_id: input.right ?? null,
        kind: input.kind,
        outcome: input.outcome,
        note: input.note ?? null,
        follow_up_on: input.follow_up_on ?? null,
        language,
        letter_pdf: pdf,
        partner_organisation_id: input.partner_organisation_id ?? null,
        actor_user_id: actor.id,
        organisation_id: actor.organisation.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const state = OUTCOME_STATE[input.outcome];
    if (right && state) {
      const facts = factsOfRight(catalog, right.id);
      const [loaded] = await loadSituations(tx, [householdId], [...facts.household, ...facts.person], today());
      const snapshot = inputSnapshot(catalog, right.id, loaded!.situation);
      await appendTransitions(tx, [
        {
          subjectType: 'household',
          subjectId: householdId,
          householdId,
          right: right.id,
          period: today().slice(0, 4),
          state,
          evidence: { outreach_action: Number(row.id), kind: input.kind, ...(input.partner_organisation_id !== undefined ? { partner_organisation: input.partner_organisation_id } : {}) },
          catalogVersion: version,
          inputSnapshot: snapshot.snapshot,
          inputHash: snapshot.hash,
          actorUserId: actor.id,
          actorLabel: actor.email,
        },
      ]);
    }
    return { kind: 'done', personIds: access.personIds, value: { id: Number(row.id), hasLetter: pdf !== null, language }, recordId: householdId, details: { action: Number(row.id), kind: input.kind, outcome: input.outcome, language, partner_organisation: input.partner_organisation_id ?? null } };
  });
}

/** The PDF of a letter sent to a household the actor may work on. Audited. */
export function readLetter(database: Database, actor: Actor, actionId: number): Promise<Uint8Array> {
  return audited(database, { actor, action: 'read-letter', recordType: 'outreach-action', recordId: actionId, purpose: 'case-work', what: 'letter' }, async (tx) => {
    const row = await detectionDb(tx).selectFrom('outreach_actions').select(['household_id', 'letter_pdf']).where('id', '=', actionId).executeTakeFirst();
    if (!row?.letter_pdf) return { kind: 'missing' };
    const access = await householdAccess(tx, actor, row.household_id);
    if (access.kind !== 'allowed') return access;
    return { kind: 'done', personIds: access.personIds, value: row.letter_pdf };
  });
}

/** A household's outreach actions and who refused proactive contact since when. */
export interface OutreachOverview {
  actions: {
    id: number;
    person_id: number | null;
    right_id: string | null;
    kind: OutreachInput['kind'];
    outcome: OutreachInput['outcome'];
    note: string | null;
    follow_up_on: string | null;
    language: string | null;
    at: Date | string;
    has_letter: boolean;
    partner: { id: number; name: string } | null;
  }[];
  optOuts: { person: number; since: string }[];
}

/** The outreach actions of a household, newest first, and who in it refused proactive contact. Audited. */
export function listOutreach(database: Database, actor: Actor, householdId: number): Promise<OutreachOverview> {
  return audited<OutreachOverview>(database, { actor, action: 'list-outreach', recordType: 'household', recordId: householdId, purpose: 'case-work', what: 'household' }, async (tx) => {
    const access = await householdAccess(tx, actor, householdId);
    if (access.kind !== 'allowed') return access;
    const actions = await detectionDb(tx)
      .selectFrom('outreach_actions')
      .leftJoin('organisations as partner', 'partner.id', 'outreach_actions.partner_organisation_id')
      .select(['outreach_actions.id', 'person_id', 'right_id', 'kind', 'outcome', 'note', 'follow_up_on', 'language', 'at', 'partner_organisation_id', 'partner.name as partner_name'])
      .select((eb) => eb('letter_pdf', 'is not', null).as('has_letter'))
      .where('household_id', '=', householdId)
      .orderBy('outreach_actions.id', 'desc')
      .execute();
    const refusals = await optOuts(tx, access.personIds);
    return { kind: 'done', personIds: access.personIds, value: { actions: actions.map(({ partner_organisation_id, partner_name, ...a }) => ({ ...a, has_letter: Boolean(a.has_letter), partner: partner_organisation_id === null ? null : { id: partner_organisation_id, name: partner_name ?? '' } })), optOuts: [...refusals].map(([person, since]) => ({ person, since })) } };
  });
}

/** Records that a person refuses proactive contact (or withdraws that refusal), with its date. Audited. */
export function recordContactPreference(database: Database, actor: Actor, personId: number, input: { opted_out: boolean; recorded_on?: string | undefined; note?: string | undefined }): Promise<void> {
  return audited(database, { actor, action: input.opted_out ? 'contact-opt-out' : 'contact-opt-in', recordType: 'person', recordId: personId, purpose: 'case-work', what: 'person' }, async (tx) => {
    const membership = await tx.db.selectFrom('household_memberships').select('household_id').where('person_id', '=', personId).orderBy('id', 'desc').executeTakeFirst();
    if (!membership) return { kind: 'missing' };
    const access = await householdAccess(tx, actor, membership.household_id);
    if (access.kind !== 'allowed') return { kind: 'denied', personIds: [personId] };
    await appendContactPreference(tx, { personId, optedOut: input.opted_out, recordedOn: input.recorded_on ?? today(), note: input.note ?? null, actorUserId: actor.id });
    return { kind: 'done', personIds: [personId], value: undefined };
  });
}
