import type { Actor } from '../../platform/auth/actor.ts';
import type { Queryable } from '../../platform/db/connect.ts';

/** An organisation a worker can work with on a household: their own or a partner of the broad intake. */
export interface PartnerOrganisation {
  id: number;
  name: string;
}

/**
 * The actor's own organisation and the other organisations of its werkingsgebied (the partners
 * of the broad intake, who may guide the same household), the own one first. The worklist
 * filters by them and a contact via a partner must name one of them.
 */
export function partnerOrganisations(q: Queryable, actor: Actor): Promise<PartnerOrganisation[]> {
  return q.query<PartnerOrganisation>(
    `select o.id, o.name from organisations o
      where o.id = $1 or o.werkingsgebied_id = (select werkingsgebied_id from organisations where id = $1)
      order by o.id <> $1, o.name`,
    [actor.organisation.id],
  );
}
