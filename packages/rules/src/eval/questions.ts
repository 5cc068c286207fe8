import type { Catalog } from '../load/types.ts';
import type { Text } from '../types.ts';
import type { FactRef } from './context.ts';
import type { Outcome } from './evaluate.ts';

/** A missing input worth asking for, with the undetermined rights it could decide. */
export interface NextQuestion extends FactRef {
  rights: string[];
  question: Text | null;
  sensitive: boolean;
}

/**
 * Ranks missing inputs by how many undetermined rights each one could decide (each
 * undetermined right lists the inputs it still misses); ties go to the input that leaves
 * the fewest other inputs missing for those rights, so a questionnaire asks only questions
 * that matter and stops when no undetermined right is left.
 */
export function rankQuestions(outcomes: Outcome[], catalog: Catalog): NextQuestion[] {
  const tally = new Map<string, { ref: FactRef; rights: string[]; others: number }>();
  for (const o of outcomes) {
    if (o.status !== 'undetermined') continue;
    for (const ref of o.missing) {
      const key = `${ref.entity}|${ref.person ?? ''}|${ref.fact}`;
      const t = tally.get(key) ?? { ref, rights: [], others: 0 };
      t.rights.push(o.right);
      t.others += o.missing.length - 1;
      tally.set(key, t);
    }
  }
  return [...tally.values()]
    .sort((a, b) => b.rights.length - a.rights.length || a.others - b.others)
    .map(({ ref, rights }) => {
      const def = catalog.vocabulary.facts.get(ref.fact);
      return { ...ref, rights, question: def?.question ?? null, sensitive: def?.sensitive ?? false };
    });
}
