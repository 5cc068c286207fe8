import type { ExplainedCondition, Lang, Outcome } from '@springplank/rules';

/**
 * What a grant run may do with one outcome. There is no refusal: GDPR art. 22 allows an
 * automatic decision here only when it is favourable, so anything not clearly eligible goes
 * to a worker and a not-eligible outcome leads to no decision at all.
 */
export type AutomaticDecision = { kind: 'grant' } | { kind: 'to-worker' } | { kind: 'no-decision' };

/** The automatic decision for an outcome: grant only when `eligible` without anything to confirm. */
export function decideAutomatically(outcome: Pick<Outcome, 'status' | 'uncertain'>): AutomaticDecision {
  switch (outcome.status) {
    case 'eligible':
      // A right or value marked uncertain is checked by a person before anything is decided.
      return outcome.uncertain ? { kind: 'to-worker' } : { kind: 'grant' };
    case 'eligible-if-confirmed':
    case 'undetermined':
      return { kind: 'to-worker' };
    case 'not-eligible':
      return { kind: 'no-decision' };
  }
}

/** The met conditions of an explanation, as sentences in a language (for the decision letter). */
export function metConditions(explanations: (ExplainedCondition | null)[], lang: Lang): string[] {
  const out: string[] = [];
  const walk = (c: ExplainedCondition) => {
    if (c.status !== 'met') return;
    if (c.text) out.push(c.text[lang]);
    else c.children.forEach(walk);
  };
  for (const e of explanations) {
    if (!e) continue;
    if (e.text) out.push(e.text[lang]);
    e.children.forEach(walk);
  }
  return [...new Set(out)];
}

/** An explanation tree as JSON (the core node is not part of it). */
export function explanationJson(c: ExplainedCondition | null): unknown {
  if (!c) return null;
  return { id: c.id, text: c.text, legal: c.legal, status: c.status, detail: c.detail, missing: c.missing, confirm: c.confirm, children: c.children.map(explanationJson) };
}
