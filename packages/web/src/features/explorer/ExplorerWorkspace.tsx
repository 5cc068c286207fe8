import type { ReactNode } from 'react';
import type { FactRef, MemberRole } from '@springplank/rules';
import type { ExplorerCatalog } from './catalog/catalogData.ts';
import { HouseholdBuilder } from './household/HouseholdBuilder.tsx';
import { memberLabel } from './household/memberLabel.ts';
import { useExplorerTranslation } from './i18n/namespace.ts';
import { AnswerList } from './questionnaire/AnswerList.tsx';
import { Questionnaire } from './questionnaire/Questionnaire.tsx';
import { Results } from './results/Results.tsx';
import type { Answer, ExplorerAnswers, Member } from './state/answers.ts';
import { useEvaluation } from './state/evaluation.ts';

/** Props of {@link ExplorerWorkspace}. */
export interface ExplorerWorkspaceProps {
  data: ExplorerCatalog;
  answers: ExplorerAnswers;
  position: number;
  onPosition(position: number): void;
  onAnswer(ref: FactRef, answer: Answer): void;
  /** Citizen mode: the household builder's callbacks (members live in the answers). */
  household?: {
    onAdd(role: MemberRole): void;
    onRemove(id: string): void;
    onChange(member: Member): void;
  };
  /** Worker mode: the household is a record of the platform, edited by its own builder. */
  householdEditor?: ReactNode;
}

/**
 * The explorer itself, the same for citizens and workers: household, the adaptive
 * questionnaire, the answers given so far (each can be changed) and the live results.
 */
export function ExplorerWorkspace({ data, answers, position, onPosition, onAnswer, household, householdEditor }: ExplorerWorkspaceProps) {
  const { t } = useExplorerTranslation();
  const result = useEvaluation(data, answers);
  if (!result) return null;
  const label = (id: string) => {
    const member = answers.members.find((m) => m.id === id);
    return member ? memberLabel(member, answers.members, t) : id;
  };
  return (
    <div className="explorer">
      <div className="explorer__questions">
        {household ? <HouseholdBuilder members={answers.members} {...household} /> : householdEditor}
        <Questionnaire data={data} answers={answers} result={result} position={position} onPosition={onPosition} onAnswer={onAnswer} />
        <AnswerList data={data} answers={answers} memberLabel={label} onEdit={onPosition} />
      </div>
      <Results outcomes={result.outcomes} catalog={data.catalog} memberLabel={label} milliseconds={result.milliseconds} />
    </div>
  );
}
