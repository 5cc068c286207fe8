import { useEffect, useRef } from 'react';
import type { FactRef } from '@springplank/rules';
import type { ExplorerCatalog } from '../catalog/catalogData.ts';
import { useExplorerTranslation } from '../i18n/namespace.ts';
import { answerOf, questionKey, refOfKey, type Answer, type ExplorerAnswers } from '../state/answers.ts';
import type { ExplorerEvaluation } from '../state/evaluation.ts';
import { memberLabel } from '../household/memberLabel.ts';
import { QuestionForm } from './QuestionForm.tsx';

/** Props of {@link Questionnaire}. */
export interface QuestionnaireProps {
  data: ExplorerCatalog;
  answers: ExplorerAnswers;
  result: ExplorerEvaluation;
  /** Index in `answers.asked` being shown; `answers.asked.length` means the next new question. */
  position: number;
  onPosition(position: number): void;
  onAnswer(ref: FactRef, answer: Answer): void;
}

/** The end of the questionnaire; takes focus so keyboard users hear that the questions are done. */
function Done() {
  const { t } = useExplorerTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <>
      <h2 id="questionnaire-done" ref={heading} tabIndex={-1} className="question__text">
        {t('question.doneTitle')}
      </h2>
      <p>{t('question.doneText')}</p>
    </>
  );
}

/**
 * The adaptive questionnaire: it asks the engine's best-ranked missing input (the one that can
 * decide the most rights), and stops when no answer can change an outcome any more. Back and
 * forward walk the questions already asked; any of them can be changed.
 */
export function Questionnaire({ data, answers, result, position, onPosition, onAnswer }: QuestionnaireProps) {
  const { t } = useExplorerTranslation();
  const atFrontier = position >= answers.asked.length;
  const ref: FactRef | undefined = atFrontier ? result.pending[0] : refOfKey(answers.asked[position]!);
  const answered = answers.asked.length;
  const total = answered + result.pending.length;

  const progress = (
    <div className="progress">
      <progress max={Math.max(total, 1)} value={answered} aria-labelledby="explorer-progress" />
      <p id="explorer-progress">{t('progress.text', { answered, remaining: result.pending.length })}</p>
    </div>
  );

  if (!ref) {
    return (
      <section className="questionnaire" aria-labelledby="questionnaire-done">
        {progress}
        <Done />
        {answered > 0 && (
          <button type="button" className="button button--secondary" onClick={() => onPosition(answered - 1)}>
            {t('question.back')}
          </button>
        )}
      </section>
    );
  }

  const def = data.catalog.vocabulary.facts.get(ref.fact);
  if (!def) return null;
  const member = ref.person ? answers.members.find((m) => m.id === ref.person) : undefined;
  const about = member ? memberLabel(member, answers.members, t) : null;
  const key = questionKey(ref);

  const answer = (value: Answer) => {
    onAnswer(ref, value);
    // After answering an earlier question, go on to the one that followed it.
    onPosition(atFrontier ? answered + 1 : position + 1);
  };

  return (
    <section className="questionnaire" aria-label={t('question.sectionLabel')} data-question={key}>
      {progress}
      <QuestionForm
        key={key}
        def={def}
        about={about}
        valueLabels={data.valueLabels.get(ref.fact)}
        pattern={data.patterns.get(ref.fact)}
        current={answerOf(answers, ref)}
        canGoBack={position > 0}
        onAnswer={answer}
        onBack={() => onPosition(position - 1)}
      />
      {!atFrontier && (
        <button type="button" className="button button--secondary questionnaire__resume" onClick={() => onPosition(answered)}>
          {t('question.resume')}
        </button>
      )}
    </section>
  );
}
