import type { Actor } from '../../platform/auth/actor.ts';
import { audited } from '../../platform/audit/audited.ts';
import type { Database, Queryable } from '../../platform/db/connect.ts';
import { canAccessHousehold } from '../../platform/policies/policy.ts';
import { currentFacts } from '../facts/fact.repository.ts';
import {
  findPerson,
  listPersonMemberships,
  personDossierOrganisationIds,
  type PersonMembership,
  type PersonRow,
} from './person.repository.ts';

/** A person with the date of birth (from facts) and memberships. */
export interface PersonDetail extends PersonRow {
  dateOfBirth: string | null;
  memberships: PersonMembership[];
}

/** The current date_of_birth fact of each person (the identity the worker checks first). */
export async function datesOfBirth(q: Queryable, personIds: readonly number[]): Promise<Map<number, string>> {
  const facts = await currentFacts(q, 'person', personIds, ['date_of_birth']);
  return new Map(facts.filter((fact) => typeof fact.value === 'string').map((fact) => [fact.entityId, fact.value as string]));
}

/** Reads a person's file: allowed for organisations with a dossier on one of their households. Audited. */
export function readPerson(database: Database, actor: Actor, personId: number): Promise<PersonDetail> {
  return audited(
    database,
    { actor, action: 'read', recordType: 'person', recordId: personId, purpose: 'case-work', what: 'person' },
    async (tx) => {
      const person = await findPerson(tx, personId);
      if (!person) return { kind: 'missing' };
      if (!canAccessHousehold(actor, { dossierOrganisationIds: await personDossierOrganisationIds(tx, personId) })) {
        return { kind: 'denied', personIds: [personId] };
      }
      const dateOfBirth = (await datesOfBirth(tx, [personId])).get(personId) ?? null;
      const memberships = await listPersonMemberships(tx, personId);
      return { kind: 'done', personIds: [personId], value: { ...person, dateOfBirth, memberships } };
    },
  );
}
