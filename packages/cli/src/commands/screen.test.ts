import { describe, expect, it } from 'vitest';
import { progressLine } from './screen.ts';

describe('springplank screen progress', () => {
  it('shows a bar with the share done and every count', () => {
    const line = progressLine({ status: 'running', total: 200, processed: 50, candidates: 7, reviews: 2, respected: 1 }, 20);
    expect(line).toBe('[#####...............] 25%  50/200 households, 7 candidates, 2 to review, 1 declines respected (running)');
  });

  it('is full for an empty scope', () => {
    expect(progressLine({ status: 'done', total: 0, processed: 0, candidates: 0, reviews: 0, respected: 0 }, 4)).toMatch(/^\[####\] 100%/);
  });
});
