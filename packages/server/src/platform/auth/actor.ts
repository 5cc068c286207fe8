import type { OrganisationType, Role } from '../db/schema.ts';

/** The signed-in user on whose behalf a request runs. */
export interface Actor {
  id: number;
  email: string;
  name: string;
  role: Role;
  organisation: { id: number; name: string; type: OrganisationType };
}

/** Who an audit record names when no user acts (CLI, demo loader, jobs). */
export const SYSTEM_ACTOR_LABEL = 'system';
