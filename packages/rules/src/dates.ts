/**
 * Calendar dates as whole days since 1970-01-01 (UTC), so that comparing and storing dates
 * is integer work in the interpreter, the batch evaluator and the SQL compiler alike.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function toDays(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/** The YYYY-MM-DD text of a day number. */
export function fromDays(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** Year, month (1-12) and day of a day number (Howard Hinnant's civil_from_days). */
export function civil(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/**
 * Whole years from a to b, counted like birthdays: the year counts once month and day of b
 * reach those of a (someone born on 29 February turns a year older on 1 March).
 */
export function yearsBetween(a: number, b: number): number {
  const [ya, ma, da] = civil(a);
  const [yb, mb, db] = civil(b);
  return yb - ya - (mb * 100 + db < ma * 100 + da ? 1 : 0);
}

/** Whole months from a to b, counted like {@link yearsBetween}. */
export function monthsBetween(a: number, b: number): number {
  const [ya, ma, da] = civil(a);
  const [yb, mb, db] = civil(b);
  return (yb - ya) * 12 + (mb - ma) - (db < da ? 1 : 0);
}
