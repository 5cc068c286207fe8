import type { Queryable } from '../../platform/db/connect.ts';
import type { Json } from '../../platform/db/schema.ts';
import { appendTransitions } from '../ledger/ledger.repository.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';
import type { ChunkOutcome } from './screen-chunk.ts';

/** Where a screened chunk's detections come from, as the ledger records it. */
export interface ChunkProvenance {
  runId: number;
  period: string;
  catalogVersion: string;
  /** The evidence each new `mogelijk recht` carries (the run, or the fact change that caused it). */
  evidence: Record<string, Json>;
}

/**
 * Writes what screenChunk decided for a chunk: its results (idempotent per run, household and
 * right) and a `mogelijk recht` ledger transition per new detection. Screening runs and the
 * re-evaluation after a fact change both write through here, inside their own transaction.
 */
export async function writeChunkOutcome(tx: Queryable, outcome: ChunkOutcome, provenance: ChunkProvenance): Promise<void> {
  // At most 65,535 parameters per statement: 9 columns × 5,000 rows stays below.
  for (let i = 0; i < outcome.results.length; i += 5000) {
    await detectionDb(tx)
      .insertInto('screening_results')
      .values(
        outcome.results.slice(i, i + 5000).map((r) => ({
          run_id: provenance.runId,
          household_id: r.householdId,
          right_id: r.right,
          kind: r.kind,
          status: r.status,
          amount: r.amount,
          period: r.period,
          missing: JSON.stringify(r.missing) as unknown as Json,
          conflicts: JSON.stringify(r.conflicts) as unknown as Json,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  await appendTransitions(
    tx,
    outcome.detections.map((d) => ({
      subjectType: 'household',
      subjectId: d.householdId,
      householdId: d.householdId,
      right: d.right,
      period: provenance.period,
      state: 'mogelijk-recht',
      evidence: provenance.evidence,
      catalogVersion: provenance.catalogVersion,
      inputSnapshot: d.snapshot.snapshot,
      inputHash: d.snapshot.hash,
      actorUserId: null,
      actorLabel: 'system',
      screeningRunId: provenance.runId,
    })),
  );
}
