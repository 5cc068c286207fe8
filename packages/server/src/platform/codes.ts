/**
 * The platform's shared codes (roles, organisation types, household roles, fact sources,
 * dossier statuses, audit outcomes): one list each, read by the database schema, the API
 * schemas, the policies and the web app (`@springplank/server/platform/codes.ts`). Pure
 * constants, so the web app can import them without pulling in server code.
 */

/** User roles (shared contract). */
export const ROLES = [
  'onthaalmedewerker',
  'maatschappelijk-werker',
  'coordinator',
  'partner-signaalgever',
  'beleidsmedewerker',
  'dpo',
  'beheerder',
] as const;
/** A user role. */
export type Role = (typeof ROLES)[number];

/** Organisation types (shared contract). */
export const ORGANISATION_TYPES = ['ocmw', 'caw', 'dmw', 'partner', 'vereniging'] as const;
/** An organisation type. */
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Roles of a member in a household (shared contract). */
export const MEMBER_ROLES = ['aanvrager', 'partner', 'kind', 'andere'] as const;
/** A household member role. */
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Where a fact comes from (shared contract). */
export const FACT_SOURCES = ['register', 'attest', 'self-declared', 'worker'] as const;
/** A fact provenance source. */
export type FactSource = (typeof FACT_SOURCES)[number];

/** Dossier statuses. */
export const DOSSIER_STATUSES = ['open', 'paused', 'closed'] as const;
/** A dossier status. */
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** Outcomes of an audited access. */
export const AUDIT_OUTCOMES = ['allowed', 'denied', 'failed'] as const;
/** An audit outcome. */
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];
