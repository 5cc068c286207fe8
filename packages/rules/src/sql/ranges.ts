import type { CompiledSql } from './compile.ts';
import { QUERY_PARAMETER } from './compiler.ts';

/** A part of a screening run: the households with from ≤ household_id < to (null = unbounded). */
export interface HouseholdRange {
  from: number | null;
  to: number | null;
}

/**
 * The parameters that run a compiled query over one range of households only (at the positions
 * QUERY_PARAMETER gives). The SQL stays the same for every range; without a range it reads all households.
 */
export function rangeParameters(compiled: CompiledSql, range: HouseholdRange): unknown[] {
  const parameters = [...compiled.parameters];
  parameters[QUERY_PARAMETER.rangeFrom - 1] = range.from;
  parameters[QUERY_PARAMETER.rangeTo - 1] = range.to;
  return parameters;
}

/**
 * Splits household ids min…max (inclusive) into `parts` ranges of about equal width that
 * together cover every id exactly once; the first starts and the last ends unbounded, so a
 * household added meanwhile outside min…max is still read exactly once.
 */
export function householdRanges(min: number, max: number, parts: number): HouseholdRange[] {
  const count = Math.max(1, Math.min(Math.floor(parts), max - min + 1));
  const width = (max - min + 1) / count;
  const ranges: HouseholdRange[] = [];
  for (let k = 0; k < count; k++) {
    ranges.push({ from: k === 0 ? null : Math.floor(min + k * width), to: k === count - 1 ? null : Math.floor(min + (k + 1) * width) });
  }
  return ranges;
}

/**
 * Runs `run` once per range, over several database sessions at once: each session takes the
 * next range as soon as it is free (a busier session takes fewer), so two sessions on a
 * PostgreSQL server use two cores for one screening. With one session (PGlite) the ranges
 * run one after the other. Results come back in range order. The first failure rejects, and
 * from then on no session starts another range (ranges already running finish, unused), so a
 * failed run stops its work on the database soon.
 */
export async function runInRanges<S, T>(sessions: S[], ranges: HouseholdRange[], run: (session: S, range: HouseholdRange) => Promise<T>): Promise<T[]> {
  if (!sessions.length) throw new Error('runInRanges needs at least one session');
  const results: T[] = new Array(ranges.length);
  let next = 0;
  let failed = false;
  const worker = async (session: S) => {
    while (!failed && next < ranges.length) {
      const k = next++;
      try {
        results[k] = await run(session, ranges[k]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(sessions.map(worker));
  return results;
}
