import { questionKey, type Answer, type ExplorerAnswers } from '../state/answers.ts';
import type { WorkerExplorerView } from './worker.api.ts';

/**
 * The questionnaire's answers from the facts stored on a dossier: each fact with its provenance,
 * in the order it was recorded (so back and forward walk the worker's answers), plus the
 * questions answered "don't know" in this session (nothing is stored for those).
 */
export function answersFromView(view: WorkerExplorerView, dontKnow: ReadonlySet<string>): ExplorerAnswers {
  const answers: ExplorerAnswers = {
    members: view.members.map((m) => ({ id: m.id, role: m.role, name: m.name })),
    household: {},
    persons: {},
    asked: [],
    provenance: {},
  };
  const recorded = [...view.facts].sort((a, b) => (a.recorded_at ?? '').localeCompare(b.recorded_at ?? ''));
  for (const f of recorded) {
    const ref = f.entity === 'household' ? { entity: f.entity, fact: f.fact_id } : { entity: f.entity, fact: f.fact_id, person: f.person_id ?? '' };
    const k = questionKey(ref);
    if (f.entity === 'household') answers.household[f.fact_id] = f.value;
    else answers.persons[f.person_id ?? ''] = { ...answers.persons[f.person_id ?? ''], [f.fact_id]: f.value };
    answers.provenance![k] = { source: f.source, observed: f.observed_on };
    if (f.recorded_at) answers.asked.push(k);
  }
  for (const k of dontKnow) {
    const [entity, person, fact] = k.split('|') as ['person' | 'household', string, string];
    const none: Answer = null;
    if (entity === 'household') answers.household[fact] = none;
    else answers.persons[person] = { ...answers.persons[person], [fact]: none };
    if (!answers.asked.includes(k)) answers.asked.push(k);
  }
  return answers;
}
