import { describe, expect, it } from 'vitest';
import { impactTable, progressLine } from './screen.ts';

describe('springplank screen progress', () => {
  it('shows a bar with the share done and every count', () => {
    const line = progressLine({ status: 'running', total: 200, processed: 50, candidates: 7, reviews: 2, respected: 1 }, 20);
    expect(line).toBe('[#####...............] 25%  50/200 households, 7 candidates, 2 to review, 1 declines respected (running)');
  });

  it('is full for an empty scope', () => {
    expect(progressLine({ status: 'done', total: 0, processed: 0, candidates: 0, reviews: 0, respected: 0 }, 4)).toMatch(/^\[####\] 100%/);
  });
});

describe('springplank screen impact table', () => {
  it('shows each right with its counts, hidden counts as <5', () => {
    const table = impactTable({
      scope: { organisation_id: 1 },
      at_date: '2026-11-01',
      current_version: 'a',
      changed_version: 'b',
      households: 40,
      rights: [
        { right: 'leefloon', before: 12, after: 15, gains: null, losses: 0 },
        { right: 'igo', before: 30, after: 25, gains: 0, losses: 5 },
      ],
    });
    expect(table.split('\n')).toEqual(['right     now  changed  gain  lose', 'leefloon   12       15   +<5    -0', 'igo        30       25    +0    -5']);
  });
});
