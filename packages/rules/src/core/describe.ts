import type { Lang } from '../types.ts';
import { describeAggregate } from './kinds/aggregate.ts';
import { describeArithmetic } from './kinds/arithmetic.ts';
import { describeCompare } from './kinds/compare.ts';
import { describeConstant } from './kinds/constant.ts';
import { describeFact } from './kinds/fact.ts';
import { describeLogic } from './kinds/logic.ts';
import { describeParameter } from './kinds/parameter.ts';
import { describeRight } from './kinds/right.ts';
import type { CoreNode, NodeKindTable, NodeOf } from './nodes.ts';

type Describer<K extends keyof NodeKindTable<unknown>> = (node: NodeOf<K>, lang: Lang, describe: (n: CoreNode) => string) => string;

const DESCRIBERS: { [K in keyof NodeKindTable<unknown>]: Describer<K> } = {
  constant: (n, lang) => describeConstant(n, lang),
  fact: (n, lang) => describeFact(n, lang),
  parameter: (n, lang) => describeParameter(n, lang),
  compare: describeCompare,
  arithmetic: describeArithmetic,
  logic: describeLogic,
  aggregate: describeAggregate,
  right: (n, lang) => describeRight(n, lang),
};

/** Describes a core node in plain words, for conditions that have no text of their own. */
export function describe(node: CoreNode, lang: Lang): string {
  const self = (n: CoreNode): string => (n.meta?.text ? n.meta.text[lang] : describe(n, lang));
  return (DESCRIBERS[node.kind] as Describer<typeof node.kind>)(node as never, lang, self);
}
