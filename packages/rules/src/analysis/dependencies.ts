import { UnreachableCaseError } from '../errors.ts';
import type { CoreNode } from '../core/nodes.ts';
import { ROLE_FACT } from '../core/kinds/fact.ts';
import type { FactEntity } from '../facts/vocabulary.ts';
import type { Catalog } from '../load/types.ts';

/**
 * The facts a right reads, directly or through the rights it derives from: what a
 * screening must read (data minimisation) and what makes a right worth re-evaluating.
 */
export function rightFacts(catalog: Catalog, id: string): { entity: FactEntity; fact: string }[] {
  const seen = new Map<string, { entity: FactEntity; fact: string }>();
  const visited = new Set<string>();
  const visitRight = (rid: string) => {
    if (visited.has(rid)) return;
    visited.add(rid);
    const right = catalog.rights.get(rid);
    if (!right) return;
    for (const root of [right.eligibility, right.amount?.expr]) if (root) visit(root);
  };
  const visit = (node: CoreNode): void => {
    switch (node.kind) {
      case 'fact':
        if (node.fact !== ROLE_FACT) seen.set(`${node.scope}|${node.fact}`, { entity: node.scope === 'household' ? 'household' : 'person', fact: node.fact });
        return;
      case 'right':
        return visitRight(node.right);
      case 'compare':
        visit(node.left);
        visit(node.right);
        return;
      case 'arithmetic':
      case 'logic':
        node.args.forEach(visit);
        return;
      case 'aggregate':
        if (node.where) visit(node.where);
        if (node.of) visit(node.of);
        return;
      case 'constant':
      case 'parameter':
        return;
      default:
        throw new UnreachableCaseError(node);
    }
  };
  visitRight(id);
  return [...new Map([...seen.values()].map((f) => [`${f.entity}|${f.fact}`, f])).values()];
}

/** The rights whose outcome can change when a fact changes (event-driven re-evaluation). */
export function dependentRights(catalog: Catalog, fact: string): string[] {
  return catalog.order.filter((id) => rightFacts(catalog, id).some((f) => f.fact === fact));
}
