import { UnreachableCaseError } from '../../errors.ts';
import { monthsBetween, yearsBetween } from '../../dates.ts';
import type { Lang, Value } from '../../types.ts';
import type { CoreNode, NodeBase } from '../nodes.ts';
import { whose } from './fact.ts';

/** Arithmetic operators, including the date spans that `age(…)` is rewritten into. */
export type ArithmeticOp = '+' | '-' | '*' | '/' | 'min' | 'max' | 'round' | 'years_between' | 'months_between';

/** Arithmetic on numbers, money and dates; every operand must be known. */
export interface ArithmeticNode extends NodeBase {
  kind: 'arithmetic';
  op: ArithmeticOp;
  args: CoreNode[];
}

/**
 * Applies an operator to known values. Division by zero has no value (null), the same in
 * every evaluator. `round` rounds half up, written as floor(x·10ᵈ + ½)/10ᵈ so the batch and
 * SQL evaluators compute the identical number.
 */
export function applyArithmetic(op: ArithmeticOp, v: Value[]): number | null {
  const a = v[0] as number;
  const b = v[1] as number;
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? null : a / b;
    case 'min':
      return Math.min(a, b);
    case 'max':
      return Math.max(a, b);
    case 'round': {
      const f = 10 ** b;
      return Math.floor(a * f + 0.5) / f;
    }
    case 'years_between':
      return yearsBetween(a, b);
    case 'months_between':
      return monthsBetween(a, b);
    default:
      throw new UnreachableCaseError(op);
  }
}

const WORDS: Record<Lang, { min: string; max: string; round: string; years: string; months: string; and: string; age: string }> = {
  nl: { min: 'het kleinste van', max: 'het grootste van', round: 'afgerond', years: 'het aantal jaren van', months: 'het aantal maanden van', and: 'tot', age: 'de leeftijd' },
  fr: { min: 'le plus petit de', max: 'le plus grand de', round: 'arrondi', years: "le nombre d'années de", months: 'le nombre de mois de', and: 'à', age: "l'âge" },
  en: { min: 'the smaller of', max: 'the larger of', round: 'rounded', years: 'the number of years from', months: 'the number of months from', and: 'to', age: 'the age' },
};
const AND: Record<Lang, string> = { nl: 'en', fr: 'et', en: 'and' };

/** Describes arithmetic; `age(…)` reads as "the age" again. */
export function describeArithmetic(node: ArithmeticNode, lang: Lang, describe: (n: CoreNode) => string): string {
  const w = WORDS[lang];
  const [a, b] = node.args.map(describe) as [string, string];
  switch (node.op) {
    case '+':
    case '-':
    case '*':
    case '/':
      return `(${a} ${node.op} ${b})`;
    case 'min':
      return `${w.min} ${a} ${AND[lang]} ${b}`;
    case 'max':
      return `${w.max} ${a} ${AND[lang]} ${b}`;
    case 'round':
      return `${a} ${w.round}`;
    case 'years_between': {
      const first = node.args[0];
      if (first?.kind === 'fact' && first.fact === 'date_of_birth') return `${w.age} ${whose(first.scope, lang)}`;
      return `${w.years} ${a} ${w.and} ${b}`;
    }
    case 'months_between':
      return `${w.months} ${a} ${w.and} ${b}`;
    default:
      throw new UnreachableCaseError(node.op);
  }
}
