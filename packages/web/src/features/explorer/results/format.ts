import type { ConditionDetail, Period } from '@springplank/rules';

type ValueType = ConditionDetail['type'];

function locale(language: string): string {
  return language === 'fr' ? 'fr-BE' : language === 'en' ? 'en-BE' : 'nl-BE';
}

// Building an Intl formatter costs far more than using one; results re-render after every answer.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** An amount in euro as people in Belgium read it ("€ 1.326,27"). */
export function formatMoney(value: number, language: string): string {
  return cached(`money|${language}`, () => new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'EUR' })).format(value);
}

/** A calendar day (YYYY-MM-DD) as a long date in the language ("2 maart 1985"). */
export function formatDay(iso: string, language: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(`day|${language}`, () => new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}

/** A value of a condition (amount, number, date as day number, text or yes/no). */
export function formatConditionValue(value: unknown, type: ValueType, language: string): string {
  if (typeof value === 'number' && type === 'money') return formatMoney(value, language);
  if (typeof value === 'number' && type === 'date') {
    return new Intl.DateTimeFormat(locale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(value * 86_400_000));
  }
  if (typeof value === 'number') return new Intl.NumberFormat(locale(language)).format(value);
  return String(value);
}

/** The translation key of an amount's period. */
export function periodKey(period: Period | null): string {
  return `period.${period ?? 'once'}`;
}
