import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles, ROOT } from './generate-catalog-docs.ts';

const files = [...generatedFiles()];

describe('generated catalogue documentation', () => {
  it.each(files.map(([path]) => path))('%s is up to date (regenerate with: npx tsx scripts/generate-catalog-docs.ts)', (path) => {
    const expected = files.find(([p]) => p === path)![1];
    let actual = '';
    try {
      actual = readFileSync(join(ROOT, path), 'utf8');
    } catch {
      actual = '(missing)';
    }
    expect(actual === expected, `${path} is stale: run npx tsx scripts/generate-catalog-docs.ts and commit the result`).toBe(true);
  });

  it('lists every right of the catalogue with its level, domain, granting mode and verification date', () => {
    const catalogMd = files.find(([p]) => p === 'docs/catalog.md')![1];
    for (const id of ['leefloon', 'verhoogde-tegemoetkoming', 'sociaal-tarief-energie']) {
      expect(catalogMd).toMatch(new RegExp(`\\| \`${id}\` \\| federal \\| [a-z-]+ \\| (automatic|proactive|on-request) \\| \\d{4}-\\d{2}-\\d{2} \\|`));
    }
  });

  it('documents every fact of facts.yaml in docs/situation.md', () => {
    const situationMd = files.find(([p]) => p === 'docs/situation.md')![1];
    const ids = [...readFileSync(join(ROOT, 'catalog/facts.yaml'), 'utf8').matchAll(/^- id: (\S+)/gm)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter((id) => !situationMd.includes(`### \`${id}\``))).toEqual([]);
  });
});
