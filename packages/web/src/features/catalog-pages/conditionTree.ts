import { evaluate, type Catalog, type ExplainedCondition, type MemberRole, type RightDefinition } from '@springplank/rules';

/**
 * The conditions of a right as written in its rule file, without anyone's data: the explanation
 * tree of an empty situation, where every condition is still open. For a person right one member
 * of a role the right applies to stands in.
 */
export function conditionTree(catalog: Catalog, right: RightDefinition, date: string): ExplainedCondition | null {
  const role: MemberRole = right.appliesTo?.[0] ?? 'aanvrager';
  const persons = role === 'aanvrager' ? [{ id: 'p1', role }] : [{ id: 'p1', role: 'aanvrager' }, { id: 'p2', role }];
  const outcome = evaluate(catalog, { household: { facts: {} }, persons }, date, { rights: [right.id], nearMiss: false }).outcomes[0];
  if (!outcome) return null;
  if (outcome.explanation) return outcome.explanation;
  return outcome.members?.find((m) => m.person === persons.at(-1)?.id)?.explanation ?? null;
}

/** The rights linked to a right: those it reads (it derives from) and those that read it (it opens). */
export function linkedRights(catalog: Catalog, id: string): { dependsOn: string[]; opens: string[] } {
  const right = catalog.rights.get(id);
  return {
    dependsOn: right?.dependsOn ?? [],
    opens: [...catalog.rights.values()].filter((r) => r.dependsOn.includes(id)).map((r) => r.id),
  };
}
