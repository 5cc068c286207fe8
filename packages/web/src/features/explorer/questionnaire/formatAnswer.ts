import type { TFunction } from 'i18next';
import type { FactDefinition, Lang, Text } from '@springplank/rules';
import type { Answer } from '../state/answers.ts';
import { formatDay, formatMoney } from '../results/format.ts';

/** Says yes, no or "unknown" in the reader's language (asked only when the value needs it). */
export type ValueWords = (word: 'yes' | 'no' | 'unknown') => string;

/**
 * A fact value in plain words: the yes or no word, an amount in euro ("€ 900,00"), a long date
 * ("2 maart 1985"), a choice's label, or the unknown word for null. One place for how a value
 * reads, whether it is an answer in the explorer or an input in the ledger history.
 */
export function formatFactValue(def: FactDefinition | undefined, value: Answer, labels: Record<string, Text> | undefined, lang: Lang, language: string, words: ValueWords): string {
  if (value === null) return words('unknown');
  if (typeof value === 'boolean') return words(value ? 'yes' : 'no');
  if (typeof value === 'number') return def?.type === 'money' || def?.unit?.startsWith('EUR') ? formatMoney(value, language) : String(value);
  if (def?.type === 'date') return formatDay(value, language);
  return labels?.[value]?.[lang] ?? value;
}

const ANSWER_WORDS = { yes: 'question.yes', no: 'question.no', unknown: 'question.dontKnow' } as const;

/** An answer as a person reads it back: "Ja", "€ 900,00", "2 maart 1985", a choice's label, or "Weet ik niet". */
export function formatAnswer(
  def: FactDefinition | undefined,
  answer: Answer | undefined,
  labels: Record<string, Text> | undefined,
  lang: Lang,
  language: string,
  t: TFunction,
): string {
  if (answer === undefined) return '';
  return formatFactValue(def, answer, labels, lang, language, (word) => t(ANSWER_WORDS[word]));
}
