import { useMemo } from 'react';
import { evaluate, type Evaluation, type NextQuestion, type Outcome } from '@springplank/rules';
import type { ExplorerCatalog } from '../catalog/catalogData.ts';
import { answerOf, toSituation, type ExplorerAnswers } from './answers.ts';

/** The evaluation of the current answers, plus how long it took (for the performance budget). */
export interface ExplorerEvaluation {
  evaluation: Evaluation;
  /** Outcomes worth showing: local rights of another municipality are left out. */
  outcomes: Outcome[];
  /** Questions that can still change an outcome and were not answered (not even "don't know"). */
  pending: NextQuestion[];
  milliseconds: number;
}

/** Today in the browser's calendar, as YYYY-MM-DD (rights are evaluated on this day). */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Runs the engine on the answers, in the browser: nothing leaves the device. */
export function runEvaluation(data: ExplorerCatalog, answers: ExplorerAnswers, date: string): ExplorerEvaluation {
  const started = performance.now();
  const evaluation = evaluate(data.catalog, toSituation(answers), date);
  const milliseconds = performance.now() - started;
  const municipality = answers.household.municipality_nis;
  const outcomes = evaluation.outcomes.filter((o) => {
    const right = data.catalog.rights.get(o.right);
    return !right?.municipality || typeof municipality !== 'string' || right.municipality === municipality;
  });
  const pending = evaluation.nextQuestions.filter(
    (q) => (q.entity === 'household' || q.person !== undefined) && answerOf(answers, q) === undefined,
  );
  return { evaluation, outcomes, pending, milliseconds };
}

/** {@link runEvaluation} memoised on the answers. */
export function useEvaluation(data: ExplorerCatalog | undefined, answers: ExplorerAnswers): ExplorerEvaluation | null {
  return useMemo(() => (data ? runEvaluation(data, answers, today()) : null), [data, answers]);
}
