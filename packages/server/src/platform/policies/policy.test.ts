import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor.ts';
import { ROLES, type Role } from '../db/schema.ts';
import { canAccessDossier, canAccessHousehold, canBeAssigned, checkRoute, ROLE_PERMISSIONS } from './policy.ts';

function actor(role: Role, organisationId = 1): Actor {
  return { id: 1, email: 'x@y.demo', name: 'X', role, organisation: { id: organisationId, name: 'Org', type: 'ocmw' } };
}

describe('policy', () => {
  it('denies every role permission to an anonymous caller', () => {
    for (const permission of ROLE_PERMISSIONS) expect(checkRoute(null, permission)).toBe('not-authenticated');
    expect(checkRoute(null, 'authenticated')).toBe('not-authenticated');
    expect(checkRoute(null, 'public')).toBe('allow');
  });

  it('gives the audit log to the DPO only and account management to the beheerder only', () => {
    for (const role of ROLES) {
      expect(checkRoute(actor(role), 'audit:read')).toBe(role === 'dpo' ? 'allow' : 'deny');
      expect(checkRoute(actor(role), 'user:manage')).toBe(role === 'beheerder' ? 'allow' : 'deny');
    }
  });

  it('keeps personal files away from signaalgevers, beleidsmedewerkers, the DPO and the beheerder', () => {
    for (const role of ['partner-signaalgever', 'beleidsmedewerker', 'dpo', 'beheerder'] as const) {
      for (const permission of ['dossier:read', 'person:read', 'household:read', 'fact:read'] as const) {
        expect(checkRoute(actor(role), permission)).toBe('deny');
      }
    }
  });

  it('lets the front desk open a dossier but not reassign it', () => {
    expect(checkRoute(actor('onthaalmedewerker'), 'dossier:create')).toBe('allow');
    expect(checkRoute(actor('onthaalmedewerker'), 'dossier:update')).toBe('deny');
    expect(checkRoute(actor('maatschappelijk-werker'), 'dossier:update')).toBe('allow');
  });

  it('shows a dossier to its own organisation only', () => {
    expect(canAccessDossier(actor('maatschappelijk-werker', 1), { organisationId: 1 })).toBe(true);
    expect(canAccessDossier(actor('maatschappelijk-werker', 2), { organisationId: 1 })).toBe(false);
    expect(canAccessHousehold(actor('coordinator', 2), { dossierOrganisationIds: [1, 3] })).toBe(false);
    expect(canAccessHousehold(actor('coordinator', 3), { dossierOrganisationIds: [1, 3] })).toBe(true);
  });

  it('assigns only active case workers of the owning organisation', () => {
    const worker = { role: 'maatschappelijk-werker' as const, active: true, organisation: { id: 1 } };
    expect(canBeAssigned(worker, { organisationId: 1 })).toBe(true);
    expect(canBeAssigned(worker, { organisationId: 2 })).toBe(false);
    expect(canBeAssigned({ ...worker, active: false }, { organisationId: 1 })).toBe(false);
    expect(canBeAssigned({ ...worker, role: 'dpo' }, { organisationId: 1 })).toBe(false);
  });
});
