import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { FactDefinition, Text } from '@springplank/rules';
import { useExplorerTranslation } from '../i18n/namespace.ts';
import type { Answer } from '../state/answers.ts';
import { today } from '../state/evaluation.ts';
import { answerToInput, parseInput } from './parseInput.ts';

/** Props of {@link QuestionForm}. */
export interface QuestionFormProps {
  def: FactDefinition;
  /** Whom the question is about ("Kind 2 (Lena)"), or null for the household. */
  about: string | null;
  valueLabels: Record<string, Text> | undefined;
  pattern: string | undefined;
  current: Answer | undefined;
  canGoBack: boolean;
  onAnswer(answer: Answer): void;
  onBack(): void;
}

/**
 * One question with the input its fact type needs (choices, yes/no, date, amount, number,
 * text), optional help, a "don't know" answer and a clear message when the answer cannot be
 * used. The heading takes focus when the question changes, so keyboard and screen-reader
 * users continue right there.
 */
export function QuestionForm({ def, about, valueLabels, pattern, current, canGoBack, onAnswer, onBack }: QuestionFormProps) {
  const { t, lang } = useExplorerTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [raw, setRaw] = useState(answerToInput(current));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseInput(def, raw, pattern, today());
    if (!parsed.ok) {
      setError(parsed.error);
      document.getElementById(`${id}-input`)?.focus();
      return;
    }
    onAnswer(parsed.value);
  };

  const questionText = def.question?.[lang] ?? def.label?.[lang] ?? def.id;
  const helpId = def.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  const choices = choiceList(def, valueLabels, lang, t);

  return (
    <form className="question" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      {about && <p className="question__about">{t('question.about', { who: about })}</p>}
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1} className="question__text">
        {questionText}
      </h2>
      {def.help && (
        <p id={helpId} className="field-help">
          {def.help[lang]}
        </p>
      )}
      {choices ? (
        <fieldset className="choices" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
          <legend className="visually-hidden">{questionText}</legend>
          {choices.map((choice, i) => (
            <label key={choice.value} className="choice">
              <input
                type="radio"
                name={`${id}-choice`}
                id={i === 0 ? `${id}-input` : undefined}
                value={choice.value}
                checked={raw === choice.value}
                onChange={() => setRaw(choice.value)}
              />
              {choice.label}
            </label>
          ))}
        </fieldset>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-input`} className="visually-hidden">
            {questionText}
          </label>
          <span className="input-with-unit">
            <input
              id={`${id}-input`}
              className="input"
              type="text"
              inputMode={def.type === 'money' || def.type === 'number' ? 'decimal' : def.type === 'date' ? 'numeric' : undefined}
              placeholder={def.type === 'date' ? t('question.datePlaceholder') : undefined}
              autoComplete={def.id === 'date_of_birth' ? 'bday' : 'off'}
              value={raw}
              onChange={(e) => setRaw(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
            />
            {unitLabel(def, t) && <span className="input-unit">{unitLabel(def, t)}</span>}
            {def.type === 'date' && <span className="input-unit">{t('question.dateFormat')}</span>}
          </span>
        </div>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {t(error)}
        </p>
      )}
      <div className="question__actions">
        <button type="submit" className="button">
          {t('question.next')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onAnswer(null)}>
          {t('question.dontKnow')}
        </button>
        {canGoBack && (
          <button type="button" className="button button--secondary" onClick={onBack}>
            {t('question.back')}
          </button>
        )}
      </div>
    </form>
  );
}

function choiceList(def: FactDefinition, labels: Record<string, Text> | undefined, lang: 'nl' | 'fr' | 'en', t: (key: string) => string) {
  if (def.type === 'boolean') return [{ value: 'true', label: t('question.yes') }, { value: 'false', label: t('question.no') }];
  if (def.type === 'enum') return (def.values ?? []).map((v) => ({ value: v, label: labels?.[v]?.[lang] ?? v }));
  return null;
}

function unitLabel(def: FactDefinition, t: (key: string) => string): string | null {
  if (def.unit === 'EUR/month') return t('units.eurMonth');
  if (def.unit === 'EUR/year') return t('units.eurYear');
  if (def.unit === 'percent') return '%';
  if (def.unit === 'points') return t('units.points');
  return def.type === 'money' ? '€' : null;
}
