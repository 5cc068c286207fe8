import { fileURLToPath } from 'node:url';
import { formatLoadError, loadCatalog, type Catalog, type SourceFile } from '@springplank/rules';
import { readCatalogDirectory } from '@springplank/rules/node';

/** The full catalogue (catalog/), or the example catalogue when it does not load. */
export function benchCatalog(): { catalog: Catalog; name: string; files: SourceFile[] } {
  for (const [dir, name] of [['../../catalog', 'catalog/'], ['../../packages/rules/examples', 'packages/rules/examples/']] as const) {
    const files = readCatalogDirectory(fileURLToPath(new URL(dir, import.meta.url)));
    const loaded = loadCatalog([files.facts, ...files.rights]);
    if (loaded.ok) return { catalog: loaded.catalog, name, files: [files.facts, ...files.rights] };
    console.error(`${name} does not load:\n${loaded.errors.slice(0, 5).map(formatLoadError).join('\n')}`);
  }
  throw new Error('no catalogue loads');
}
