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

// A feature may bring its own namespace in `features/<name>/i18n/{nl,fr,en}.json`.
const featureBundles = import.meta.glob<Record<string, unknown>>('../features/*/i18n/*.json', {
  import: 'default',
  eager: true,
});

/** `../features/x/i18n` for `../features/x/i18n/nl.json`. */
function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

/** Resolves a relative import specifier against the file that contains it (glob-style paths). */
function resolveImport(fromFile: string, specifier: string): string {
  const parts = folderOf(fromFile).split('/');
  for (const segment of specifier.split('/')) {
    if (segment === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

/**
 * The keys of the feature namespaces a source file may use: its own feature's namespace and any
 * namespace it imports (a path through an `i18n/` folder).
 */
function namespaceKeysFor(file: string, text: string): Set<string> {
  const folders = [...text.matchAll(/from\s+'(\.[^']*\/i18n\/[^']*)'/g)].map((m) => folderOf(resolveImport(file, m[1] ?? '')));
  const feature = /^\.\.\/features\/[^/]+\//.exec(file)?.[0];
  if (feature) folders.push(`${feature}i18n`);
  const keys = new Set<string>();
  for (const folder of folders) {
    const bundle = featureBundles[`${folder}/nl.json`];
    if (bundle) for (const key of flatten(bundle).keys()) keys.add(key);
  }
  return keys;
}

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
    const missing: string[] = [];
    let checked = 0;
    for (const [file, text] of files) {
      const own = namespaceKeysFor(file, text);
      const keys = [
        ...[...text.matchAll(/\bt\(\s*'([^'`$]+)'/g)].map((m) => m[1] ?? ''),
        ...[...text.matchAll(/Key:\s*'([^'`$]+)'/g)].map((m) => m[1] ?? ''),
      ];
      checked += keys.length;
      for (const key of keys) if (!languages.nl.has(key) && !own.has(key)) missing.push(`${file}: ${key}`);
    }
    expect(checked).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('every feature namespace has the same non-empty keys in nl, fr and en', () => {
    const folders = new Set(Object.keys(featureBundles).map(folderOf));
    const problems: string[] = [];
    for (const folder of folders) {
      const nlKeys = [...flatten(featureBundles[`${folder}/nl.json`] ?? {})];
      for (const language of ['fr', 'en']) {
        const other = flatten(featureBundles[`${folder}/${language}.json`] ?? {});
        for (const [key] of nlKeys) if (!other.has(key)) problems.push(`${folder}/${language}.json lacks ${key}`);
        for (const key of other.keys()) if (!nlKeys.some(([k]) => k === key)) problems.push(`${folder}/${language}.json has extra ${key}`);
        for (const [key, value] of other) if (typeof value !== 'string' || value.trim() === '') problems.push(`${folder}/${language}.json: empty ${key}`);
      }
      for (const [key, value] of nlKeys) if (typeof value !== 'string' || value.trim() === '') problems.push(`${folder}/nl.json: empty ${key}`);
    }
    expect(problems).toEqual([]);
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
