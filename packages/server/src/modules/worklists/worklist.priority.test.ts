import { describe, expect, it } from 'vitest';
import { priority, sortWorklist, yearlyValue, type WorklistItem } from './worklist.priority.ts';

const base = (id: number, over: Partial<WorklistItem>): WorklistItem => {
  const item = { householdId: id, dossierId: id, title: `Gezin ${id}`, neighbourhood: null, rights: [], value: 0, children: 0, noIncome: false, lastCheck: '2026-10-01', checkOverdue: false, assignee: null, ...over };
  return { ...item, priority: priority(item, '2026-11-01') };
};
const right = (r: string) => ({ right: r, state: 'mogelijk-recht', amount: null, period: null });

describe('worklist priority', () => {
  it('puts more missed rights first, then value, then vulnerability', () => {
    const one = base(1, { rights: [right('a')] });
    const two = base(2, { rights: [right('a'), right('b')] });
    const valuable = base(3, { rights: [right('a')], value: 600 });
    const children = base(4, { rights: [right('a')], children: 1 });
    expect(sortWorklist([one, two, valuable, children], 'priority').map((i) => i.householdId)).toEqual([2, 3, 4, 1]);
    expect(sortWorklist([one, valuable], 'value').map((i) => i.householdId)).toEqual([3, 1]);
  });

  it('can be sorted by the oldest Rechtencheck, never checked first', () => {
    const recent = base(1, { lastCheck: '2026-10-01' });
    const old = base(2, { lastCheck: '2024-01-01' });
    const never = base(3, { lastCheck: null });
    expect(sortWorklist([recent, old, never], 'last-check').map((i) => i.householdId)).toEqual([3, 2, 1]);
  });

  it('counts monthly amounts twelve times a year', () => {
    expect(yearlyValue(100, 'month')).toBe(1200);
    expect(yearlyValue(150, 'year')).toBe(150);
    expect(yearlyValue(null, 'month')).toBe(0);
  });
});
