import type { z } from 'zod';
import type { Actor } from '../../platform/auth/actor.ts';
import { audited } from '../../platform/audit/audited.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { Database, Queryable } from '../../platform/db/connect.ts';
import type { DossierStatus } from '../../platform/db/schema.ts';
import { Errors } from '../../platform/errors/problem.ts';
import { canAccessDossier, canAccessHousehold, canBeAssigned } from '../../platform/policies/policy.ts';
import { insertFact } from '../facts/fact.repository.ts';
import { addNewMember } from '../households/household.service.ts';
import { householdDossierOrganisationIds, insertHousehold } from '../households/household.repository.ts';
import { findUserById } from '../users/user.repository.ts';
import {
  findDossier,
  householdPersonIds,
  insertDossier,
  listDossiersOfOrganisation,
  updateDossier,
  type DossierRow,
} from './dossier.repository.ts';
import type { createDossierBodySchema, updateDossierBodySchema } from './dossier.schema.ts';

/** Input of createDossier, as the API receives it. */
export type CreateDossierInput = z.infer<typeof createDossierBodySchema>;
/** Input of changeDossier, as the API receives it. */
export type UpdateDossierInput = z.infer<typeof updateDossierBodySchema>;

/** The dossiers of the actor's organisation. The listing is audited (titles name residents). */
export async function listDossiers(
  database: Database,
  actor: Actor,
  filter: { status?: DossierStatus; limit: number; offset: number },
): Promise<DossierRow[]> {
  return database.transaction(async (tx) => {
    const dossiers = await listDossiersOfOrganisation(tx, actor.organisation.id, filter);
    await recordAudit(tx, {
      actor,
      action: 'list',
      recordType: 'dossier-list',
      recordId: '',
      purpose: 'case-work',
      outcome: 'allowed',
      details: { dossier_ids: dossiers.map((d) => d.id) },
    });
    return dossiers;
  });
}

/** Reads one dossier: for its own organisation only. Audited. */
export function readDossier(database: Database, actor: Actor, dossierId: number): Promise<DossierRow> {
  return audited(
    database,
    { actor, action: 'read', recordType: 'dossier', recordId: dossierId, purpose: 'case-work', what: 'dossier' },
    async (tx) => {
      const dossier = await findDossier(tx, dossierId);
      if (!dossier) return { kind: 'missing' };
      const personIds = await householdPersonIds(tx, dossier.householdId);
      if (!canAccessDossier(actor, { organisationId: dossier.organisation.id })) return { kind: 'denied', personIds };
      return { kind: 'done', personIds, value: dossier };
    },
  );
}

async function assignable(tx: Queryable, userId: number, organisationId: number, path: string): Promise<number> {
  const user = await findUserById(tx, userId);
  if (!user || !canBeAssigned(user, { organisationId })) {
    throw Errors.invalidField(path, 'not-assignable', 'This user is not an active case worker of the organisation that owns the dossier.');
  }
  return userId;
}

/**
 * Opens a dossier of the actor's organisation, for a household it already follows or for a new
 * household with its members. Household, persons, memberships, the municipality fact, the
 * dossier and the audit record are written in one transaction.
 */
export function createDossier(database: Database, actor: Actor, input: CreateDossierInput): Promise<DossierRow> {
  const organisationId = actor.organisation.id;
  return audited(
    database,
    { actor, action: 'create', recordType: 'dossier', recordId: '', purpose: 'intake', what: 'household' },
    async (tx) => {
      let householdId: number;
      if (input.household_id !== undefined) {
        householdId = Number(input.household_id);
        const owners = await householdDossierOrganisationIds(tx, householdId);
        if (owners.length === 0) return { kind: 'missing' };
        if (!canAccessHousehold(actor, { dossierOrganisationIds: owners })) return { kind: 'denied', personIds: [] };
      } else {
        const household = input.household!;
        householdId = await insertHousehold(tx, {
          street: household.street ?? null,
          houseNumber: household.house_number ?? null,
          postalCode: household.postal_code ?? null,
          municipalityNis: household.municipality_nis ?? null,
        });
        for (const [index, member] of household.members.entries()) {
          await addNewMember(tx, householdId, member, `body.household.members.${index}`);
        }
        if (household.municipality_nis) {
          // The rules engine reads the municipality as a household fact.
          await insertFact(tx, {
            entityType: 'household',
            entityId: householdId,
            factId: 'municipality_nis',
            value: household.municipality_nis,
            source: 'worker',
            observedOn: input.opened_on ?? new Date().toISOString().slice(0, 10),
            recordedBy: actor.id,
          });
        }
      }
      const aanspreekpunt = await assignable(tx, input.aanspreekpunt_user_id ? Number(input.aanspreekpunt_user_id) : actor.id, organisationId, 'body.aanspreekpunt_user_id');
      const backup = input.backup_user_id ? await assignable(tx, Number(input.backup_user_id), organisationId, 'body.backup_user_id') : null;
      const id = await insertDossier(tx, {
        title: input.title,
        organisationId,
        householdId,
        aanspreekpuntUserId: aanspreekpunt,
        backupUserId: backup,
        openedOn: input.opened_on ?? new Date().toISOString().slice(0, 10),
      });
      const personIds = await householdPersonIds(tx, householdId);
      return { kind: 'done', personIds, value: (await findDossier(tx, id))!, recordId: id, details: { household_id: householdId } };
    },
  );
}

/** Changes title, status, aanspreekpunt or backup of a dossier of the actor's organisation. Audited. */
export function changeDossier(database: Database, actor: Actor, dossierId: number, input: UpdateDossierInput): Promise<DossierRow> {
  return audited(
    database,
    { actor, action: 'update', recordType: 'dossier', recordId: dossierId, purpose: 'case-work', what: 'dossier' },
    async (tx) => {
      const dossier = await findDossier(tx, dossierId);
      if (!dossier) return { kind: 'missing' };
      const personIds = await householdPersonIds(tx, dossier.householdId);
      if (!canAccessDossier(actor, { organisationId: dossier.organisation.id })) return { kind: 'denied', personIds };
      const organisationId = dossier.organisation.id;
      await updateDossier(tx, dossierId, {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.status !== undefined
          ? { status: input.status, closedOn: input.status === 'closed' ? new Date().toISOString().slice(0, 10) : null }
          : {}),
        ...(input.aanspreekpunt_user_id !== undefined
          ? { aanspreekpuntUserId: await assignable(tx, Number(input.aanspreekpunt_user_id), organisationId, 'body.aanspreekpunt_user_id') }
          : {}),
        ...(input.backup_user_id !== undefined
          ? { backupUserId: input.backup_user_id === null ? null : await assignable(tx, Number(input.backup_user_id), organisationId, 'body.backup_user_id') }
          : {}),
      });
      return { kind: 'done', personIds, value: (await findDossier(tx, dossierId))!, details: { changed: Object.keys(input) } };
    },
  );
}
