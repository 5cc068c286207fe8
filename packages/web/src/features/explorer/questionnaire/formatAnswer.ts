import type { TFunction } from 'i18next';
import type { FactDefinition, Lang, Text } from '@springplank/rules';
import type { Answer } from '../state/answers.ts';
import { formatDay, formatMoney } from '../results/format.ts';

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
  if (answer === null) return t('question.dontKnow');
  if (typeof answer === 'boolean') return t(answer ? 'question.yes' : 'question.no');
  if (typeof answer === 'number') return def?.type === 'money' || def?.unit?.startsWith('EUR') ? formatMoney(answer, language) : String(answer);
  if (def?.type === 'date') return formatDay(answer, language);
  return labels?.[answer]?.[lang] ?? answer;
}
