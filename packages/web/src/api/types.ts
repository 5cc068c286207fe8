/** Shapes of the Springplank API as the web app uses them (see the HTTP contract in docs). */

// The codes are the server's own lists, so a new role or status cannot drift between the two.
export {
  ROLES, ORGANISATION_TYPES, MEMBER_ROLES, DOSSIER_STATUSES, AUDIT_OUTCOMES,
  type Role, type OrganisationType, type MemberRole, type DossierStatus, type AuditOutcome,
} from '@springplank/server/platform/codes.ts';
import type { Role, OrganisationType, MemberRole, DossierStatus, AuditOutcome } from '@springplank/server/platform/codes.ts';

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
