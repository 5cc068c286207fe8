/**
 * Reasons Springplank itself gives for a ledger transition, as codes in the transition's
 * evidence (`evidence.reason_code`): the web app says them in the reader's language (nl/fr/en).
 * The free-text `reason` stays what a person wrote. Pure constants, so the web app can import
 * them (`@springplank/server/modules/ledger/reason-codes.ts`).
 */
export const LEDGER_REASON_CODES = [
  /** A grant run was not sure enough to grant: a worker checks it. */
  'automatic-grant-uncertain',
  /** A coordinator reversed an automatic grant (their own words are in `reason`). */
  'automatic-grant-reversed',
] as const;

/** A reason code of a ledger transition. */
export type LedgerReasonCode = (typeof LEDGER_REASON_CODES)[number];
