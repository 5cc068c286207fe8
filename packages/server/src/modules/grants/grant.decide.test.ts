import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUS_ORDER } from '@springplank/rules';
import { decideAutomatically } from './grant.decide.ts';

describe('automatic decisions', () => {
  it('grant only a clearly eligible outcome and never produce a refusal, whatever the outcome', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATUS_ORDER), fc.boolean(), (status, uncertain) => {
        const decision = decideAutomatically({ status, uncertain });
        expect(['grant', 'to-worker', 'no-decision']).toContain(decision.kind);
        if (decision.kind === 'grant') expect(status === 'eligible' && !uncertain).toBe(true);
        if (status !== 'eligible' && status !== 'not-eligible') expect(decision.kind).toBe('to-worker');
      }),
    );
  });

  it('send eligible-if-confirmed and uncertain rights to a worker', () => {
    expect(decideAutomatically({ status: 'eligible-if-confirmed', uncertain: false })).toEqual({ kind: 'to-worker' });
    expect(decideAutomatically({ status: 'eligible', uncertain: true })).toEqual({ kind: 'to-worker' });
    expect(decideAutomatically({ status: 'not-eligible', uncertain: false })).toEqual({ kind: 'no-decision' });
  });
});
