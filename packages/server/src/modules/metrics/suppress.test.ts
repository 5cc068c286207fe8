import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_COUNT, publish } from './suppress.ts';

const counts = (over: Partial<Parameters<typeof publish>[0]> = {}) => ({ detected: 0, contacted: 0, applied: 0, granted: 0, refused: 0, optedOut: 0, notReceiving: 0, ...over });

describe('k-anonymity of take-up metrics', () => {
  it('never publishes a count from 1 to 4', () => {
    fc.assert(
      fc.property(fc.record({ detected: fc.nat(50), contacted: fc.nat(50), applied: fc.nat(50), granted: fc.nat(50), refused: fc.nat(50), optedOut: fc.nat(50), notReceiving: fc.nat(50) }), (c) => {
        const out = publish(c);
        for (const key of Object.keys(c) as (keyof typeof c)[]) {
          const shown = out[key];
          expect(shown === null || shown === 0 || shown >= MIN_COUNT).toBe(true);
        }
      }),
    );
  });

  it('computes take-up as granted / (granted + still not receiving), only from shown counts', () => {
    expect(publish(counts({ granted: 30, notReceiving: 10 })).takeUpRate).toBe(0.75);
    expect(publish(counts({ granted: 30, notReceiving: 3 })).takeUpRate).toBeNull();
    expect(publish(counts({ granted: 30, notReceiving: 3 })).notReceiving).toBeNull();
  });
});
