// Generates docs/catalog.md, docs/situation.md and catalog/situation.schema.json from the
// catalogue, so the documentation can never drift from the rules: `npx tsx scripts/generate-catalog-docs.ts`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatLoadError } from '@springplank/rules';
import { loadCatalogDirectory } from '@springplank/rules/node';
import { parseFactsFile } from '../packages/cli/src/facts-file.ts';
import { situationSchema } from '../packages/cli/src/situation-schema.ts';
import { renderCatalogDoc } from './catalog-docs/catalog-md.ts';
import { renderSituationDoc } from './catalog-docs/situation-md.ts';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Every generated file, by path relative to the repository root, with its expected content. */
export function generatedFiles(root = ROOT): Map<string, string> {
  const catalogDir = join(root, 'catalog');
  const loaded = loadCatalogDirectory(catalogDir, { base: root });
  if (!loaded.ok) throw new Error(`The catalogue does not load:\n${loaded.errors.map(formatLoadError).join('\n')}`);
  const facts = parseFactsFile(readFileSync(join(catalogDir, 'facts.yaml'), 'utf8'));
  return new Map([
    ['docs/catalog.md', renderCatalogDoc(loaded.catalog)],
    ['docs/situation.md', renderSituationDoc(facts)],
    ['catalog/situation.schema.json', `${JSON.stringify(situationSchema(facts), null, 2)}\n`],
  ]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [path, text] of generatedFiles()) {
    writeFileSync(join(ROOT, path), text);
    console.log(`wrote ${path}`);
  }
}
