import { ROLES, type Role } from '../db/schema.ts';
import type { Actor } from '../auth/actor.ts';

/**
 * Every authorisation rule of Springplank lives in this file. Deny by default: a permission not
 * listed for a role is denied, and a route that declares no permission cannot be registered
 * (policy.plugin.ts). Access depends on the role (what kind of work) and on the organisation
 * (whose dossiers): a CAW worker does not see an OCMW dossier.
 */

/** Routes anyone may call, signed in or not (health, OpenAPI, sign-in). */
export const PUBLIC = 'public';
/** Routes every signed-in user may call (who am I, sign out). */
export const AUTHENTICATED = 'authenticated';

/** Permissions granted per role. */
export const ROLE_PERMISSIONS = [
  'municipality:read',
  'organisation:read',
  'user:manage',
  'dossier:read',
  'dossier:create',
  'dossier:update',
  'person:read',
  'household:read',
  'household:update',
  'fact:read',
  'fact:write',
  'audit:read',
  'screening:run',
  'screening:read',
  'screening:impact',
  'ledger:read',
  'ledger:write',
  'worklist:read',
  'worklist:assign',
  'outreach:write',
  'grant:run',
  'grant:reverse',
  'metrics:read',
] as const;

/** A permission a role can hold. */
export type RolePermission = (typeof ROLE_PERMISSIONS)[number];
/** What a route declares in `config.permission`. */
export type Permission = typeof PUBLIC | typeof AUTHENTICATED | RolePermission;

// The people who work on the files of residents. Partner-signaalgevers only send signals (a
// later module); beleidsmedewerkers see statistics, never a file; the DPO sees the audit log;
// the beheerder manages accounts. None of them reads personal files.
const CASE_WORK: readonly Role[] = ['onthaalmedewerker', 'maatschappelijk-werker', 'coordinator'];

const GRANTS: Record<RolePermission, readonly Role[]> = {
  'municipality:read': ROLES,
  'organisation:read': ROLES,
  'user:manage': ['beheerder'],
  'dossier:read': CASE_WORK,
  'dossier:create': CASE_WORK,
  // Changing status, aanspreekpunt or backup is for the social workers and the coordinator,
  // not for the front desk.
  'dossier:update': ['maatschappelijk-werker', 'coordinator'],
  'person:read': CASE_WORK,
  'household:read': CASE_WORK,
  'household:update': CASE_WORK,
  'fact:read': CASE_WORK,
  'fact:write': CASE_WORK,
  'audit:read': ['dpo'],
  // Rechtendetectie (modules ledger, screening, worklists, outreach, grants, metrics): the
  // coordinator starts screening and grant runs and divides the worklist; social workers
  // follow it up; beleidsmedewerkers see only aggregates with small counts suppressed.
  'screening:run': ['coordinator'],
  'screening:read': ['maatschappelijk-werker', 'coordinator'],
  // Rule-change impact: aggregates only (small counts hidden), for whoever prepares a rule change.
  'screening:impact': ['coordinator', 'beleidsmedewerker'],
  'ledger:read': CASE_WORK,
  'ledger:write': ['maatschappelijk-werker', 'coordinator'],
  'worklist:read': ['maatschappelijk-werker', 'coordinator'],
  'worklist:assign': ['coordinator'],
  'outreach:write': ['maatschappelijk-werker', 'coordinator'],
  'grant:run': ['coordinator'],
  'grant:reverse': ['coordinator'],
  'metrics:read': ['coordinator', 'beleidsmedewerker'],
};

/** Whether a role holds a role permission. */
export function roleHas(role: Role, permission: RolePermission): boolean {
  return GRANTS[permission].includes(role);
}

/** The decision for a route-level check, before any record is loaded. */
export type RouteDecision = 'allow' | 'not-authenticated' | 'deny';

/** Route-level check: is this (possibly anonymous) actor allowed to call a route with this permission? */
export function checkRoute(actor: Actor | null, permission: Permission): RouteDecision {
  if (permission === PUBLIC) return 'allow';
  if (!actor) return 'not-authenticated';
  if (permission === AUTHENTICATED) return 'allow';
  return roleHas(actor.role, permission) ? 'allow' : 'deny';
}

/** Record-level: a dossier is visible to its owning organisation only (sharing comes later). */
export function canAccessDossier(actor: Actor, dossier: { organisationId: number }): boolean {
  return dossier.organisationId === actor.organisation.id;
}

/**
 * Record-level: a household, its members and their facts are visible to an organisation that
 * holds a dossier on that household. `dossierOrganisationIds` are the owners of those dossiers.
 */
export function canAccessHousehold(actor: Actor, household: { dossierOrganisationIds: readonly number[] }): boolean {
  return household.dossierOrganisationIds.includes(actor.organisation.id);
}

/** Record-level: the aanspreekpunt or backup of a dossier is an active case worker of the owning organisation. */
export function canBeAssigned(
  user: { role: Role; active: boolean; organisation: { id: number } },
  dossier: { organisationId: number },
): boolean {
  return user.active && CASE_WORK.includes(user.role) && user.organisation.id === dossier.organisationId;
}
