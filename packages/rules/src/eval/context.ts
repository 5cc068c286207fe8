import type { CoreNode } from '../core/nodes.ts';
import type { FactEntity } from '../facts/vocabulary.ts';
import type { Value } from '../types.ts';
import type { NormalizedSituation } from './situation.ts';

/** A fact of one household or person: what is missing, or what must be confirmed. */
export interface FactRef {
  entity: FactEntity;
  fact: string;
  /** The person's id, for person facts; absent when the household has no such member. */
  person?: string;
}

/**
 * The three-valued result of evaluating a node: known (with the facts that must still be
 * confirmed for it to hold) or unknown (with the inputs whose absence makes it unknown).
 */
export type Result =
  | { kind: 'known'; value: Value; confirm: FactRef[] }
  | { kind: 'unknown'; missing: FactRef[] };

/** Everything the interpreter needs to evaluate a node for one household on one date. */
export interface EvalContext {
  date: number;
  situation: NormalizedSituation;
  /** Index of the person being evaluated, or -1 when the household has no such member. */
  person: number;
  /** Index of the member an aggregate is looking at, or -1 outside aggregates. */
  it: number;
  /** The value of a parameter reference in force on the date. */
  parameter(ref: Exclude<import('../core/kinds/parameter.ts').ParameterNode['ref'], { type: 'date' }>): Value;
  /** The outcome of another right as a truth value, for a person index or -1 for the household. */
  right(id: string, person: number): Result;
  /** When set, every evaluated node's result is recorded here (for explanations). */
  trace: Map<CoreNode, Result> | null;
  /** Results of aggregates already computed in this run, by node key and person (shared by rights). */
  memo: Map<string, Result>;
}

/** Evaluates a node in a context: the single evaluator loop. */
export type Evaluate = (node: CoreNode, ctx: EvalContext) => Result;

const NO_REFS: FactRef[] = [];

/** A known result without anything to confirm. */
export function known(value: Value, confirm: FactRef[] = []): Result {
  return { kind: 'known', value, confirm };
}

/** An unknown result. */
export function unknown(missing: FactRef[]): Result {
  return { kind: 'unknown', missing };
}

/** What tells two fact references apart: the fact, its entity and (for a member) the person. */
const refKey = (ref: FactRef): unknown => `${ref.entity}|${ref.person ?? ''}|${ref.fact}`;

/**
 * Union of fact references without duplicates, keeping order; a single non-empty list is
 * returned as it is. `keyOf` tells duplicates apart: by content by default, by identity where
 * references are interned (the compiled missing-facts evaluator), which builds no key text.
 */
export function mergeRefs(lists: FactRef[][], keyOf: (ref: FactRef) => unknown = refKey): FactRef[] {
  let only: FactRef[] | null = null;
  let several = false;
  for (const list of lists) {
    if (!list.length) continue;
    if (only) several = true;
    only = list;
  }
  if (!only) return NO_REFS;
  if (!several) return only;
  const seen = new Set<unknown>();
  const out: FactRef[] = [];
  for (const list of lists) {
    for (const ref of list) {
      const key = keyOf(ref);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(ref);
      }
    }
  }
  return out;
}
