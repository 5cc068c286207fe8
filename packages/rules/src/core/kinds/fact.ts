import type { Lang } from '../../types.ts';
import type { NodeBase } from '../nodes.ts';

/**
 * Reads a fact. `scope` says whose: the household, the person being evaluated (in a
 * household right: the aanvrager), or `it`, the member an aggregate is looking at.
 * The pseudo-fact `$role` is the member's household role and is always known.
 */
export interface FactNode extends NodeBase {
  kind: 'fact';
  scope: 'household' | 'person' | 'it';
  fact: string;
}

/** The pseudo-fact holding a member's role. */
export const ROLE_FACT = '$role';

const WHOSE: Record<Lang, Record<FactNode['scope'], string>> = {
  nl: { household: 'van het gezin', person: 'van de persoon', it: 'van het gezinslid' },
  fr: { household: 'du ménage', person: 'de la personne', it: 'du membre du ménage' },
  en: { household: 'of the household', person: 'of the person', it: 'of the household member' },
};
const ROLE: Record<Lang, string> = { nl: 'rol', fr: 'rôle', en: 'role' };

/** "of the household", "of the person" or "of the household member" in a language. */
export function whose(scope: FactNode['scope'], lang: Lang): string {
  return WHOSE[lang][scope];
}

/** Describes a fact: its name and whose it is. */
export function describeFact(node: FactNode, lang: Lang): string {
  const name = node.fact === ROLE_FACT ? ROLE[lang] : node.fact.replaceAll('_', ' ');
  return `${name} ${WHOSE[lang][node.scope]}`;
}
