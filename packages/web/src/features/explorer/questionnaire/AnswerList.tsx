import { memo } from 'react';
import type { ExplorerCatalog } from '../catalog/catalogData.ts';
import { useExplorerTranslation } from '../i18n/namespace.ts';
import { answerOf, refOfKey, type ExplorerAnswers } from '../state/answers.ts';
import { formatAnswer } from './formatAnswer.ts';

/** Props of {@link AnswerList}. */
export interface AnswerListProps {
  data: ExplorerCatalog;
  answers: ExplorerAnswers;
  memberLabel(id: string): string;
  onEdit(position: number): void;
}

interface AnswerRowProps {
  position: number;
  who: string;
  question: string;
  shown: string;
  onEdit(position: number): void;
}

// One row per answer; memoised so that an answer re-renders only its own row, not the whole list.
const AnswerRow = memo(function AnswerRow({ position, who, question, shown, onEdit }: AnswerRowProps) {
  const { t } = useExplorerTranslation();
  return (
    <li>
      <span className="answers__question">
        {who}
        {question}
      </span>{' '}
      <strong>{shown}</strong>{' '}
      <button type="button" className="link-button" onClick={() => onEdit(position)}>
        {t('answers.edit')}
        <span className="visually-hidden">: {question}</span>
      </button>
    </li>
  );
});

/** Every answer given so far, in the order asked, each with a button to change it. */
export function AnswerList({ data, answers, memberLabel, onEdit }: AnswerListProps) {
  const { t, lang, i18n } = useExplorerTranslation();
  if (!answers.asked.length) return null;
  return (
    <section className="answers" aria-labelledby="answers-title">
      <h2 id="answers-title">{t('answers.title')}</h2>
      <ol className="answers__list">
        {answers.asked.map((key, position) => {
          const ref = refOfKey(key);
          const def = data.catalog.vocabulary.facts.get(ref.fact);
          return (
            <AnswerRow
              key={key}
              position={position}
              who={ref.person ? `${memberLabel(ref.person)}: ` : ''}
              question={def?.question?.[lang] ?? ref.fact}
              shown={formatAnswer(def, answerOf(answers, ref), data.valueLabels.get(ref.fact), lang, i18n.language, t)}
              onEdit={onEdit}
            />
          );
        })}
      </ol>
    </section>
  );
}
