import type { Queryable } from '../../platform/db/connect.ts';
import type { Json } from '../../platform/db/schema.ts';
import type { ChunkOutcome } from './screen-chunk.ts';

/** Where a screened chunk's detections come from, as the ledger records it. */
export interface ChunkProvenance {
  runId: number;
  period: string;
  catalogVersion: string;
  /** The evidence each new `mogelijk recht` carries (the run, or the fact change that caused it). */
  evidence: Record<string, Json>;
  /** Whether the run has yet to record the facts each right reads (its first chunk with a detection). */
  recordRightFacts: boolean;
}

/**
 * A chunk's outcome as the texts its statements send (see {@link encodeChunkOutcome}): plain
 * strings and numbers, so a screening thread can build them and hand them over for little.
 */
export interface EncodedChunk {
  candidates: number;
  reviews: number;
  respected: number;
  /** The columns of screening_results (household, right, kind, status, amount, period, missing, conflicts), each as array text; null when there are none. */
  results: string[] | null;
  /** Household ids as array text, and their snapshots joined by SNAPSHOT_SEPARATOR; null without detections. */
  snapshots: [households: string, texts: string] | null;
  /** The columns of the new `mogelijk recht` transitions (household, right, input hash) as array text; null without detections. */
  detections: [households: string, rights: string, hashes: string] | null;
  /** The facts each screened right reads, as JSON (screening_runs.right_facts). */
  rightFacts: string;
}

/**
 * Between two snapshot texts: the record separator (U+001E), which JSON text never holds (JSON
 * escapes every control character). The snapshots of a chunk, some 10 MB of JSON full of quotes,
 * then travel without escaping, and PostgreSQL splits them without parsing an array literal.
 */
const SNAPSHOT_SEPARATOR = '\u001e';

/**
 * Turns what screenChunk decided into the texts writeEncodedChunk sends. Amounts travel as text
 * so that `numeric` receives exactly the digits JavaScript prints; an empty list of missing
 * facts or conflicts travels as null: most candidates have none, and PostgreSQL then parses no
 * JSON.
 */
export function encodeChunkOutcome(outcome: ChunkOutcome): EncodedChunk {
  const { results, detections } = outcome;
  const candidates = results.filter((r) => r.kind === 'candidate').length;
  return {
    candidates,
    reviews: results.length - candidates,
    respected: outcome.respected,
    results:
      results.length === 0
        ? null
        : [
            arrayText(results.map((r) => r.householdId)),
            arrayText(results.map((r) => r.right)),
            arrayText(results.map((r) => r.kind)),
            arrayText(results.map((r) => r.status)),
            arrayText(results.map((r) => r.amount)),
            arrayText(results.map((r) => r.period)),
            arrayText(results.map((r) => (r.missing.length === 0 ? null : JSON.stringify(r.missing)))),
            arrayText(results.map((r) => (r.conflicts.length === 0 ? null : JSON.stringify(r.conflicts)))),
          ],
    snapshots: detections.length === 0 ? null : [arrayText(outcome.snapshots.map((x) => x.householdId)), outcome.snapshots.map((x) => x.json).join(SNAPSHOT_SEPARATOR)],
    detections:
      detections.length === 0
        ? null
        : [arrayText(detections.map((d) => d.householdId)), arrayText(detections.map((d) => d.right)), arrayText(detections.map((d) => d.inputHash))],
    rightFacts: JSON.stringify(outcome.rightFacts),
  };
}

/** Writes what screenChunk decided for a chunk (see {@link writeEncodedChunk}). */
export async function writeChunkOutcome(tx: Queryable, outcome: ChunkOutcome, provenance: ChunkProvenance): Promise<void> {
  await writeEncodedChunk(tx, encodeChunkOutcome(outcome), provenance);
}

/**
 * Writes a screened chunk: its results and a `mogelijk recht` ledger transition per new
 * detection. Screening runs and the re-evaluation after a fact change both write through here,
 * inside their own transaction.
 *
 * One `insert … select from unnest(…)` per table, with one array parameter per column: the
 * statement is the same whatever the chunk size (no 65,535-parameter limit, one parse and
 * plan), which is what makes writing some 23,000 rows per chunk cheap.
 *
 * Results are idempotent per (run, household, right) because a chunk is written once: a
 * screening commits a chunk only where the run's cursor still is, under the run's row lock, and
 * a re-evaluation writes into a run of its own. Should a chunk still come a second time, the
 * primary key of screening_results (and the unique indexes of the ledger and the snapshots)
 * refuse it and its transaction writes nothing. The inserts do not skip such rows
 * (`on conflict do nothing`): that made PostgreSQL insert every row speculatively, which cost
 * more than twice a plain insert, and it would have hidden a chunk written twice.
 */
export async function writeEncodedChunk(tx: Queryable, chunk: EncodedChunk, provenance: ChunkProvenance): Promise<void> {
  if (chunk.results) {
    await tx.query(
      `insert into screening_results (run_id, household_id, right_id, kind, status, amount, period, missing, conflicts)
       select $1, h, r, k, s, a::numeric, p, coalesce(m::jsonb, '[]'::jsonb), coalesce(c::jsonb, '[]'::jsonb)
         from unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[]) as u(h, r, k, s, a, p, m, c)`,
      [provenance.runId, ...chunk.results],
    );
  }
  if (chunk.snapshots && chunk.detections) {
    // The inputs once per household (screening_snapshots); each transition keeps its own hash
    // and reads its snapshot through ledger_inputs. The run records the facts of each right
    // once, in its first chunk with a detection.
    if (provenance.recordRightFacts) {
      await tx.query(`update screening_runs set right_facts = $2::jsonb where id = $1 and right_facts is null`, [provenance.runId, chunk.rightFacts]);
    }
    await tx.query(
      `insert into screening_snapshots (run_id, household_id, snapshot)
       select $1, h, s::json from unnest($2::int[], string_to_array($3::text, chr(30))) as u(h, s)`,
      [provenance.runId, ...chunk.snapshots],
    );
    await tx.query(
      `insert into ledger_transitions (subject_type, subject_id, household_id, right_id, period, state, evidence, catalog_version,
                                       input_hash, actor_user_id, actor_label, screening_run_id)
       select 'household', h, h, r, $1, 'mogelijk-recht', $2::jsonb, $3, x, null, 'system', $4
         from unnest($5::int[], $6::text[], $7::text[]) as u(h, r, x)`,
      [provenance.period, JSON.stringify(provenance.evidence), provenance.catalogVersion, provenance.runId, ...chunk.detections],
    );
  }
}

/**
 * A PostgreSQL array literal of numbers and texts (null → NULL; a number as JavaScript prints
 * it). node-pg would escape every element with two regular expressions, which cost a screening
 * more than the rest of writing its ~2 million values; here only an element holding a quote or
 * a backslash is escaped.
 */
export function arrayText(values: readonly (string | number | null)[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) out += ',';
    if (v === null || v === undefined) out += 'NULL';
    else if (typeof v === 'number') out += String(v);
    else out += `"${v.includes('"') || v.includes('\\') ? v.replace(/["\\]/g, '\\$&') : v}"`;
  }
  return `${out}}`;
}
