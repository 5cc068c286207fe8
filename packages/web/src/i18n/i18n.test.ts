import { describe, expect, it } from 'vitest';
import { KNOWN_ERROR_CODES } from '../components/errorMessage.ts';
import { AUDIT_OUTCOMES, DOSSIER_STATUSES, MEMBER_ROLES, ORGANISATION_TYPES, ROLES } from '../api/types.ts';
import { LOGIN_ERROR_KEYS } from '../features/auth/loginValidation.ts';
import { ROLE_ACTIONS } from '../features/home/roleActions.ts';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

/** Flattens nested translations into `a.b.c → value`. */
function flatten(tree: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

const languages = { nl: flatten(nl), fr: flatten(fr), en: flatten(en) };
const dutchKeys = [...languages.nl.keys()].sort();

/** Placeholders such as `{{name}}` in one translation. */
function placeholders(text: unknown): string[] {
  return [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

// Every source file of the web app, as text (Vite's glob import; test files excluded).
const sources = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('translations', () => {
  it.each(['fr', 'en'] as const)('%s has exactly the Dutch keys', (language) => {
    expect([...languages[language].keys()].sort()).toEqual(dutchKeys);
  });

  it.each(['nl', 'fr', 'en'] as const)('%s has no empty or non-text values', (language) => {
    const bad = [...languages[language]].filter(([, v]) => typeof v !== 'string' || v.trim() === '');
    expect(bad).toEqual([]);
  });

  it.each(['fr', 'en'] as const)('%s uses the same placeholders as Dutch', (language) => {
    const mismatched = dutchKeys.filter(
      (key) => placeholders(languages.nl.get(key)).join() !== placeholders(languages[language].get(key)).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('every literal key used in the source exists', () => {
    const files = Object.entries(sources);
    expect(files.length).toBeGreaterThan(10);
    const used = new Set<string>();
    for (const [, text] of files) {
      for (const match of text.matchAll(/\bt\(\s*'([^'`$]+)'/g)) used.add(match[1] ?? '');
      for (const match of text.matchAll(/Key:\s*'([^'`$]+)'/g)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !languages.nl.has(key))).toEqual([]);
  });

  it('every code the UI translates dynamically has a text', () => {
    const dynamic = [
      ...ROLES.map((r) => `roles.${r}`),
      ...ORGANISATION_TYPES.map((o) => `organisationTypes.${o}`),
      ...MEMBER_ROLES.map((m) => `memberRoles.${m}`),
      ...DOSSIER_STATUSES.map((s) => `dossierStatus.${s}`),
      ...AUDIT_OUTCOMES.map((o) => `auditOutcomes.${o}`),
      ...LOGIN_ERROR_KEYS.map((k) => `login.${k}`),
      ...KNOWN_ERROR_CODES.map((c) => `errors.${c}`),
      ...Object.values(ROLE_ACTIONS).flatMap((actions) => actions.flatMap((a) => [a.titleKey, a.descriptionKey])),
    ];
    expect(dynamic.filter((key) => !languages.nl.has(key))).toEqual([]);
  });
});
