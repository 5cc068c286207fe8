import type { Actor } from '../../platform/auth/actor.ts';
import type { Queryable } from '../../platform/db/connect.ts';
import { canAccessHousehold } from '../../platform/policies/policy.ts';
import { findHousehold, householdDossierOrganisationIds, listMembers } from '../households/household.repository.ts';

/** Whether a household exists, whether the actor's organisation may work on it, and whose data it is. */
export type HouseholdAccess = { kind: 'missing' } | { kind: 'denied'; personIds: number[] } | { kind: 'allowed'; personIds: number[] };

/**
 * The platform's household rule (an organisation with a dossier on the household) applied to
 * detection work: the ledger, worklist items, outreach and grants of a household.
 */
export async function householdAccess(tx: Queryable, actor: Actor, householdId: number): Promise<HouseholdAccess> {
  if (!(await findHousehold(tx, householdId))) return { kind: 'missing' };
  const personIds = (await listMembers(tx, householdId)).map((m) => m.personId);
  const owners = await householdDossierOrganisationIds(tx, householdId);
  return canAccessHousehold(actor, { dossierOrganisationIds: owners }) ? { kind: 'allowed', personIds } : { kind: 'denied', personIds };
}
