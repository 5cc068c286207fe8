import { fileURLToPath } from 'node:url';
import { loadCatalog, type Catalog } from '../src/index.ts';
import { readCatalogDirectory } from '../src/node/index.ts';

/** The example catalogue's directory. */
export const EXAMPLES = fileURLToPath(new URL('../examples', import.meta.url));

/** Loads the example catalogue, failing loudly if it does not load. */
export function exampleCatalog(): Catalog {
  const files = readCatalogDirectory(EXAMPLES);
  const result = loadCatalog([files.facts, ...files.rights]);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.catalog;
}
