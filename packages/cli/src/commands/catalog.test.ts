import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogTest } from './catalog.ts';

const EXAMPLES = fileURLToPath(new URL('../../../rules/examples', import.meta.url));

describe('springplank catalog test', () => {
  it('passes the example catalogue and says how many tests ran', () => {
    const lines: string[] = [];
    expect(catalogTest(EXAMPLES, null, (l) => lines.push(l))).toBe(0);
    expect(lines.at(-1)).toMatch(/^7 rights, \d+ tests: \d+ passed, 0 failed\.$/);
  });

  it('prints every load error with file:line:column and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'springplank-catalog-'));
    mkdirSync(join(dir, 'rights'));
    writeFileSync(join(dir, 'facts.yaml'), '- { id: date_of_birth, entity: person, type: date }\n');
    writeFileSync(join(dir, 'rights', 'kapot.yaml'), 'id: kapot\nlevel: europees\n');
    const lines: string[] = [];
    expect(catalogTest(dir, null, (l) => lines.push(l))).toBe(1);
    expect(lines.some((l) => /kapot\.yaml:2:8: "level" of right "kapot" is "europees"/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/load errors; the catalogue was not loaded\.$/);
  });
});
