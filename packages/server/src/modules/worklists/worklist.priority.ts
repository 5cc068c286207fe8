import type { LetterLanguage } from '../outreach/letter.texts.ts';

/** One household on the worklist, with what its priority is made of. */
export interface WorklistItem {
  householdId: number;
  /** The organisation's dossier, null for a resident found by a population screening. */
  dossierId: number | null;
  title: string | null;
  neighbourhood: string | null;
  rights: { right: string; state: string; amount: number | null; period: string | null }[];
  /** Yearly value of the missed rights whose amount is known (EUR). */
  value: number;
  children: number;
  noIncome: boolean;
  lastCheck: string | null;
  /** Guided for more than 12 months without a Rechtencheck in the last 12 months. */
  checkOverdue: boolean;
  assignee: { id: number; name: string } | null;
  /** Organisations of the werkingsgebied with an open dossier on the household (own organisation included). */
  organisations?: { id: number; name: string }[];
  /** The language the aanvrager wants letters in (`preferred_language`), null when unknown (letters then go out in Dutch). */
  letterLanguage?: LetterLanguage | null;
  /** The earliest follow-up the organisation scheduled and no later action answered yet. */
  followUpOn?: string | null;
  priority: number;
}

/** The orders a worklist can be sorted in. */
export const WORKLIST_ORDERS = ['priority', 'missed', 'value', 'vulnerability', 'last-check'] as const;
/** A worklist order. */
export type WorklistOrder = (typeof WORKLIST_ORDERS)[number];

const PER_YEAR: Record<string, number> = { month: 12, year: 1, once: 1 };

/** The yearly value of an amount in a period (month × 12; a one-off or yearly amount as is). */
export function yearlyValue(amount: number | null, period: string | null): number {
  return amount === null ? 0 : amount * (PER_YEAR[period ?? 'once'] ?? 1);
}

/** Vulnerability points: each child, and a household without income. */
export function vulnerability(item: Pick<WorklistItem, 'children' | 'noIncome'>): number {
  return item.children + (item.noIncome ? 2 : 0);
}

function monthsSince(date: string | null, today: string): number {
  if (!date) return 24;
  return Math.max(0, (Date.parse(today) - Date.parse(date)) / (30.44 * 24 * 3600 * 1000));
}

/**
 * The default priority: the number and the yearly value of missed rights first, then
 * vulnerability (children, no income), then how long ago the last Rechtencheck was (never
 * counts as two years). The weights make one more missed right outweigh €1,000 a year, and a
 * child outweigh a year without a check.
 */
export function priority(item: Omit<WorklistItem, 'priority'>, today: string): number {
  return item.rights.length * 10 + item.value / 100 + vulnerability(item) * 5 + Math.min(monthsSince(item.lastCheck, today), 24) / 3;
}

/** Sorts a worklist in place by the chosen order (highest first; oldest check first). */
export function sortWorklist(items: WorklistItem[], order: WorklistOrder): WorklistItem[] {
  const key: Record<WorklistOrder, (i: WorklistItem) => number> = {
    priority: (i) => i.priority,
    missed: (i) => i.rights.length,
    value: (i) => i.value,
    vulnerability: (i) => vulnerability(i),
    'last-check': (i) => (i.lastCheck ? -Date.parse(i.lastCheck) : Number.POSITIVE_INFINITY),
  };
  return items.sort((a, b) => key[order](b) - key[order](a) || a.householdId - b.householdId);
}
