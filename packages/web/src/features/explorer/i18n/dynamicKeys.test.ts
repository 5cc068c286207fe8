import { describe, expect, it } from 'vitest';
import { DOMAINS, FACT_SOURCES, GRANTING, LEVELS, MEMBER_ROLES, STATUS_ORDER } from '@springplank/rules';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

function has(tree: unknown, key: string): boolean {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' && node.trim() !== '';
}

// Keys the explorer builds from codes (`bands.${status}.title`), which the source scan cannot see.
const dynamic = [
  ...STATUS_ORDER.flatMap((s) => [`bands.${s}.title`, `bands.${s}.intro`, `status.${s}`]),
  ...DOMAINS.map((d) => `domains.${d}`),
  ...LEVELS.map((l) => `levels.${l}`),
  ...GRANTING.flatMap((g) => [`grantingModes.${g}`, `granting.${g}`]),
  ...MEMBER_ROLES.map((r) => `roles.${r}`),
  ...FACT_SOURCES.map((s) => `worker.sources.${s}`),
  ...['month', 'year', 'once'].map((p) => `period.${p}`),
  ...['met', 'not-met', 'unknown'].map((c) => `condition.${c}`),
  ...['percent', 'years', 'months'].map((u) => `units.${u}`),
];

describe('explorer translations', () => {
  it.each([
    ['nl', nl],
    ['fr', fr],
    ['en', en],
  ] as const)('%s has a text for every code the explorer translates', (_language, bundle) => {
    expect(dynamic.filter((key) => !has(bundle, key))).toEqual([]);
  });
});
