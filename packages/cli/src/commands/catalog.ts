import { resolve } from 'node:path';
import type { Command } from 'commander';
import { formatLoadError, loadCatalog, runTests } from '@springplank/rules';
import { readCatalogDirectory } from '@springplank/rules/node';

/**
 * `springplank catalog test [path]`: loads the catalogue in `path` (default `catalog`:
 * facts.yaml and rights/), reports every load error with file:line:column, then runs every
 * right's YAML tests and prints a readable diff for each failure. Exits non-zero on any error.
 */
export function registerCatalog(program: Command): void {
  const catalog = program.command('catalog').description('Work with a rights catalogue');
  catalog
    .command('test')
    .description('Check a catalogue and run the YAML tests of every right')
    .argument('[path]', 'catalogue directory with facts.yaml and rights/', 'catalog')
    .option('--right <id...>', 'only the tests of these rights')
    .action((path: string, options: { right?: string[] }) => {
      process.exitCode = catalogTest(resolve(path), options.right ?? null, (line) => console.log(line));
    });
}

/** Runs the catalogue tests in a directory; returns the process exit code. */
export function catalogTest(dir: string, only: string[] | null, print: (line: string) => void): number {
  const files = readCatalogDirectory(dir);
  const loaded = loadCatalog([files.facts, ...files.rights]);
  if (!loaded.ok) {
    for (const e of loaded.errors) print(formatLoadError(e));
    print(`\n${loaded.errors.length} load error${loaded.errors.length === 1 ? '' : 's'}; the catalogue was not loaded.`);
    return 1;
  }
  const tests = only ? files.tests.filter((f) => only.some((id) => f.path.endsWith(`/${id}.test.yaml`))) : files.tests;
  const report = runTests(loaded.catalog, tests);
  for (const c of report.cases) {
    if (c.passed) continue;
    print(`✗ ${c.right} — ${c.name}  (${c.file}:${c.line})`);
    for (const d of c.diff) print(`    ${d}`);
  }
  const untested = [...loaded.catalog.rights.keys()].filter((id) => !report.cases.some((c) => c.right === id));
  if (!only && untested.length) print(`Rights without tests: ${untested.join(', ')}`);
  print(`${loaded.catalog.rights.size} rights, ${report.cases.length} tests: ${report.passed} passed, ${report.failed} failed.`);
  return report.failed ? 1 : 0;
}
