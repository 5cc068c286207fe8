import type { LedgerState } from './ledger.tables.ts';

/**
 * Whether a decline still stands: the latest ledger state of (household, right) is `afgezien`
 * and the inputs the right reads are the same as when it was recorded (same snapshot hash, see
 * ledger.snapshot.ts). A changed situation — another value, source or observation date of a
 * fact the right reads — reopens it. Grant runs skip a right whose decline stands; screening
 * applies the same comparison (screening/screen-chunk.ts).
 */
export function declineStands(position: { state: LedgerState; inputHash: string } | undefined, currentHash: string): boolean {
  return position?.state === 'afgezien' && position.inputHash === currentHash;
}
