import { formatValue } from '../core/kinds/constant.ts';
import { describe } from '../core/describe.ts';
import type { FactRef } from '../eval/context.ts';
import type { Outcome } from '../eval/evaluate.ts';
import type { ExplainedCondition } from '../eval/explain.ts';
import type { Catalog } from '../load/types.ts';
import type { Lang, Status } from '../types.ts';
import { WORDS } from './words.ts';

/**
 * Renders an outcome as plain text in one language, from the condition tree: the status,
 * every named condition (met ✓, not met ✗ with value, limit and gap, unknown ? with what is
 * missing), the facts to confirm and the near-miss. Nothing is written per outcome.
 */
export function renderExplanation(outcome: Outcome, lang: Lang, catalog: Catalog): string {
  const w = WORDS[lang];
  const right = catalog.rights.get(outcome.right);
  const lines = [`${right?.name[lang] ?? outcome.right}: ${w.status[outcome.status]}`];
  if (outcome.amount !== null) lines.push(`  ${w.amount}: ${formatValue(outcome.amount, 'money', lang)}${outcome.period ? ` ${w.period[outcome.period]}` : ''}`);
  if (outcome.explanation) lines.push(...conditionLines(outcome.explanation, lang, catalog, 1));
  for (const m of outcome.members ?? []) {
    lines.push(`  ${w.member} ${m.person}: ${w.status[m.status]}`);
    if (m.explanation) lines.push(...conditionLines(m.explanation, lang, catalog, 2));
  }
  if (outcome.confirm.length) lines.push(`  ${w.confirm}: ${outcome.confirm.map((r) => factName(r, lang, catalog)).join(', ')}`);
  if (outcome.nearMiss) {
    const n = outcome.nearMiss;
    const size = formatValue(Math.abs(n.change), n.type, lang);
    lines.push(`  ${w.nearMiss(factName(n, lang, catalog), size, n.change < 0)}`);
  }
  if (outcome.uncertain) lines.push(`  ${w.uncertain}`);
  return lines.join('\n');
}

/** The plain-text lines of one explained condition and its named children. */
export function conditionLines(c: ExplainedCondition, lang: Lang, catalog: Catalog, depth: number): string[] {
  const w = WORDS[lang];
  const indent = '  '.repeat(depth);
  const children = c.children.flatMap((child) => conditionLines(child, lang, catalog, c.id === null ? depth : depth + 1));
  if (c.id === null) return children;
  const mark = c.status === 'met' ? '✓' : c.status === 'not-met' ? '✗' : '?';
  let line = `${indent}${mark} ${c.text?.[lang] ?? sentence(describe(c.node, lang))}`;
  if (c.status === 'not-met' && c.detail && c.detail.gap !== null && c.detail.type !== 'date') {
    const { value, threshold, gap, type } = c.detail;
    line += ` (${w.yours}: ${formatValue(value, type, lang)}, ${w.limit}: ${formatValue(threshold, type, lang)}, ${w.gap(formatValue(Math.abs(gap), type, lang), gap > 0)})`;
  }
  if (c.status === 'unknown' && c.missing.length) line += ` (${w.missing}: ${c.missing.map((m) => factName(m, lang, catalog)).join(', ')})`;
  return [line, ...children];
}

/** A fact named for a reader: its label, else its question, else its id. */
export function factName(ref: Pick<FactRef, 'fact' | 'person'>, lang: Lang, catalog: Catalog): string {
  const def = catalog.vocabulary.facts.get(ref.fact);
  const q = def?.question?.[lang];
  const name = def?.label?.[lang] ?? (q ? `“${q}”` : ref.fact.replaceAll('_', ' '));
  return ref.person ? `${name} (${ref.person})` : name;
}

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The status of an outcome in words. */
export function statusWords(status: Status, lang: Lang): string {
  return WORDS[lang].status[status];
}
