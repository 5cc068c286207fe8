import type { Answer } from '../explorer/state/answers.ts';

/** One fact a ledger step used: its id, value, and where and when it was observed (if known). */
export interface InputFact {
  fact: string;
  value: Answer;
  source: string | null;
  observed: string | null;
}

/**
 * The facts of one ledger step about one part of the household: the household itself (`role`
 * null) or one member, numbered among the members with the same role ("Kind 2") when there are
 * several.
 */
export interface InputGroup {
  role: string | null;
  number: number | null;
  facts: InputFact[];
}

type StoredFact = Answer | { value?: Answer; source?: string; observed?: string };

function inputFact(fact: string, stored: StoredFact): InputFact {
  if (stored !== null && typeof stored === 'object') {
    return { fact, value: stored.value ?? null, source: stored.source ?? null, observed: stored.observed ?? null };
  }
  return { fact, value: stored, source: null, observed: null };
}

const factsOf = (facts: unknown): InputFact[] =>
  facts !== null && typeof facts === 'object' ? Object.entries(facts as Record<string, StoredFact>).map(([fact, stored]) => inputFact(fact, stored)) : [];

/**
 * The input snapshot of a ledger step (`{ household: {fact: …}, persons: [{ id, role, facts }] }`,
 * see the server's ledger.snapshot.ts) grouped for reading: the household's facts first, then
 * each member who has any. Members are named by role, not by id: the reader knows the household.
 * Anything that is not a snapshot gives no groups.
 */
export function inputGroups(snapshot: unknown): InputGroup[] {
  if (snapshot === null || typeof snapshot !== 'object') return [];
  const { household, persons } = snapshot as { household?: unknown; persons?: unknown };
  const groups: InputGroup[] = [];
  const own = factsOf(household);
  if (own.length > 0) groups.push({ role: null, number: null, facts: own });
  const members = Array.isArray(persons) ? (persons as { role?: unknown; facts?: unknown }[]) : [];
  const roles = members.map((m) => (typeof m.role === 'string' ? m.role : 'andere'));
  members.forEach((member, i) => {
    const facts = factsOf(member.facts);
    if (facts.length === 0) return;
    const role = roles[i]!;
    const same = roles.filter((r) => r === role).length;
    groups.push({ role, number: same > 1 ? roles.slice(0, i + 1).filter((r) => r === role).length : null, facts });
  });
  return groups;
}

/**
 * The catalogue version of a ledger step in parts a person can read: the date of the rules
 * (the newest verified-on date of the catalogue) and the short code that tells two versions of
 * the same day apart. A version in another form is kept whole as the code.
 */
export function ruleVersion(version: string): { date: string | null; code: string } {
  const match = /^(\d{4}-\d{2}-\d{2})\.([0-9a-f]+)$/.exec(version);
  return match ? { date: match[1]!, code: match[2]! } : { date: null, code: version };
}

/** Who recorded a ledger step, as the API gives it. */
export interface StepActor {
  actor: string;
  actor_name: string | null;
  screening_run_id: string | null;
  grant_run_id: string | null;
  evidence: unknown;
}

/**
 * Who recorded a ledger step in plain words: the worker's name, or for Springplank itself
 * (`system`) what it was doing — a screening, a re-evaluation after a new fact (also kept as a
 * one-household screening run, told apart by its evidence), or a grant run. `say` gives the
 * words for Springplank in the reader's language.
 */
export function stepActor(step: StepActor, say: (how: 'screening' | 'reevaluation' | 'grant' | 'other') => string): string {
  if (step.actor !== 'system') return step.actor_name ?? step.actor;
  const evidence = step.evidence !== null && typeof step.evidence === 'object' ? (step.evidence as Record<string, unknown>) : {};
  if ('reevaluation' in evidence) return say('reevaluation');
  if (step.screening_run_id !== null) return say('screening');
  if (step.grant_run_id !== null) return say('grant');
  return say('other');
}
