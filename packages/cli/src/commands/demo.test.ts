import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { demoLocation, wholeNumber } from './demo.ts';

describe('springplank demo options', () => {
  const households = wholeNumber(1, 1_000_000);

  it('accepts whole numbers in range, with optional digit separators', () => {
    expect(households('5000')).toBe(5000);
    expect(households('1_000_000')).toBe(1_000_000);
  });

  it('rejects zero, too many, fractions and words with a message naming the range', () => {
    for (const bad of ['0', '1000001', '2.5', '-3', 'veel', '']) {
      expect(() => households(bad)).toThrow(InvalidArgumentError);
    }
    expect(() => households('0')).toThrow(/from 1 to 1000000/);
  });

  it('prefers --data-dir over DATABASE_URL and falls back to the environment', () => {
    expect(demoLocation('/tmp/k', { DATABASE_URL: 'postgres://x/y' })).toEqual({ dataDir: '/tmp/k' });
    expect(demoLocation(undefined, { DATABASE_URL: 'postgres://x/y' })).toEqual({ url: 'postgres://x/y' });
    expect(demoLocation(undefined, { SPRINGPLANK_DATA_DIR: '/tmp/d' })).toEqual({ dataDir: '/tmp/d' });
  });
});
