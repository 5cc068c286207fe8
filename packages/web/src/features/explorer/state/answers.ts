import type { FactInput, FactRef, FactSource, MemberRole, Situation } from '@springplank/rules';

/** An answer: a value, or null for "I don't know" (the fact stays unknown and is not asked again). */
export type Answer = string | number | boolean | null;

/** A member of the household as the household builder keeps it. */
export interface Member {
  id: string;
  role: MemberRole;
  /** An optional first name or nickname, only to tell members apart on this device. */
  name: string;
}

/** Everything the questionnaire knows: the household, the answers, and the order they were asked in. */
export interface ExplorerAnswers {
  members: Member[];
  household: Record<string, Answer>;
  persons: Record<string, Record<string, Answer>>;
  /** Question keys in the order they were first asked (for back and forward). */
  asked: string[];
  /** Worker mode: where each stored answer came from, by question key (self-declared answers must be confirmed). */
  provenance?: Record<string, { source: FactSource; observed: string }>;
}

/** A new questionnaire: one person (the aanvrager), nothing answered. */
export function emptyAnswers(): ExplorerAnswers {
  return { members: [{ id: 'p1', role: 'aanvrager', name: '' }], household: {}, persons: {}, asked: [] };
}

/** The stable key of a question about one fact of the household or of one person. */
export function questionKey(ref: Pick<FactRef, 'entity' | 'fact' | 'person'>): string {
  return `${ref.entity}|${ref.person ?? ''}|${ref.fact}`;
}

/** The fact reference behind a question key. */
export function refOfKey(key: string): FactRef {
  const [entity, person, fact] = key.split('|') as ['person' | 'household', string, string];
  return person ? { entity, person, fact } : { entity, fact };
}

/** The answer to a question, or undefined when it was never answered. */
export function answerOf(answers: ExplorerAnswers, ref: FactRef): Answer | undefined {
  if (ref.entity === 'household') return answers.household[ref.fact];
  return ref.person ? answers.persons[ref.person]?.[ref.fact] : undefined;
}

/** Sets one answer (a value or "don't know") and records when it was first asked. */
export function withAnswer(answers: ExplorerAnswers, ref: FactRef, answer: Answer): ExplorerAnswers {
  const key = questionKey(ref);
  const asked = answers.asked.includes(key) ? answers.asked : [...answers.asked, key];
  if (ref.entity === 'household') return { ...answers, asked, household: { ...answers.household, [ref.fact]: answer } };
  const person = ref.person ?? '';
  return { ...answers, asked, persons: { ...answers.persons, [person]: { ...answers.persons[person], [ref.fact]: answer } } };
}

/** A fresh member id that was never used in this questionnaire. */
export function nextMemberId(answers: ExplorerAnswers): string {
  const used = new Set([...answers.members.map((m) => m.id), ...Object.keys(answers.persons)]);
  let n = answers.members.length + 1;
  while (used.has(`p${n}`)) n += 1;
  return `p${n}`;
}

/** Removes a member with their answers and the questions asked about them. */
export function withoutMember(answers: ExplorerAnswers, id: string): ExplorerAnswers {
  const persons = { ...answers.persons };
  delete persons[id];
  return {
    ...answers,
    members: answers.members.filter((m) => m.id !== id),
    persons,
    asked: answers.asked.filter((key) => refOfKey(key).person !== id),
  };
}

/**
 * The engine's input: the household and its members with every known answer as a plain value.
 * "Don't know" answers are left out, so the engine treats them as unknown.
 */
export function toSituation(answers: ExplorerAnswers): Situation {
  const known = (facts: Record<string, Answer> | undefined, entity: 'household' | 'person', person?: string) =>
    Object.fromEntries(
      Object.entries(facts ?? {})
        .filter(([, v]) => v !== null)
        .map(([fact, value]): [string, FactInput] => {
          const origin = answers.provenance?.[questionKey({ entity, fact, ...(person ? { person } : {}) })];
          return [fact, origin ? { value, source: origin.source, observed: origin.observed } : value];
        }),
    );
  return {
    household: { facts: known(answers.household, 'household') },
    persons: answers.members.map((m) => ({ id: m.id, role: m.role, facts: known(answers.persons[m.id], 'person', m.id) })),
  };
}

/** Reads stored answers defensively: anything that does not look like answers starts afresh. */
export function parseStoredAnswers(text: string | null): ExplorerAnswers | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<ExplorerAnswers>;
    if (!Array.isArray(value.members) || !value.members.length || typeof value.household !== 'object' || typeof value.persons !== 'object') return null;
    return { members: value.members, household: value.household ?? {}, persons: value.persons ?? {}, asked: Array.isArray(value.asked) ? value.asked : [] };
  } catch {
    return null;
  }
}
