import type { Actor } from '../../platform/auth/actor.ts';
import type { Queryable } from '../../platform/db/connect.ts';
import { canAccessHousehold } from '../../platform/policies/policy.ts';
import { findHousehold, householdDossierOrganisationIds, listMembers } from '../households/household.repository.ts';

/** Whether a household exists, whether the actor's organisation may work on it, and whose data it is. */
export type HouseholdAccess = { kind: 'missing' } | { kind: 'denied'; personIds: number[] } | { kind: 'allowed'; personIds: number[] };

/**
 * Detection work on a household (ledger, worklist, outreach, grants): allowed for an
 * organisation with a dossier on it (the platform's household rule), and for the OCMW of the
 * werkingsgebied the household lives in — proactive detection exists to reach residents who
 * have no dossier yet, and the OCMW holds that mandate.
 */
export async function householdAccess(tx: Queryable, actor: Actor, householdId: number): Promise<HouseholdAccess> {
  const household = await findHousehold(tx, householdId);
  if (!household) return { kind: 'missing' };
  const personIds = (await listMembers(tx, householdId)).map((m) => m.personId);
  const owners = await householdDossierOrganisationIds(tx, householdId);
  if (canAccessHousehold(actor, { dossierOrganisationIds: owners })) return { kind: 'allowed', personIds };
  if (actor.organisation.type === 'ocmw' && (await livesInWerkingsgebied(tx, actor.organisation.id, householdId))) return { kind: 'allowed', personIds };
  return { kind: 'denied', personIds };
}

async function livesInWerkingsgebied(tx: Queryable, organisationId: number, householdId: number): Promise<boolean> {
  const [row] = await tx.query<{ ok: boolean }>(
    `select exists (select 1 from households h join werkingsgebied_municipalities w on w.municipality_nis = h.municipality_nis
       join organisations o on o.werkingsgebied_id = w.werkingsgebied_id where h.id = $1 and o.id = $2) as ok`,
    [householdId, organisationId],
  );
  return row?.ok ?? false;
}
