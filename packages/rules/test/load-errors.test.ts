import { describe, expect, it } from 'vitest';
import { formatLoadError, loadCatalog, type LoadError } from '../src/index.ts';
import type { SourceFile } from '../src/load/source.ts';

const FACTS: SourceFile = {
  path: 'facts.yaml',
  text: `- { id: date_of_birth, entity: person, type: date }
- { id: net_income_monthly, entity: person, type: money, unit: EUR/month }
- { id: tenure, entity: household, type: enum, values: [huurder-privaat, eigenaar] }
`,
};

/** A valid right whose eligibility expression (line 13) and extra keys can be replaced. */
function right(id: string, expr: string, extra = ''): SourceFile {
  return {
    path: `rights/${id}.yaml`,
    text: `id: ${id}
name: { nl: N, fr: N, en: N }
description: { nl: D, fr: D, en: D }
level: federal
provider: { nl: P, fr: P, en: P }
domain: inkomen
granting: on-request
legal_basis: Wet
sources: [{ url: https://example.org, verified_on: 2026-11-22 }]
eligibility:
  id: voorwaarde
  text: { nl: T, fr: T, en: T }
  expr: "${expr}"
${extra}`,
  };
}

function errorsOf(...files: SourceFile[]): LoadError[] {
  const result = loadCatalog([FACTS, ...files]);
  if (result.ok) throw new Error('the catalogue loaded, but it has an error');
  return result.errors;
}

describe('load errors name file:line:column, what is wrong and what was expected', () => {
  it('yaml-syntax', () => {
    const [e] = errorsOf({ path: 'rights/kapot.yaml', text: 'id: kapot\nname: { nl: N\n' });
    expect(e).toMatchObject({ code: 'yaml-syntax', file: 'rights/kapot.yaml', line: 3, column: 1 });
  });

  it('schema: an unknown level', () => {
    const file = right('a', 'age(person) >= 18');
    file.text = file.text.replace('level: federal', 'level: europees');
    const [e] = errorsOf(file);
    expect(e).toMatchObject({ code: 'schema', line: 4, column: 8, message: '"level" of right "a" is "europees"' });
    expect(e!.expected).toBe('one of federal, flemish, provincial, local');
  });

  it('expression-syntax', () => {
    const [e] = errorsOf(right('a', 'age(person) >= '));
    expect(e).toMatchObject({ code: 'expression-syntax', line: 13, column: 25, expected: 'a value or a name' });
    expect(formatLoadError(e!)).toBe('rights/a.yaml:13:25: condition "voorwaarde": the expression ends too soon. Expected: a value or a name.');
  });

  it('unknown-fact', () => {
    const [e] = errorsOf(right('a', 'person.netto_inkomen > 0'));
    expect(e).toMatchObject({ code: 'unknown-fact', line: 13, column: 10, message: 'condition "voorwaarde": unknown fact "netto_inkomen"' });
  });

  it('unknown-name', () => {
    const [e] = errorsOf(right('a', 'person.net_income_monthly <= grens'));
    expect(e).toMatchObject({ code: 'unknown-name', line: 13, column: 39, message: 'condition "voorwaarde": "grens" is not a parameter of a' });
  });

  it('type-error: money compared with a date', () => {
    const [e] = errorsOf(right('a', 'person.net_income_monthly < person.date_of_birth'));
    expect(e).toMatchObject({ code: 'type-error', line: 13, column: 36, message: 'condition "voorwaarde": cannot compare an amount in EUR with a date' });
    expect(e!.expected).toContain('two values of the same kind');
  });

  it('type-error: a value that is not in the enum', () => {
    const [e] = errorsOf(right('a', "household.tenure = 'huurder'"));
    expect(e).toMatchObject({ code: 'type-error', line: 13, column: 27, expected: 'one of huurder-privaat, eigenaar' });
  });

  it('unknown-right', () => {
    const [e] = errorsOf(right('a', 'right(leefloon)'));
    expect(e).toMatchObject({ code: 'unknown-right', line: 13, column: 16, message: 'condition "voorwaarde": there is no right "leefloon"' });
  });

  it('cycle', () => {
    const errors = errorsOf(right('a', 'right(b)'), right('b', 'right(a)'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'cycle', file: 'rights/b.yaml', line: 13, column: 16, message: 'right "b" depends on itself: a → b → a' });
  });

  it('duplicate right id', () => {
    const second = { ...right('a', 'age(person) >= 18'), path: 'rights/kopie.yaml' };
    const [e] = errorsOf(right('a', 'age(person) >= 18'), second);
    expect(e).toMatchObject({ code: 'duplicate', file: 'rights/kopie.yaml', line: 1, column: 5, message: 'right "a" is also defined in rights/a.yaml' });
  });

  it('reports every error of every file and loads nothing', () => {
    const result = loadCatalog([FACTS, right('a', 'person.x > 0'), right('b', 'right(c)'), right('ok', 'age(person) >= 18')]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.code)).toEqual(['unknown-fact', 'unknown-right']);
  });
});
