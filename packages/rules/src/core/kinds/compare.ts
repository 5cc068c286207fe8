import { UnreachableCaseError } from '../../errors.ts';
import type { Lang, Value } from '../../types.ts';
import type { CoreNode, NodeBase } from '../nodes.ts';

/** Comparison operators. */
export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** Compares two values of the same type (numbers, money, dates, texts, truth values). */
export interface CompareNode extends NodeBase {
  kind: 'compare';
  op: CompareOp;
  left: CoreNode;
  right: CoreNode;
}

/** Applies a comparison to two known values. */
export function applyCompare(op: CompareOp, a: Value, b: Value): boolean {
  switch (op) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    default:
      throw new UnreachableCaseError(op);
  }
}

const WORDS: Record<Lang, Record<CompareOp, string>> = {
  nl: { '=': 'is', '!=': 'is niet', '<': 'is lager dan', '<=': 'is hoogstens', '>': 'is hoger dan', '>=': 'is minstens' },
  fr: { '=': 'est', '!=': "n'est pas", '<': 'est inférieur à', '<=': 'est au plus', '>': 'est supérieur à', '>=': 'est au moins' },
  en: { '=': 'is', '!=': 'is not', '<': 'is less than', '<=': 'is at most', '>': 'is more than', '>=': 'is at least' },
};

/** Describes a comparison: "net income of the person is at most € 1 500". */
export function describeCompare(node: CompareNode, lang: Lang, describe: (n: CoreNode) => string): string {
  return `${describe(node.left)} ${WORDS[lang][node.op]} ${describe(node.right)}`;
}
