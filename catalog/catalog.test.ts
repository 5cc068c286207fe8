import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOMAINS, formatLoadError, LANGS, runTests, type Catalog, type Text } from '@springplank/rules';
import { loadCatalogDirectory, readCatalogDirectory } from '@springplank/rules/node';
import { parseFactsFile } from '../packages/cli/src/facts-file.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const loaded = loadCatalogDirectory(dir);
const catalog = (): Catalog => {
  if (!loaded.ok) throw new Error(loaded.errors.map(formatLoadError).join('\n'));
  return loaded.catalog;
};

/** Every named condition of a core node tree, found by walking its child nodes. */
function namedConditions(node: unknown, out: { id: string; text: Text | null }[] = []): { id: string; text: Text | null }[] {
  if (Array.isArray(node)) node.forEach((n) => namedConditions(n, out));
  else if (node && typeof node === 'object') {
    const meta = (node as { meta?: { id: string; text: Text | null } }).meta;
    if (meta) out.push(meta);
    for (const [key, value] of Object.entries(node)) if (key !== 'meta' && key !== 'pos') namedConditions(value, out);
  }
  return out;
}

const missingLanguages = (text: Text | null | undefined) => LANGS.filter((l) => !text?.[l]?.trim());

describe('the rights catalogue', () => {
  it('loads without errors', () => {
    expect(loaded.ok ? [] : loaded.errors.map(formatLoadError)).toEqual([]);
  });

  it('passes every right\'s YAML tests', () => {
    const report = runTests(catalog(), readCatalogDirectory(dir).tests);
    const failures = report.cases.filter((c) => !c.passed).map((c) => `${c.file}:${c.line} ${c.name}\n  ${c.diff.join('\n  ')}`);
    expect(failures).toEqual([]);
    expect(report.passed).toBeGreaterThan(0);
  });

  it('has at least three tests for every right', () => {
    const report = runTests(catalog(), readCatalogDirectory(dir).tests);
    const perRight = new Map<string, number>();
    for (const c of report.cases) perRight.set(c.right, (perRight.get(c.right) ?? 0) + 1);
    const short = [...catalog().rights.keys()].filter((id) => (perRight.get(id) ?? 0) < 3);
    expect(short).toEqual([]);
  });

  it('writes every condition, name, description and provider in Dutch, French and English', () => {
    const gaps: string[] = [];
    for (const r of catalog().rights.values()) {
      for (const [field, text] of [['name', r.name], ['description', r.description], ['provider', r.provider]] as const) {
        for (const l of missingLanguages(text)) gaps.push(`${r.id}: ${field} has no ${l}`);
      }
      for (const c of namedConditions(r.eligibility)) {
        for (const l of missingLanguages(c.text)) gaps.push(`${r.id}: condition "${c.id}" has no ${l} text`);
      }
    }
    expect(gaps).toEqual([]);
  });

  it('asks every fact in Dutch, French and English and says why it is needed', () => {
    const facts = parseFactsFile(readFileSync(join(dir, 'facts.yaml'), 'utf8'));
    const gaps = facts.flatMap((f) =>
      (['question', 'help', 'why'] as const).flatMap((field) => missingLanguages(f[field]).map((l) => `${f.id}: ${field} has no ${l}`)),
    );
    expect(gaps).toEqual([]);
  });

  it('marks health and disability facts as sensitive', () => {
    const facts = parseFactsFile(readFileSync(join(dir, 'facts.yaml'), 'utf8'));
    const health = ['disability_percentage', 'it_points', 'reduced_earning_capacity', 'ivt', 'it', 'invaliditeit', 'support_need_pillar1_points'];
    const declared = facts.filter((f) => health.includes(f.id));
    expect(declared).toHaveLength(health.length);
    expect(declared.filter((f) => !f.sensitive).map((f) => f.id)).toEqual([]);
  });

  it('covers every life domain and holds at least 40 rights', () => {
    const rights = [...catalog().rights.values()];
    expect(rights.length).toBeGreaterThanOrEqual(40);
    expect(DOMAINS.filter((d) => !rights.some((r) => r.domain === d))).toEqual([]);
  });

  it('gives every right a source with the date it was verified', () => {
    const unsourced = [...catalog().rights.values()].filter((r) => !r.sources.length || r.sources.some((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s.verified_on)));
    expect(unsourced.map((r) => r.id)).toEqual([]);
  });
});
