import { evaluatePopulation, missingFacts, populationFromNormalized, STATUS_ORDER, type Catalog, type FactRef, type Status } from '@springplank/rules';
import type { LedgerState } from '../ledger/ledger.tables.ts';
import { factsOfRight, inputSnapshots, rightFactsOf } from '../ledger/ledger.snapshot.ts';
import { reopenedBySituation } from '../ledger/decline.ts';
import { dayNumber, normalizeLoaded } from './normalize.ts';
import { receivesByFact } from './receipt.ts';
import type { FactConflict, LoadedHousehold } from './situations.ts';

/** An undetermined right is a candidate when at most this many facts are missing: a short conversation settles it. */
export const MAX_MISSING_FOR_CANDIDATE = 2;

/** The current ledger state of (household, right) for the period screened, and the inputs it was based on. */
export interface LedgerPosition {
  state: LedgerState;
  inputHash: string;
}

/** One result row of a screening. */
export interface ScreeningResult {
  householdId: number;
  right: string;
  kind: 'candidate' | 'review';
  status: Status;
  amount: number | null;
  period: string | null;
  missing: FactRef[];
  conflicts: FactConflict[];
}

/** A `mogelijk recht` to append to the ledger, with the hash of the inputs that led to it. */
export interface NewDetection {
  householdId: number;
  right: string;
  /** SHA-256 of the right's input snapshot (see inputSnapshot): what a later run compares. */
  inputHash: string;
}

/** What a chunk produced. */
export interface ChunkOutcome {
  results: ScreeningResult[];
  detections: NewDetection[];
  /** Per household with detections: the facts of all its detected rights, as JSON (one snapshot serves them all). */
  snapshots: { householdId: number; json: string }[];
  /** The facts each screened right reads: a detection's snapshot is its household's narrowed to these. */
  rightFacts: Record<string, { household: string[]; person: string[] }>;
  respected: number;
}

const NO_CONFLICTS: FactConflict[] = [];

/** The conflicts among the facts a right reads. */
function conflictsOf(catalog: Catalog, right: string, conflicts: FactConflict[]): FactConflict[] {
  const read = factsOfRight(catalog, right);
  return conflicts.filter((c) => (c.entity === 'household' ? read.household : read.person).includes(c.fact));
}

// States in which the person or the provider already acted: no new detection, only a changed
// situation reopens a decline or a refusal.
const SETTLED: ReadonlySet<LedgerState> = new Set(['aangevraagd', 'toegekend', 'geweigerd', 'afgezien']);
const IN_PROGRESS: ReadonlySet<LedgerState> = new Set(['mogelijk-recht', 'contact-gepland', 'gecontacteerd']);

/**
 * Screens one chunk of households for `rights` on `date` with the batch evaluator, then asks
 * the interpreter only for the missing facts of undetermined rights (a small share). Pure: the
 * job around it reads and writes the database.
 */
export function screenChunk(catalog: Catalog, rights: readonly string[], date: string, households: LoadedHousehold[], ledger: ReadonlyMap<string, LedgerPosition>): ChunkOutcome {
  const day = dayNumber(date);
  // Each household is normalised once: for the columns and, where needed, the missing facts.
  const normalized = households.map((h) => normalizeLoaded(catalog, h.situation, day));
  const population = populationFromNormalized(normalized, catalog.vocabulary);
  const batch = evaluatePopulation(catalog, population, date, { rights: [...rights] });
  const H = households.length;
  const out: ChunkOutcome = { results: [], detections: [], snapshots: [], rightFacts: rightFactsOf(catalog, rights), respected: 0 };
  households.forEach((household, h) => {
    const open: { right: string; status: Status; amount: number | null; conflicts: FactConflict[] }[] = [];
    batch.rights.forEach((right, r) => {
      const code = batch.status[r * H + h]!;
      // Most households have no conflicting facts and no ledger history: nothing to look up then.
      const conflicts = household.conflicts.length === 0 ? NO_CONFLICTS : conflictsOf(catalog, right, household.conflicts);
      const status: Status = conflicts.length > 0 ? 'undetermined' : STATUS_ORDER[code]!;
      const position = ledger.size === 0 ? undefined : ledger.get(`${household.householdId}|${right}`);
      if (status === 'not-eligible' && position?.state !== 'toegekend' && !receivesByFact(right, household.situation)) return;
      const rawAmount = batch.amount[r * H + h]!;
      const amount = Number.isNaN(rawAmount) ? null : rawAmount;
      const receives = receivesByFact(right, household.situation) || position?.state === 'toegekend';
      if (receives) {
        if (status === 'not-eligible') {
          out.results.push({ householdId: household.householdId, right, kind: 'review', status, amount: null, period: null, missing: [], conflicts: [] });
        }
        return;
      }
      if (status === 'not-eligible') return;
      open.push({ right, status, amount, conflicts });
    });
    if (open.length === 0) return;
    const needMissing = open.filter((o) => o.status === 'undetermined' && o.conflicts.length === 0).map((o) => o.right);
    const missing = new Map<string, FactRef[]>();
    if (needMissing.length > 0) {
      const lists = missingFacts(catalog, normalized[h]!, day, needMissing);
      needMissing.forEach((right, k) => missing.set(right, lists[k]!));
    }
    let snapshots: ReturnType<typeof inputSnapshots> | null = null;
    const detected: string[] = [];
    for (const o of open) {
      const lacking = missing.get(o.right) ?? [];
      if (o.status === 'undetermined' && o.conflicts.length === 0 && lacking.length > MAX_MISSING_FOR_CANDIDATE) continue;
      const position = ledger.size === 0 ? undefined : ledger.get(`${household.householdId}|${o.right}`);
      snapshots ??= inputSnapshots(catalog, household.situation);
      const snapshot = snapshots.of(o.right);
      if (position && SETTLED.has(position.state)) {
        if (!reopenedBySituation(position, snapshot.hash)) {
          if (position.state === 'afgezien') out.respected += 1;
          continue;
        }
      }
      out.results.push({
        householdId: household.householdId,
        right: o.right,
        kind: 'candidate',
        status: o.status,
        amount: o.amount,
        period: catalog.rights.get(o.right)!.amount?.period ?? null,
        missing: lacking,
        conflicts: o.conflicts,
      });
      if (!position || !IN_PROGRESS.has(position.state)) {
        out.detections.push({ householdId: household.householdId, right: o.right, inputHash: snapshot.hash });
        detected.push(o.right);
      }
    }
    if (detected.length > 0) out.snapshots.push({ householdId: household.householdId, json: snapshots!.union(detected) });
  });
  return out;
}
