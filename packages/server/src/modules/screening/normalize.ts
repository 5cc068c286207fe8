import { FACT_SOURCES, MEMBER_ROLES, normalizeSituation, type Catalog, type FactInput, type FactValue, type NormalizedSituation, type Situation } from '@springplank/rules';

/** Day numbers of ISO dates seen so far (a screening meets the same few observation dates again and again). */
const days = new Map<string, number>();
const MAX_DAYS = 200_000;

/** The day number of a valid YYYY-MM-DD date, else null (the same test and count as the engine's). */
function dayOf(text: string): number | null {
  let d = days.get(text);
  if (d === undefined) {
    const parsed = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : NaN;
    d = !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === text ? Math.round(parsed / 86_400_000) : -1e9;
    if (days.size >= MAX_DAYS) days.clear();
    days.set(text, d);
  }
  return d === -1e9 ? null : d;
}

/** The day number (days since 1970-01-01) of a screening date YYYY-MM-DD. */
export function dayNumber(date: string): number {
  const d = dayOf(date);
  if (d === null) throw new Error(`Not a date: ${date}`);
  return d;
}

const SOURCES: ReadonlySet<string> = new Set(FACT_SOURCES);
const ROLES: ReadonlySet<string> = new Set(MEMBER_ROLES);

/**
 * One fact as normalizeSituation prepares it for `date`; undefined when the value is not
 * valid (the caller then lets normalizeSituation name the problem).
 */
function factValue(catalog: Catalog, id: string, raw: FactInput, date: number): FactValue | null | undefined {
  const def = catalog.vocabulary.facts.get(id)!;
  const withProvenance = raw !== null && typeof raw === 'object';
  const value = withProvenance ? raw.value : raw;
  if (value === null || value === undefined) return null;
  const out: FactValue = { value, confirm: null };
  if (withProvenance) {
    if (raw.source !== undefined && !SOURCES.has(raw.source)) return undefined;
    const observed = raw.observed === undefined ? null : dayOf(raw.observed);
    if (raw.observed !== undefined && observed === null) return undefined;
    if (raw.source) out.source = raw.source;
    if (raw.observed) out.observed = raw.observed;
    if (raw.source === 'self-declared') out.confirm = 'self-declared';
    else if (observed !== null && def.freshness_days !== undefined && observed < date - def.freshness_days) out.confirm = 'stale';
  }
  switch (def.type) {
    case 'date': {
      const d = typeof value === 'string' ? dayOf(value) : null;
      return d === null ? undefined : { ...out, value: d };
    }
    case 'number':
    case 'money':
      return typeof value === 'number' && Number.isFinite(value) ? out : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? out : undefined;
    default:
      return typeof value === 'string' && (!def.values || def.values.includes(value)) ? out : undefined;
  }
}

function facts(catalog: Catalog, input: Record<string, FactInput> | undefined, entity: 'household' | 'person', date: number): Map<string, FactValue> | null {
  const out = new Map<string, FactValue>();
  for (const id in input) {
    const def = catalog.vocabulary.facts.get(id);
    if (!def || def.entity !== entity) continue;
    const v = factValue(catalog, id, input[id]!, date);
    if (v === undefined) return null;
    if (v) out.set(id, v);
  }
  return out;
}

/**
 * The situation of a loaded household checked and prepared for `date` (day number), exactly as
 * the engine's normalizeSituation does it, but with the date arithmetic remembered across
 * households: a screening normalises thousands of situations that share their dates. A
 * situation with a problem goes to normalizeSituation itself, which names it (SituationError).
 */
export function normalizeLoaded(catalog: Catalog, situation: Situation, date: number): NormalizedSituation {
  const household = facts(catalog, situation.household?.facts, 'household', date);
  const persons: NormalizedSituation['persons'] = [];
  let valid = household !== null;
  for (const p of situation.persons ?? []) {
    const f = valid ? facts(catalog, p.facts, 'person', date) : null;
    if (!f || !ROLES.has(p.role)) {
      valid = false;
      break;
    }
    persons.push({ id: String(p.id ?? `p${persons.length + 1}`), role: p.role, facts: f });
  }
  return valid ? { household: household!, persons } : normalizeSituation(situation, catalog.vocabulary, date);
}
