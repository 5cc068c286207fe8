import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '@springplank/rules';
import { loadCatalogDirectory } from '@springplank/rules/node';
import { DEFAULT_CATALOG_DIR, evaluateSituation, type EvaluateOutput } from './evaluate.ts';

const examplesDir = join(DEFAULT_CATALOG_DIR, 'examples');
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.json')).sort();
const factsText = readFileSync(join(DEFAULT_CATALOG_DIR, 'facts.yaml'), 'utf8');
const bin = fileURLToPath(new URL('../../bin/springplank.js', import.meta.url));
const DATE = '2026-11-22';

let catalog: Catalog;
beforeAll(() => {
  const loaded = loadCatalogDirectory(DEFAULT_CATALOG_DIR);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
  catalog = loaded.catalog;
});

function run(file: string, lang: 'nl' | 'fr' | 'en' = 'nl'): EvaluateOutput {
  const input: unknown = JSON.parse(readFileSync(join(examplesDir, file), 'utf8'));
  const result = evaluateSituation(catalog, factsText, input, { date: DATE, lang });
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  return result.output;
}

const right = (out: EvaluateOutput, id: string) => out.rights.find((r) => r.id === id);

describe('springplank evaluate on the example situations', () => {
  it('ships the ten typical households', () => {
    expect(examples).toHaveLength(10);
  });

  it.each(examples)('%s is valid and gets an outcome with an explanation for every right', (file) => {
    const out = run(file);
    expect(out.date).toBe(DATE);
    expect(out.rights.map((r) => r.id).sort()).toEqual([...catalog.rights.keys()].sort());
    for (const r of out.rights) {
      expect(['eligible', 'eligible-if-confirmed', 'undetermined', 'not-eligible']).toContain(r.status);
      expect(r.explanation.length).toBeGreaterThan(0);
      if (r.status !== 'undetermined') expect(r.missing).toEqual([]);
    }
  });

  it('gives the single person with leefloon the leefloon and its derived rights', () => {
    const out = run('alleenstaande-met-leefloon.json');
    expect(right(out, 'leefloon')).toMatchObject({ status: 'eligible', amount: 1314.2, period: 'month' });
    for (const id of ['verhoogde-tegemoetkoming', 'sociaal-tarief-energie', 'sociale-maximumfactuur']) {
      expect(right(out, id)?.status).toBe('eligible');
    }
  });

  it('offers the homeless person a reference address', () => {
    expect(right(run('dakloze.json'), 'referentieadres')?.status).toBe('eligible');
  });

  it('finds the income guarantee for the older widow and explains it in French', () => {
    const igo = right(run('alleenwonende-oudere.json', 'fr'), 'igo');
    expect(igo?.status).toBe('eligible');
    expect(igo?.name).toBe('Garantie de revenus aux personnes âgées (GRAPA)');
  });

  it('lists the facts still missing for an undetermined right', () => {
    const vt = right(run('nieuwkomer.json'), 'verhoogde-tegemoetkoming');
    expect(vt?.status).toBe('undetermined');
    expect(vt?.missing).toContain('gross_taxable_income_n1');
  });

  it('reports every invalid fact with its path, the fact and what was expected', () => {
    const bad = { persons: [{ id: 'p1', role: 'aanvrager', facts: { date_of_birth: '2-3-1985', lefloon_category: 'alleenstaand' } }] };
    const result = evaluateSituation(catalog, factsText, bad, { date: DATE, lang: 'nl' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(expect.arrayContaining([
      { path: 'persons[0].facts.date_of_birth', fact: 'date_of_birth', message: expect.stringContaining('YYYY-MM-DD') },
      { path: 'persons[0].facts.lefloon_category', fact: 'lefloon_category', message: expect.stringContaining('unknown fact') },
    ]));
  });

  it('evaluates a household as if it lived in the municipality given with --municipality', () => {
    const kansendonk = [...catalog.rights.values()].filter((r) => r.municipality === '99001').map((r) => r.id);
    const input: unknown = JSON.parse(readFileSync(join(examplesDir, 'alleenstaande-met-leefloon.json'), 'utf8'));
    const statuses = (municipality: string) => {
      const result = evaluateSituation(catalog, factsText, input, { date: DATE, lang: 'nl', municipality });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return result.output.rights.filter((r) => kansendonk.includes(r.id)).map((r) => r.status);
    };
    expect(kansendonk.length).toBeGreaterThan(0);
    expect(statuses('99001')).toContain('eligible');
    expect(new Set(statuses('99002'))).toEqual(new Set(['not-eligible']));
    const invalid = evaluateSituation(catalog, factsText, input, { date: DATE, lang: 'nl', municipality: '123' });
    expect(invalid.ok).toBe(false);
  });

  it('runs as a command: JSON on stdout, and a non-zero exit with the errors for an invalid situation', () => {
    const ok = spawnSync(process.execPath, [bin, 'evaluate', '--date', DATE, '--lang', 'en', join(examplesDir, 'student.json')], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as EvaluateOutput).rights.length).toBe(catalog.rights.size);
    const bad = spawnSync(process.execPath, [bin, 'evaluate', '-'], { input: '{"persons":[{"id":"p1","role":"baas"}]}', encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(JSON.parse(bad.stderr)).toEqual({ errors: [{ path: 'persons[0].role', fact: null, message: expect.stringContaining('aanvrager') }] });
  }, 90_000);
});
