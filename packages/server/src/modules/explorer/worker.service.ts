import { evaluate, rightFacts, type FactInput, type Lang, type Situation } from '@springplank/rules';
import type { z } from 'zod';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Database } from '../../platform/db/connect.ts';
import { Errors } from '../../platform/errors/problem.ts';
import { readDossier } from '../dossiers/dossier.service.ts';
import type { FactRow } from '../facts/fact.repository.ts';
import { listFacts, recordFact } from '../facts/fact.service.ts';
import { readHousehold } from '../households/household.service.ts';
import { findUserById } from '../users/user.repository.ts';
import { explorerCatalog } from './explorer.catalog.ts';
import { todayIso } from './explorer.service.ts';
import { overviewPdf } from './overview.pdf.ts';
import { rechtencheckSets, setForOrganisation } from './rechtencheck.ts';
import type { recordAnswersBodySchema } from './worker.schema.ts';

type StoredFact = { entity: 'person' | 'household'; personId: number | null; row: FactRow };

/** A fact as the explorer shows it: value, provenance, who recorded it and when (null: from the register). */
interface ExplorerFact {
  entity: 'person' | 'household';
  person_id: string | null;
  fact_id: string;
  value: string | number | boolean | null;
  source: FactRow['source'];
  observed_on: string;
  recorded_by: string | null;
  recorded_at: string | null;
}

/** The current members of the dossier's household and the dossier itself (both reads audited). */
async function dossierHousehold(database: Database, actor: Actor, dossierId: number) {
  const dossier = await readDossier(database, actor, dossierId);
  const household = await readHousehold(database, actor, dossier.householdId);
  const today = todayIso();
  const members = household.members.filter((m) => m.validFrom <= today && (m.validUntil === null || m.validUntil > today));
  return { dossier, household, members };
}

/** The dossier, its current members and every current fact with provenance (all reads audited). */
async function dossierFacts(database: Database, actor: Actor, dossierId: number) {
  const { dossier, household, members } = await dossierHousehold(database, actor, dossierId);
  const stored: StoredFact[] = (await listFacts(database, actor, 'household', household.id, false)).map((row) => ({ entity: 'household', personId: null, row }));
  for (const m of members) {
    for (const row of await listFacts(database, actor, 'person', m.personId, false)) stored.push({ entity: 'person', personId: m.personId, row });
  }
  const names = new Map<number, string>();
  for (const id of new Set(stored.map((f) => f.row.recordedBy).filter((id): id is number => id !== null))) {
    const user = await findUserById(database, id);
    if (user) names.set(id, user.name);
  }
  const facts: ExplorerFact[] = stored.map((f) => ({
    entity: f.entity,
    person_id: f.personId === null ? null : String(f.personId),
    fact_id: f.row.factId,
    value: f.row.value as string | number | boolean | null,
    source: f.row.source,
    observed_on: f.row.observedOn,
    recorded_by: f.row.recordedBy === null ? null : (names.get(f.row.recordedBy) ?? null),
    recorded_at: f.row.recordedAt.toISOString(),
  }));
  // The date of birth lives on the person (from the register) when no fact was recorded for it.
  for (const m of members) {
    if (m.dateOfBirth && !facts.some((f) => f.person_id === String(m.personId) && f.fact_id === 'date_of_birth')) {
      facts.push({ entity: 'person', person_id: String(m.personId), fact_id: 'date_of_birth', value: m.dateOfBirth, source: 'register', observed_on: m.validFrom, recorded_by: null, recorded_at: null });
    }
  }
  return { dossier, household, members, facts };
}

/**
 * The explorer's view of a dossier: its household, every current fact with its provenance (who
 * recorded it and when), and the organisation's Rechtencheck with, per right, the outcome and
 * when the facts that decided it were last recorded. Every read goes through the audited
 * services of the platform.
 */
