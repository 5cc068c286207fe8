import type { Queryable } from '../../platform/db/connect.ts';
import { aanvragersOn } from '../households/aanvrager.ts';
import type { LetterLanguage } from './letter.texts.ts';

/** The languages a letter can be written in; Dutch first, the language of the administration. */
export const LETTER_LANGUAGES = ['nl', 'fr', 'en'] as const satisfies readonly LetterLanguage[];

const isLetterLanguage = (value: unknown): value is LetterLanguage => typeof value === 'string' && (LETTER_LANGUAGES as readonly string[]).includes(value);

/**
 * The language each person wants letters in: their current `preferred_language` fact. A person
 * without one (or with a value outside nl/fr/en) is left out; the caller falls back to Dutch.
 */
export async function preferredLanguages(q: Queryable, personIds: readonly number[]): Promise<Map<number, LetterLanguage>> {
  const out = new Map<number, LetterLanguage>();
  if (personIds.length === 0) return out;
  const rows = await q.query<{ person_id: number; language: string | null }>(
    `select entity_id as person_id, value #>> '{}' as language from current_facts
      where entity_type = 'person' and fact_id = 'preferred_language' and entity_id = any($1::int[])`,
    [personIds],
  );
  for (const r of rows) if (isLetterLanguage(r.language)) out.set(r.person_id, r.language);
  return out;
}

/** The language of a letter: what the worker chose, else the addressee's preferred language, else Dutch. */
export function letterLanguage(chosen: LetterLanguage | undefined, preferred: LetterLanguage | undefined): LetterLanguage {
  return chosen ?? preferred ?? 'nl';
}

/**
 * The addressee of a household's letter on `date`: the person the worker named, else the
 * aanvrager on that day (households/aanvrager.ts: never someone who left), with their name.
 */
export async function letterAddressee(q: Queryable, householdId: number, personId: number | undefined, date: string): Promise<{ id: number; name: string } | null> {
  if (personId === undefined) {
    const aanvrager = (await aanvragersOn(q, [householdId], date)).get(householdId);
    return aanvrager ? { id: aanvrager.personId, name: aanvrager.name } : null;
  }
  const [row] = await q.query<{ id: number; name: string }>(`select p.id, p.given_name || ' ' || p.family_name as name from persons p where p.id = $1`, [personId]);
  return row ?? null;
}
