import { UnreachableCaseError } from '../errors.ts';
import { toDays } from '../dates.ts';
import { SituationError } from '../errors.ts';
import type { FactDefinition, FactsVocabulary } from '../facts/vocabulary.ts';
import { isIsoDate } from '../load/source.ts';
import { FACT_SOURCES, MEMBER_ROLES, type FactSource, type Value } from '../types.ts';

/** A fact value as written in a situation: plain, or with its provenance. */
export type FactInput = Value | null | { value: Value | null; source?: FactSource; observed?: string };

/** The input of the engine: one household and its members, with facts (see docs/situation.md). */
export interface Situation {
  household?: { facts?: Record<string, FactInput> };
  persons?: { id: string; role: string; facts?: Record<string, FactInput> }[];
}

/** A fact value ready for evaluation; `confirm` says why it still needs confirming, if it does. */
export interface FactValue {
  value: Value;
  confirm: 'self-declared' | 'stale' | null;
  source?: FactSource;
  observed?: string;
}

/** A situation checked against the vocabulary, dates turned into day numbers. */
export interface NormalizedSituation {
  household: Map<string, FactValue>;
  persons: { id: string; role: string; facts: Map<string, FactValue> }[];
}

/**
 * Checks a situation against the vocabulary and prepares it for a date: a value observed
 * longer ago than its fact's freshness, or self-declared, must be confirmed. Facts the
 * vocabulary does not know are ignored (the catalogue validates situations with its own
 * JSON Schema); values of the wrong type throw a {@link SituationError} listing every problem.
 */
export function normalizeSituation(situation: Situation, vocabulary: FactsVocabulary, date: number): NormalizedSituation {
  const problems: { path: string; message: string }[] = [];
  const facts = (input: Record<string, FactInput> | undefined, path: string, entity: 'person' | 'household') => {
    const out = new Map<string, FactValue>();
    for (const [id, raw] of Object.entries(input ?? {})) {
      const def = vocabulary.facts.get(id);
      if (!def || def.entity !== entity) continue;
      const v = readValue(raw, def, date, `${path}.${id}`, problems);
      if (v) out.set(id, v);
    }
    return out;
  };
  const persons = (situation.persons ?? []).map((p, i) => {
    if (!(MEMBER_ROLES as readonly string[]).includes(p.role)) problems.push({ path: `persons[${i}].role`, message: `"${p.role}" is not a role; expected ${MEMBER_ROLES.join(', ')}` });
    return { id: String(p.id ?? `p${i + 1}`), role: p.role, facts: facts(p.facts, `persons[${i}].facts`, 'person') };
  });
  const household = facts(situation.household?.facts, 'household.facts', 'household');
  if (problems.length) throw new SituationError(problems);
  return { household, persons };
}

function readValue(raw: FactInput, def: FactDefinition, date: number, path: string, problems: { path: string; message: string }[]): FactValue | null {
  const withProvenance = raw !== null && typeof raw === 'object';
  const value = withProvenance ? raw.value : raw;
  if (value === null || value === undefined) return null;
  const out: FactValue = { value, confirm: null };
  if (withProvenance) {
    if (raw.source !== undefined && !FACT_SOURCES.includes(raw.source)) problems.push({ path: `${path}.source`, message: `expected one of ${FACT_SOURCES.join(', ')}` });
    if (raw.observed !== undefined && !isIsoDate(raw.observed)) problems.push({ path: `${path}.observed`, message: 'expected a date YYYY-MM-DD' });
    if (raw.source) out.source = raw.source;
    if (raw.observed) out.observed = raw.observed;
    if (raw.source === 'self-declared') out.confirm = 'self-declared';
    else if (raw.observed && def.freshness_days !== undefined && isIsoDate(raw.observed) && toDays(raw.observed) < date - def.freshness_days) out.confirm = 'stale';
  }
  switch (def.type) {
    case 'date':
      if (typeof value === 'string' && isIsoDate(value)) return { ...out, value: toDays(value) };
      problems.push({ path, message: `expected a date YYYY-MM-DD for ${def.id}` });
      return null;
    case 'number':
    case 'money':
      if (typeof value === 'number' && Number.isFinite(value)) return out;
      problems.push({ path, message: `expected a number for ${def.id}` });
      return null;
    case 'boolean':
      if (typeof value === 'boolean') return out;
      problems.push({ path, message: `expected true or false for ${def.id}` });
      return null;
    case 'enum':
    case 'string':
      if (typeof value !== 'string') problems.push({ path, message: `expected a text for ${def.id}` });
      else if (def.values && !def.values.includes(value)) problems.push({ path, message: `expected one of ${def.values.join(', ')} for ${def.id}` });
      else return out;
      return null;
    default:
      throw new UnreachableCaseError(def.type);
  }
}
