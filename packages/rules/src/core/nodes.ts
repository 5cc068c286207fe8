import type { Position, Text, ValueType } from '../types.ts';
import type { AggregateNode } from './kinds/aggregate.ts';
import type { ArithmeticNode } from './kinds/arithmetic.ts';
import type { CompareNode } from './kinds/compare.ts';
import type { ConstantNode } from './kinds/constant.ts';
import type { FactNode } from './kinds/fact.ts';
import type { LogicNode } from './kinds/logic.ts';
import type { ParameterNode } from './kinds/parameter.ts';
import type { RightNode } from './kinds/right.ts';

/**
 * The primitive core every evaluator handles. All surface sugar (age, scale, if, known,
 * in, min/max, role filters, municipality and validity checks) is rewritten into these
 * eight kinds at load time.
 */
export type CoreNode =
  | ConstantNode
  | FactNode
  | ParameterNode
  | CompareNode
  | ArithmeticNode
  | LogicNode
  | AggregateNode
  | RightNode;

/** The name of a primitive node kind. */
export type NodeKind = CoreNode['kind'];

/** A core node of one kind. */
export type NodeOf<K extends NodeKind> = Extract<CoreNode, { kind: K }>;

/** A complete table from node kind to a handler: the compiler forces every kind to be handled. */
export type NodeKindTable<R> = { [K in NodeKind]: R };

/** A named condition of the eligibility tree: its text and legal basis travel with the node. */
export interface ConditionMeta {
  id: string;
  text: Text | null;
  legal: string | null;
}

/** Fields every core node has. */
export interface NodeBase {
  type: ValueType;
  pos: Position;
  /** Present on named conditions only. */
  meta?: ConditionMeta;
}
