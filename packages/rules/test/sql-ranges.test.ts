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

  it('stop at the first failure: the run rejects with it and no session starts another range', async () => {
    const ranges = householdRanges(1, 100, 5);
    const started: number[] = [];
    let release!: () => void;
    const busy = new Promise<void>((resolve) => (release = resolve));
    const run = runInRanges(['a', 'b'], ranges, async (session, range) => {
      started.push(ranges.indexOf(range));
      if (session === 'a') throw new Error('database gone');
      await busy; // b is still reading its range when a fails
      return range.from;
    });
    await expect(run).rejects.toThrow('database gone');
    release();
    // b finishes its range here; a next range would have started before this timer fires.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([0, 1]);
  });
});
