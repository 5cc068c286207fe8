import type { CompareOp } from '../core/kinds/compare.ts';
import type { CoreNode } from '../core/nodes.ts';
import type { Text, Value, ValueType } from '../types.ts';
import type { FactRef, Result } from './context.ts';

/** How a condition turned out. */
export type ConditionStatus = 'met' | 'not-met' | 'unknown';

/** A comparison's numbers: the person's value, the threshold, and the gap between them. */
export interface ConditionDetail {
  op: CompareOp;
  value: Value;
  threshold: Value;
  /** value − threshold for numbers and amounts (in days for dates), null for texts. */
  gap: number | null;
  type: ValueType;
}

/**
 * One named condition of the explanation tree: met, not met (with the numbers), or unknown
 * (with the missing inputs). The evaluated tree is the explanation; unnamed groups are
 * folded into their named parent.
 */
export interface ExplainedCondition {
  id: string | null;
  text: Text | null;
  legal: string | null;
  status: ConditionStatus;
  detail: ConditionDetail | null;
  missing: FactRef[];
  /** Facts this condition rests on that must still be confirmed. */
  confirm: FactRef[];
  children: ExplainedCondition[];
  /** The condition's core node, for rendering conditions without text (not enumerable, not serialised). */
  readonly node: CoreNode;
}

/** Builds the explanation of an eligibility tree from an evaluation trace. */
export function explain(root: CoreNode, trace: Map<CoreNode, Result>): ExplainedCondition {
  return entry(root, trace);
}

function entry(node: CoreNode, trace: Map<CoreNode, Result>): ExplainedCondition {
  const r = trace.get(node) ?? { kind: 'unknown', missing: [] };
  const out = {
    id: node.meta?.id ?? null,
    text: node.meta?.text ?? null,
    legal: node.meta?.legal ?? null,
    status: r.kind === 'unknown' ? 'unknown' : r.value === true ? 'met' : 'not-met',
    detail: detail(node, trace),
    missing: r.kind === 'unknown' ? r.missing : [],
    confirm: r.kind === 'known' ? r.confirm : [],
    children: namedBelow(node).map((c) => entry(c, trace)),
  } as ExplainedCondition;
  Object.defineProperty(out, 'node', { value: node, enumerable: false });
  return out;
}

/** The nearest named conditions below a node, looking through unnamed groups. */
function namedBelow(node: CoreNode): CoreNode[] {
  if (node.kind !== 'logic') return [];
  return node.args.flatMap((a) => (a.meta ? [a] : a.kind === 'logic' && a.op !== 'if' && a.op !== 'known' ? namedBelow(a) : []));
}

function detail(node: CoreNode, trace: Map<CoreNode, Result>): ConditionDetail | null {
  const cmp = node.kind === 'logic' && node.op === 'not' && node.args[0]?.kind === 'compare' ? node.args[0] : node;
  if (cmp.kind !== 'compare') return null;
  const [l, r] = [trace.get(cmp.left), trace.get(cmp.right)];
  if (l?.kind !== 'known' || r?.kind !== 'known') return null;
  const gap = typeof l.value === 'number' && typeof r.value === 'number' ? l.value - r.value : null;
  return { op: cmp.op, value: l.value, threshold: r.value, gap, type: cmp.left.type === 'money' || cmp.right.type === 'money' ? 'money' : cmp.left.type };
}
