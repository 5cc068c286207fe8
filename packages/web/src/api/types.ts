/** Shapes of the Springplank API as the web app uses them (see the HTTP contract in docs). */

/** Every user role, in the order the UI lists them. */
export const ROLES = [
  'onthaalmedewerker',
  'maatschappelijk-werker',
  'coordinator',
  'partner-signaalgever',
  'beleidsmedewerker',
  'dpo',
  'beheerder',
] as const;

/** A user role code. */
export type Role = (typeof ROLES)[number];

/** Every organisation type code. */
export const ORGANISATION_TYPES = ['ocmw', 'caw', 'dmw', 'partner', 'vereniging'] as const;

/** An organisation type code. */
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Every role a person can have in a household. */
export const MEMBER_ROLES = ['aanvrager', 'partner', 'kind', 'andere'] as const;

/** A household member role code. */
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Every dossier status. */
export const DOSSIER_STATUSES = ['open', 'paused', 'closed'] as const;

/** A dossier status code. */
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** Every outcome of an audited access. */
export const AUDIT_OUTCOMES = ['allowed', 'denied', 'failed'] as const;

/** An audit outcome code. */
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** An organisation as embedded in other resources. */
export interface OrganisationRef {
  id: string;
  name: string;
  type: OrganisationType;
}

/** The signed-in user (`GET /api/auth/me`). */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisation: OrganisationRef;
}

/** A user named on a dossier (aanspreekpunt or backup). */
export interface UserRef {
  id: string;
  name: string;
}

/** A dossier as listed by `GET /api/dossiers` and returned by `GET /api/dossiers/:id`. */
export interface Dossier {
  id: string;
  title: string;
  status: DossierStatus;
  organisation: OrganisationRef;
  aanspreekpunt: UserRef;
  backup: UserRef | null;
  household_id: string;
  opened_on: string;
  closed_on: string | null;
}

/** A person, as returned by `GET /api/persons/:id`. */
export interface Person {
  id: string;
  given_name: string;
  family_name: string;
  national_register_number: string | null;
  /** The current date_of_birth fact, when known. */
  date_of_birth: string | null;
}

/** One dated membership of a person in a household. */
export interface HouseholdMember {
  membership_id: string;
  person: Person;
  role: MemberRole;
  from: string;
  until: string | null;
}

/** A household with its members (`GET /api/households/:id`). */
export interface Household {
  id: string;
  street: string | null;
  house_number: string | null;
  postal_code: string | null;
  municipality_nis: string | null;
  /** Every membership, current and past. */
  members: HouseholdMember[];
}

/** An organisation in the werkingsgebied (`GET /api/organisations`). */
export interface Organisation extends OrganisationRef {
  werkingsgebied_id: string | null;
}

/** One read or write of personal data, from `GET /api/audit/persons/:personId`. */
export interface AuditEntry {
  at: string;
  /** The user who acted, or 'system' for the platform itself (e.g. loading the demo). */
  actor: { id: string; name: string; role: Role } | 'system';
  action: string;
  /** Record type and id, e.g. `dossier/12`. */
  record: string;
  purpose: string;
  outcome: AuditOutcome;
}

/** A list response. */
export interface ItemList<T> {
  items: T[];
}

/** A municipality of the werkingsgebied (`GET /api/municipalities`). */
export interface Municipality {
  nis: string;
  name: string;
}

/** A user account as the beheerder sees it (`GET /api/users`). */
export interface UserAccount extends SessionUser {
  active: boolean;
}
