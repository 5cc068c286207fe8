import { LEDGER_REASON_CODES, type LedgerReasonCode } from '@springplank/server/modules/ledger/reason-codes.ts';

const isReasonCode = (value: unknown): value is LedgerReasonCode => typeof value === 'string' && (LEDGER_REASON_CODES as readonly string[]).includes(value);

/**
 * The reason of a ledger transition as the reader sees it: the reason Springplank gave (a code in
 * `evidence.reason_code`, said in the reader's language by `say`), then what a person wrote.
 * Null when there is neither.
 */
export function ledgerReason(evidence: unknown, reason: string | null, say: (code: LedgerReasonCode) => string): string | null {
  const code = evidence !== null && typeof evidence === 'object' ? (evidence as { reason_code?: unknown }).reason_code : undefined;
  const parts = [isReasonCode(code) ? say(code) : null, reason?.trim() ? reason : null].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}
