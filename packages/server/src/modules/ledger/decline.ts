import type { LedgerState } from './ledger.tables.ts';

/**
 * The earlier "no" a run must respect, if one stands: the latest ledger state of (household,
 * right) is `afgezien` (the person declined) or `geweigerd` (a worker recorded the provider's
 * refusal), and the inputs the right reads are the same as when it was recorded (same snapshot
 * hash, see ledger.snapshot.ts). Undefined when there is none, or when a changed situation —
 * another value, source or observation date of a fact the right reads — reopened it. Grant runs
 * skip a right whose "no" stands (the right stays with the worker); screening applies the same
 * comparison through `reopenedBySituation` (screening/screen-chunk.ts).
 */
export function standingNo(position: LedgerPosition | undefined, currentHash: string): 'afgezien' | 'geweigerd' | undefined {
  if (position?.state !== 'afgezien' && position?.state !== 'geweigerd') return undefined;
  return reopenedBySituation(position, currentHash) ? undefined : position.state;
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
