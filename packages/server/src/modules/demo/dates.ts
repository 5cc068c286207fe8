import type { Rng } from './prng.ts';

/*
 * Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC days so the output never depends
 * on the machine's time zone.
 */

const DAY_MS = 86_400_000;

// Date arithmetic runs tens of millions of times for a large demo, and parsing and formatting
// through Date dominated the generator's profile. Both conversions are memoised; the caches
// stay small because demo dates span about a century (some 40,000 distinct days).
const dayNumbers = new Map<string, number>();
const isoDates = new Map<number, string>();

function dayNumber(iso: string): number {
  let day = dayNumbers.get(iso);
  if (day === undefined) {
    day = Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
    dayNumbers.set(iso, day);
  }
  return day;
}

function isoDate(day: number): string {
  let iso = isoDates.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoDates.set(day, iso);
  }
  return iso;
}

/** The date `days` days after (or before, when negative) an ISO date. */
export function addDays(iso: string, days: number): string {
  return isoDate(dayNumber(iso) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** A birth date such that the person is exactly `age` whole years old on `reference`. */
export function birthDateForAge(reference: string, age: number, rng: Rng): string {
  const [year, month, day] = reference.split('-') as [string, string, string];
  const lastBirthday = `${String(Number(year) - age).padStart(4, '0')}-${month}-${day === '29' && month === '02' ? '28' : day}`;
  return addDays(lastBirthday, -rng.int(0, 364));
}

/** Age in whole years on `reference` of someone born on `birthDate`. */
export function ageOn(birthDate: string, reference: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ry, rm, rd] = reference.split('-').map(Number) as [number, number, number];
  return ry - by - (rm < bm || (rm === bm && rd < bd) ? 1 : 0);
}