export async function explorerView(database: Database, actor: Actor, dossierId: number) {
  const { dossier, household, members, facts } = await dossierFacts(database, actor, dossierId);
  const loaded = explorerCatalog();
  const situation = toSituation(members.map((m) => ({ id: String(m.personId), role: m.role })), facts);
  const set = setForOrganisation(rechtencheckSets(), dossier.organisation, household.municipalityNis);
  let rechtencheck = null;
  if (set) {
    const ids = set.rights.filter((id) => loaded.catalog.rights.has(id));
    const outcomes = evaluate(loaded.catalog, situation, todayIso(), { rights: ids, explain: false, nearMiss: false }).outcomes;
    rechtencheck = {
      id: set.id,
      version: set.version,
      name: set.name,
      rights: outcomes.map((o) => {
        const read = new Set(rightFacts(loaded.catalog, o.right).map((f) => f.fact));
        const times = facts.filter((f) => read.has(f.fact_id) && f.recorded_at).map((f) => f.recorded_at!);
        return { right: o.right, status: o.status, checked_on: o.status === 'undetermined' ? null : (times.sort().at(-1) ?? null) };
      }),
    };
  }
  return {
    dossier: { id: String(dossier.id), title: dossier.title, household_id: String(household.id) },
    catalog_version: loaded.version,
    members: members.map((m) => ({ id: String(m.personId), membership_id: String(m.membershipId), from: m.validFrom, role: m.role, name: m.givenName })),
    facts,
    rechtencheck,
  };
}

/** The engine's situation from stored facts, keeping their provenance (self-declared must be confirmed). */
export function toSituation(members: { id: string; role: string }[], facts: ExplorerFact[]): Situation {
  const input = (f: ExplorerFact): FactInput => ({ value: f.value, source: f.source, observed: f.observed_on });
  const of = (list: ExplorerFact[]) => Object.fromEntries(list.map((f) => [f.fact_id, input(f)]));
  return {
    household: { facts: of(facts.filter((f) => f.entity === 'household')) },
    persons: members.map((m) => ({ id: m.id, role: m.role, facts: of(facts.filter((f) => f.person_id === m.id)) })),
  };
}

/**
 * The rights overview of a dossier as a PDF in one language: the stored facts (with their
 * provenance, so self-declared facts show as "to be confirmed") evaluated on today's date.
 * Local rights of other municipalities are left out.
 */
export async function dossierOverviewPdf(database: Database, actor: Actor, dossierId: number, lang: Lang): Promise<Buffer> {
  const { dossier, household, members, facts } = await dossierFacts(database, actor, dossierId);
  const loaded = explorerCatalog();
  const situation = toSituation(members.map((m) => ({ id: String(m.personId), role: m.role })), facts);
  const date = todayIso();
  const outcomes = evaluate(loaded.catalog, situation, date, { nearMiss: false }).outcomes.filter((o) => {
    const right = loaded.catalog.rights.get(o.right);
    return !right?.municipality || right.municipality === household.municipalityNis;
  });
  return overviewPdf({ catalog: loaded.catalog, catalogVersion: loaded.version, outcomes, lang, date, household: dossier.title });
}

/** Input of {@link recordAnswers}. */
export type RecordAnswersInput = z.infer<typeof recordAnswersBodySchema>;

/**
 * Records explorer answers as facts of the dossier's household and its members, with their
 * provenance and the recording user, through the platform's fact service (validated against
 * facts.yaml, appended, audited). A person must be a current member of the dossier's household.
 */
export async function recordAnswers(database: Database, actor: Actor, dossierId: number, input: RecordAnswersInput) {
  const { household, members } = await dossierHousehold(database, actor, dossierId);
  const memberIds = new Set(members.map((m) => String(m.personId)));
  input.answers.forEach((a, i) => {
    if (a.entity === 'person' && (!a.person_id || !memberIds.has(a.person_id))) {
      throw Errors.invalidField(`body.answers.${i}.person_id`, 'not-a-member', 'This person is not a current member of the dossier household.');
    }
  });
  for (const a of input.answers) {
    const id = a.entity === 'household' ? household.id : Number(a.person_id);
    await recordFact(database, actor, a.entity, id, { fact_id: a.fact_id, value: a.value, source: a.source, observed_on: a.observed_on });
  }
  return explorerView(database, actor, dossierId);
}
