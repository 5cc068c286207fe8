/** The three languages every user-facing text is written in. */
export type Lang = 'nl' | 'fr' | 'en';

/** The languages, in the order texts are checked and shown. */
export const LANGS: readonly Lang[] = ['nl', 'fr', 'en'];

/** A user-facing text in Dutch, French and English. */
export type Text = Record<Lang, string>;

/** A place in a source file, 1-based. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

/** Static types of expressions; `money` is a number in EUR, `date` a calendar day. */
export type ValueType = 'number' | 'money' | 'date' | 'boolean' | 'string';

/** Runtime value of a known expression. Dates are whole days since 1970-01-01. */
export type Value = number | string | boolean;

/** Outcome statuses, from best to worst for the person. */
export type Status = 'eligible' | 'eligible-if-confirmed' | 'undetermined' | 'not-eligible';

/** Statuses ordered best first: a person right takes the best member outcome. */
export const STATUS_ORDER: readonly Status[] = ['eligible', 'eligible-if-confirmed', 'undetermined', 'not-eligible'];

/** Numeric outcome codes used by the batch evaluator and the SQL compiler (0 is best). */
export const STATUS_CODE: Record<Status, number> = {
  eligible: 0,
  'eligible-if-confirmed': 1,
  undetermined: 2,
  'not-eligible': 3,
};

/** Household member roles. */
export type MemberRole = 'aanvrager' | 'partner' | 'kind' | 'andere';

/** All member roles, used to check role filters. */
export const MEMBER_ROLES: readonly MemberRole[] = ['aanvrager', 'partner', 'kind', 'andere'];

/** Where a fact value came from. */
export type FactSource = 'register' | 'attest' | 'self-declared' | 'worker';

/** The provenance sources a fact may carry. */
export const FACT_SOURCES: readonly FactSource[] = ['register', 'attest', 'self-declared', 'worker'];
