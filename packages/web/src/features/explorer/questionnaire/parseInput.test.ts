import { describe, expect, it } from 'vitest';
import type { FactDefinition } from '@springplank/rules';
import { parseInput, parseNumber } from './parseInput.ts';

const money: FactDefinition = { id: 'net_income_monthly', entity: 'person', type: 'money', unit: 'EUR/month' };
const birth: FactDefinition = { id: 'date_of_birth', entity: 'person', type: 'date' };
const nis: FactDefinition = { id: 'municipality_nis', entity: 'household', type: 'string' };

describe('parseNumber', () => {
  it.each([
    ['1190', 1190],
    ['1.190,50', 1190.5],
    ['1190,5', 1190.5],
    ['€ 1 190', 1190],
    ['1190.50', 1190.5],
    ['12.000', 12000],
  ])('reads %s as %d', (text, value) => expect(parseNumber(text)).toBe(value));

  it('refuses text that is not a number', () => expect(parseNumber('veel')).toBeNull());
});

describe('parseInput', () => {
  it('asks for an answer when nothing was given', () => {
    expect(parseInput(money, '  ', undefined, '2026-11-22')).toEqual({ ok: false, error: 'question.errors.required' });
  });

  it('refuses a negative amount and a birth date in the future', () => {
    expect(parseInput(money, '-5', undefined, '2026-11-22')).toEqual({ ok: false, error: 'question.errors.negative' });
    expect(parseInput(birth, '2030-01-01', undefined, '2026-11-22')).toEqual({ ok: false, error: 'question.errors.dateInFuture' });
  });

  it('reads Belgian dates day first and refuses days that do not exist', () => {
    expect(parseInput(birth, '2/3/1985', undefined, '2026-11-22')).toEqual({ ok: true, value: '1985-03-02' });
    expect(parseInput(birth, '19-05-1948', undefined, '2026-11-22')).toEqual({ ok: true, value: '1948-05-19' });
    expect(parseInput(birth, '31/02/1985', undefined, '2026-11-22')).toEqual({ ok: false, error: 'question.errors.date' });
  });

  it('checks a NIS code against the pattern of facts.yaml', () => {
    expect(parseInput(nis, '9900', '^[0-9]{5}$', '2026-11-22')).toEqual({ ok: false, error: 'question.errors.nis' });
    expect(parseInput(nis, '99001', '^[0-9]{5}$', '2026-11-22')).toEqual({ ok: true, value: '99001' });
  });
});
