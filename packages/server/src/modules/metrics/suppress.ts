/** Aggregates below this count are not shown (k-anonymity): a small group can point at a person. */
export const MIN_COUNT = 5;

/** Raw take-up counts of one group. */
export interface TakeUpCounts {
  detected: number;
  contacted: number;
  applied: number;
  granted: number;
  refused: number;
  optedOut: number;
  /** Still not receiving the right while (possibly) eligible: detected and not yet settled. */
  notReceiving: number;
}

/** One count as published: null from 1 to MIN_COUNT − 1 (zero reveals nobody). */
export function publishCount(n: number): number | null {
  return n > 0 && n < MIN_COUNT ? null : n;
}

/** Counts as published: a number, or null when it was below {@link MIN_COUNT}. */
export type Published<T> = { [K in keyof T]: number | null };

/** Suppresses every count from 1 to MIN_COUNT − 1 (zero reveals nobody) and computes the take-up rate only from published counts. */
export function publish(counts: TakeUpCounts): Published<TakeUpCounts> & { takeUpRate: number | null } {
  const out = {} as Published<TakeUpCounts>;
  for (const [key, value] of Object.entries(counts) as [keyof TakeUpCounts, number][]) out[key] = publishCount(value);
  const denominator = counts.granted + counts.notReceiving;
  // The rate is shown only when both of its parts can be shown, or it would reveal a hidden count.
  const rate = out.granted === null || out.notReceiving === null || denominator < MIN_COUNT ? null : counts.granted / denominator;
  return { ...out, takeUpRate: rate === null ? null : Math.round(rate * 1000) / 1000 };
}
