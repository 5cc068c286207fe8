import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { formatLoadError, type Catalog } from '@springplank/rules';
import { loadCatalog } from '@springplank/rules';
import { readCatalogDirectory } from '@springplank/rules/node';

/** The catalogue that ships with Springplank (the repository's `catalog/` directory). */
export const CATALOG_DIR = fileURLToPath(new URL('../../../../../catalog', import.meta.url));

/** The loaded catalogue and its version (the same version the web app's catalogue asset carries). */
export interface VersionedCatalog {
  catalog: Catalog;
  version: string;
}

let cached: VersionedCatalog | undefined;

/**
 * Loads catalog/ once: facts.yaml and the rights. The version is the newest verified-on date of
 * a source plus a hash of the files, computed exactly as the web build does
 * (packages/web/src/features/explorer/build/catalogAsset.ts), so a PDF made in the browser and
 * an API answer name the same catalogue the same way.
 */
export function explorerCatalog(dir: string = CATALOG_DIR): VersionedCatalog {
  if (cached && dir === CATALOG_DIR) return cached;
  const files = readCatalogDirectory(dir, dir);
  const all = [{ path: 'facts.yaml', text: files.facts.text }, ...files.rights];
  const result = loadCatalog(all);
  if (!result.ok) throw new Error(`The catalogue does not load:\n${result.errors.map(formatLoadError).join('\n')}`);
  const hash = createHash('sha256');
  for (const f of all) hash.update(f.path).update('\0').update(f.text).update('\0');
  const dates = all.flatMap((f) => [...f.text.matchAll(/verified_on:\s*"?(\d{4}-\d{2}-\d{2})/g)].map((m) => m[1] ?? ''));
  const loaded = { catalog: result.catalog, version: `${dates.sort().at(-1) ?? 'undated'}.${hash.digest('hex').slice(0, 8)}` };
  if (dir === CATALOG_DIR) cached = loaded;
  return loaded;
}
