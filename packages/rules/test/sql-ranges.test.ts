import { describe, expect, it } from 'vitest';
import { householdRanges, runInRanges } from '../src/index.ts';

const covers = (ranges: ReturnType<typeof householdRanges>, id: number) =>
  ranges.filter((r) => (r.from === null || id >= r.from) && (r.to === null || id < r.to)).length;

describe('household ranges of an SQL screening run', () => {
  it('cover every household id exactly once, also ids outside the span seen when splitting', () => {
    for (const [min, max, parts] of [[1, 10, 3], [1, 1_000_000, 8], [5, 5, 4], [1, 3, 10]] as const) {
      const ranges = householdRanges(min, max, parts);
      expect(ranges.length).toBe(Math.min(parts, max - min + 1));
      for (const id of [min - 1, min, Math.floor((min + max) / 2), max, max + 1]) expect(covers(ranges, id), `${id} in ${min}..${max}/${parts}`).toBe(1);
    }
  });

  it('run on every session at once, each taking the next range when free, results in range order', async () => {
    const ranges = householdRanges(1, 100, 6);
    const seen: string[] = [];
    const results = await runInRanges(['a', 'b'], ranges, async (session, range) => {
      seen.push(session);
      await new Promise((resolve) => setTimeout(resolve, session === 'a' ? 1 : 15));
      return range.from;
    });
    expect(results).toEqual(ranges.map((r) => r.from));
    expect(seen.filter((s) => s === 'a').length).toBeGreaterThan(seen.filter((s) => s === 'b').length);
  });

  it('stop at the first failure', async () => {
    await expect(runInRanges(['a'], householdRanges(1, 10, 2), async () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
  });
});
