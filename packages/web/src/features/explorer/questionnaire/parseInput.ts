import type { FactDefinition } from '@springplank/rules';
import type { Answer } from '../state/answers.ts';

/** Why a typed answer cannot be used (a translation key of the explorer namespace), or its value. */
export type ParsedInput = { ok: true; value: Answer } | { ok: false; error: string };

/**
 * Reads a number the way people in Belgium write it: "1.190,50", "1190,5", "1 190" or "1190.50",
 * with or without a euro sign.
 */
export function parseNumber(text: string): number | null {
  let s = text.replace(/[\s\u00a0€]/g, '').replace(/^eur/i, '');
  if (!s) return null;
  if (s.includes(',')) s = s.replaceAll('.', '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replaceAll('.', '');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/**
 * Reads a date the way it is written in Belgium, day first ("2/3/1985", "02-03-1985",
 * "02.03.1985"), or as YYYY-MM-DD; returns YYYY-MM-DD, or null for no real calendar day.
 */
export function parseDate(text: string): string | null {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [y, m, d] = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : [];
  if (!y || !m || !d) return null;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** Checks and converts what was typed or chosen into the value type the fact declares. */
export function parseInput(def: FactDefinition, raw: string, pattern: string | undefined, today: string): ParsedInput {
  const text = raw.trim();
  if (!text) return { ok: false, error: 'question.errors.required' };
  switch (def.type) {
    case 'boolean':
      return text === 'true' || text === 'false' ? { ok: true, value: text === 'true' } : { ok: false, error: 'question.errors.required' };
    case 'enum':
      return def.values?.includes(text) ? { ok: true, value: text } : { ok: false, error: 'question.errors.required' };
    case 'date': {
      const iso = parseDate(text);
      if (!iso) return { ok: false, error: 'question.errors.date' };
      if (iso < '1900-01-01') return { ok: false, error: 'question.errors.dateTooEarly' };
      if (def.id === 'date_of_birth' && iso > today) return { ok: false, error: 'question.errors.dateInFuture' };
      return { ok: true, value: iso };
    }
    case 'money':
    case 'number': {
      const n = parseNumber(text);
      if (n === null) return { ok: false, error: def.type === 'money' || def.unit?.startsWith('EUR') ? 'question.errors.money' : 'question.errors.number' };
      if (n < 0) return { ok: false, error: 'question.errors.negative' };
      if (def.unit === 'percent' && n > 100) return { ok: false, error: 'question.errors.percent' };
      return { ok: true, value: n };
    }
    case 'string':
      if (pattern && !new RegExp(pattern).test(text)) return { ok: false, error: def.id === 'municipality_nis' ? 'question.errors.nis' : 'question.errors.pattern' };
      return { ok: true, value: text };
  }
}

/** How a stored answer is shown again in its input (dates day first, numbers in plain digits, booleans as choices). */
export function answerToInput(answer: Answer | undefined): string {
  if (answer === undefined || answer === null) return '';
  const iso = typeof answer === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(answer) : null;
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : String(answer);
}
