import type { LedgerState } from './ledger.tables.ts';

/**
 * Whether a decline still stands: the latest ledger state of (household, right) is `afgezien`
 * and the inputs the right reads are the same as when it was recorded (same snapshot hash, see
 * ledger.snapshot.ts). A changed situation — another value, source or observation date of a
 * fact the right reads — reopens it. Grant runs skip a right whose decline stands; screening
 * applies the same comparison through `reopenedBySituation` (screening/screen-chunk.ts).
 */
export function declineStands(position: LedgerPosition | undefined, currentHash: string): boolean {
  return position?.state === 'afgezien' && !reopenedBySituation(position, currentHash);
}

/** The latest ledger state of (household, right) and the hash of the inputs it was recorded with. */
export type LedgerPosition = { state: LedgerState; inputHash: string };

/**
 * Whether a changed situation reopens a decline (`afgezien`) or a worker's refusal (`geweigerd`):
 * the inputs the right reads differ from those the state was recorded with. Other settled states
 * (applied, granted) are never reopened by a run.
 */
export function reopenedBySituation(position: LedgerPosition, currentHash: string): boolean {
  return (position.state === 'afgezien' || position.state === 'geweigerd') && position.inputHash !== currentHash;
}
