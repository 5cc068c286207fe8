import { UnreachableCaseError } from '../../errors.ts';
import { known, mergeRefs, unknown, type EvalContext, type Evaluate, type FactRef, type Result } from '../../eval/context.ts';
import type { Lang } from '../../types.ts';
import type { CoreNode, NodeBase } from '../nodes.ts';

/** Logic operators; `if` chooses a value, `known` asks whether a value is known. */
export type LogicOp = 'all' | 'any' | 'not' | 'known' | 'if';

/**
 * Kleene three-valued logic. `all`/`any` are the only places where an unknown operand can
 * still give a known result (false and …, true or …), and `known` turns unknown into false.
 */
export interface LogicNode extends NodeBase {
  kind: 'logic';
  op: LogicOp;
  args: CoreNode[];
}

/**
 * The facts an outcome rests on: when several operands decide it (any true operand of an
 * `any`), it rests on confirmed facts as soon as one deciding operand does.
 */
export function restsOn(deciding: FactRef[][]): FactRef[] {
  return deciding.some((c) => c.length === 0) ? [] : (deciding[0] ?? []);
}

/** Kleene and/or over results: `dominant` is false for and, true for or. */
export function kleene(results: Result[], dominant: boolean): Result {
  const deciding: FactRef[][] = [];
  const missing: FactRef[][] = [];
  const all: FactRef[][] = [];
  for (const r of results) {
    if (r.kind === 'unknown') missing.push(r.missing);
    else {
      all.push(r.confirm);
      if (r.value === dominant) deciding.push(r.confirm);
    }
  }
  if (deciding.length) return known(dominant, restsOn(deciding));
  if (missing.length) return unknown(mergeRefs(missing));
  return known(!dominant, mergeRefs(all));
}

/** Evaluates a logic node. */
export function evaluateLogic(node: LogicNode, ctx: EvalContext, evaluate: Evaluate): Result {
  switch (node.op) {
    case 'all':
    case 'any':
      return kleene(
        node.args.map((a) => evaluate(a, ctx)),
        node.op === 'any',
      );
    case 'not': {
      const r = evaluate(node.args[0]!, ctx);
      return r.kind === 'known' ? known(!r.value, r.confirm) : r;
    }
    case 'known':
      return known(evaluate(node.args[0]!, ctx).kind === 'known');
    case 'if': {
      const c = evaluate(node.args[0]!, ctx);
      if (c.kind === 'unknown') return c;
      const chosen = evaluate(node.args[c.value ? 1 : 2]!, ctx);
      return chosen.kind === 'known' ? known(chosen.value, mergeRefs([c.confirm, chosen.confirm])) : chosen;
    }
    default:
      throw new UnreachableCaseError(node.op);
  }
}

const WORDS: Record<Lang, { and: string; or: string; not: string; known: string; if: string; then: string; else: string }> = {
  nl: { and: 'en', or: 'of', not: 'niet', known: 'is gekend', if: 'als', then: 'dan', else: 'anders' },
  fr: { and: 'et', or: 'ou', not: 'pas', known: 'est connu', if: 'si', then: 'alors', else: 'sinon' },
  en: { and: 'and', or: 'or', not: 'not', known: 'is known', if: 'if', then: 'then', else: 'otherwise' },
};

/** Describes logic in plain words. */
export function describeLogic(node: LogicNode, lang: Lang, describe: (n: CoreNode) => string): string {
  const w = WORDS[lang];
  const parts = node.args.map(describe);
  switch (node.op) {
    case 'all':
      return parts.join(` ${w.and} `);
    case 'any':
      return `(${parts.join(` ${w.or} `)})`;
    case 'not':
      return `${w.not}: ${parts[0]}`;
    case 'known':
      return `${parts[0]} ${w.known}`;
    case 'if':
      return `${w.if} ${parts[0]} ${w.then} ${parts[1]}, ${w.else} ${parts[2]}`;
    default:
      throw new UnreachableCaseError(node.op);
  }
}
