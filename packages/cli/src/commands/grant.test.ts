import { describe, expect, it } from 'vitest';
import { grantProgressLine } from './grant.ts';

describe('springplank grant progress', () => {
  it('shows a bar with the share done, the grants and what went to a worker', () => {
    expect(grantProgressLine({ status: 'running', total: 80, processed: 20, granted: 3, to_worker: 1, declined: 2, refused_earlier: 1 }, 8)).toBe('[##......] 25%  20/80 households, 3 granted, 1 to a worker, 2 declined earlier, 1 refused earlier by a worker (running)');
  });

  it('is full for a municipality without automatic rights', () => {
    expect(grantProgressLine({ status: 'done', total: 0, processed: 0, granted: 0, to_worker: 0, declined: 0, refused_earlier: 0 }, 4)).toMatch(/^\[####\] 100%/);
  });
});
