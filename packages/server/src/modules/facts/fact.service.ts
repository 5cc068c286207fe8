import type { z } from 'zod';
import type { Actor } from '../../platform/auth/actor.ts';
import { audited } from '../../platform/audit/audited.ts';
import type { Database, Queryable } from '../../platform/db/connect.ts';
import { Errors } from '../../platform/errors/problem.ts';
import { canAccessHousehold } from '../../platform/policies/policy.ts';
import { findHousehold, householdDossierOrganisationIds, listMembers } from '../households/household.repository.ts';
import { findPerson, personDossierOrganisationIds } from '../persons/person.repository.ts';
import { factSpecs, factValueProblem } from './fact-vocabulary.ts';
import { currentFacts, factHistory, insertFact, type FactEntity, type FactRow } from './fact.repository.ts';
import type { recordFactBodySchema } from './fact.schema.ts';
import { reevaluateAfterFact } from '../screening/reevaluate.ts';

/** Input of recordFact, as the API receives it. */
export type RecordFactInput = z.infer<typeof recordFactBodySchema>;

/** Whether the entity exists, who may see it, and whose personal data it is. */
async function entityAccess(tx: Queryable, entity: FactEntity, id: number) {
  if (entity === 'person') {
    if (!(await findPerson(tx, id))) return undefined;
    return { owners: await personDossierOrganisationIds(tx, id), personIds: [id] };
  }
  if (!(await findHousehold(tx, id))) return undefined;
  const personIds = (await listMembers(tx, id)).map((m) => m.personId);
  return { owners: await householdDossierOrganisationIds(tx, id), personIds };
}

/** The facts of a person or household: current values, or the whole history. Audited. */
export function listFacts(database: Database, actor: Actor, entity: FactEntity, id: number, history: boolean): Promise<FactRow[]> {
  return audited(
    database,
    { actor, action: history ? 'read-fact-history' : 'read-facts', recordType: entity, recordId: id, purpose: 'case-work', what: entity },
    async (tx) => {
      const access = await entityAccess(tx, entity, id);
      if (!access) return { kind: 'missing' };
      if (!canAccessHousehold(actor, { dossierOrganisationIds: access.owners })) return { kind: 'denied', personIds: access.personIds };
      const facts = history ? await factHistory(tx, entity, id) : await currentFacts(tx, entity, [id]);
      return { kind: 'done', personIds: access.personIds, value: facts };
    },
  );
}

/**
 * Records a new value of a fact, with provenance. Facts are never overwritten: this appends,
 * and the newest value becomes current. The value must fit catalog/facts.yaml. Audited.
 */
export function recordFact(database: Database, actor: Actor, entity: FactEntity, id: number, input: RecordFactInput): Promise<FactRow> {
  const spec = factSpecs().get(input.fact_id);
  if (!spec) throw Errors.invalidField('body.fact_id', 'unknown-fact', `${input.fact_id} is not a fact of catalog/facts.yaml.`);
  const problem = factValueProblem(spec, entity, input.value);
  if (problem) throw Errors.invalidField(spec.entity === entity ? 'body.value' : 'body.fact_id', 'invalid-fact-value', problem);
  return audited(
    database,
    { actor, action: 'record-fact', recordType: entity, recordId: id, purpose: 'case-work', what: entity },
    async (tx) => {
      const access = await entityAccess(tx, entity, id);
      if (!access) return { kind: 'missing' };
      if (!canAccessHousehold(actor, { dossierOrganisationIds: access.owners })) return { kind: 'denied', personIds: access.personIds };
      const fact = await insertFact(tx, {
        entityType: entity,
        entityId: id,
        factId: input.fact_id,
        value: input.value,
        source: input.source,
        observedOn: input.observed_on,
        recordedBy: actor.id,
      });
      // Same transaction: the rights that read this fact are re-evaluated and the ledger updated (screening/reevaluate.ts says why).
      const reevaluations = await reevaluateAfterFact(tx, actor, entity, id, input.fact_id);
      const personIds = entity === 'person' ? [id] : access.personIds;
      const runs = reevaluations.flatMap((r) => (r.runId === null ? [] : [r.runId]));
      return { kind: 'done', personIds, value: fact, details: { fact_id: input.fact_id, fact_row: fact.id, reevaluation_runs: runs } };
    },
  );
}
