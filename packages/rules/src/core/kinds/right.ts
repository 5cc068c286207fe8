import type { EvalContext, Result } from '../../eval/context.ts';
import type { Lang } from '../../types.ts';
import type { NodeBase } from '../nodes.ts';

/**
 * The outcome of another right as a truth value (derived rights): eligible is true (resting
 * on what that right rests on), not eligible is false, undetermined is unknown. `scope`
 * says whose outcome: the household's, the person's (inside a person right) or the member
 * `it` looked at by an aggregate; for household rights it is always the household's.
 */
export interface RightNode extends NodeBase {
  kind: 'right';
  right: string;
  scope: 'household' | 'person' | 'it';
}

/** Evaluates a reference to another right. */
export function evaluateRight(node: RightNode, ctx: EvalContext): Result {
  const person = node.scope === 'household' ? -1 : node.scope === 'person' ? ctx.person : ctx.it;
  return ctx.right(node.right, person);
}

const WORDS: Record<Lang, string> = { nl: 'heeft recht op', fr: 'a droit à', en: 'is entitled to' };

/** Describes a right reference. */
export function describeRight(node: RightNode, lang: Lang): string {
  return `${WORDS[lang]} ${node.right}`;
}
