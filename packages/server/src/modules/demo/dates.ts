import type { Rng } from './prng.ts';

/*
 * Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC days so the output never depends
 * on the machine's time zone.
 */

const DAY_MS = 86_400_000;

/** The date `days` days after (or before, when negative) an ISO date. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** A birth date such that the person is exactly `age` whole years old on `reference`. */
export function birthDateForAge(reference: string, age: number, rng: Rng): string {
  const ref = new Date(`${reference}T00:00:00Z`);
  const lastBirthday = Date.UTC(ref.getUTCFullYear() - age, ref.getUTCMonth(), ref.getUTCDate());
  const offset = rng.int(0, 364);
  return new Date(lastBirthday - offset * DAY_MS).toISOString().slice(0, 10);
}

/** Age in whole years on `reference` of someone born on `birthDate`. */
export function ageOn(birthDate: string, reference: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ry, rm, rd] = reference.split('-').map(Number) as [number, number, number];
  return ry - by - (rm < bm || (rm === bm && rd < bd) ? 1 : 0);
}
