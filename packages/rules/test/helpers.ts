import { fileURLToPath } from 'node:url';
import { loadCatalog, type Catalog } from '../src/index.ts';
import { readCatalogDirectory } from '../src/node/index.ts';

/** The example catalogue's directory. */
export const EXAMPLES = fileURLToPath(new URL('../examples', import.meta.url));

/** The shipped catalogue's directory (catalog/ at the repository root). */
const SHIPPED = fileURLToPath(new URL('../../../catalog', import.meta.url));

/** Loads the catalogue in `dir`, failing loudly if it does not load. */
function catalogIn(dir: string): Catalog {
  const files = readCatalogDirectory(dir);
  const result = loadCatalog([files.facts, ...files.rights]);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.catalog;
}

/** Loads the example catalogue, failing loudly if it does not load. */
export function exampleCatalog(): Catalog {
  return catalogIn(EXAMPLES);
}

/** Loads the shipped catalogue, failing loudly if it does not load. */
export function shippedCatalog(): Catalog {
  return catalogIn(SHIPPED);
}
