import type { Lang } from '../../types.ts';
import type { NodeBase } from '../nodes.ts';

/**
 * A value fixed by the evaluation date: the date itself, a right's parameter in force on
 * that date, or one field of one bracket of a scale parameter (brackets missing in an
 * older version read as an empty bracket above everything).
 */
export interface ParameterNode extends NodeBase {
  kind: 'parameter';
  ref:
    | { type: 'date' }
    | { type: 'value'; right: string; name: string }
    | { type: 'bracket'; right: string; name: string; index: number; field: 'above' | 'rate' | 'amount' };
}

const DATE: Record<Lang, string> = { nl: 'de datum', fr: 'la date', en: 'the date' };

/** Describes a parameter by its name. */
export function describeParameter(node: ParameterNode, lang: Lang): string {
  if (node.ref.type === 'date') return DATE[lang];
  return node.ref.name.replaceAll('_', ' ');
}
