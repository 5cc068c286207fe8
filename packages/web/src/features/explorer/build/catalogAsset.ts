/// <reference types="node" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/** Where the built app serves the catalogue: one static JSON file, fetched once by the explorer. */
export const CATALOG_ASSET_DIR = 'explorer-data';

/** The catalogue as shipped to the browser: the rule files themselves, never answers. */
export interface CatalogAsset {
  version: string;
  files: { path: string; text: string }[];
}

function yamlFiles(dir: string, base: string): { path: string; text: string }[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return yamlFiles(full, base);
      if (!/\.ya?ml$/.test(name) || /\.test\.ya?ml$/.test(name)) return [];
      return [{ path: relative(base, full), text: readFileSync(full, 'utf8') }];
    });
}

/**
 * Reads catalog/facts.yaml and the right files (not their tests) and names the
 * result with a version: the newest verified-on date of a source plus a hash of the content, so
 * a rights overview says exactly which catalogue it was made with.
 */
export function readCatalogAsset(catalogDir: string): CatalogAsset {
  const files = [
    { path: 'facts.yaml', text: readFileSync(join(catalogDir, 'facts.yaml'), 'utf8') },
    ...yamlFiles(join(catalogDir, 'rights'), catalogDir),
  ];
  const hash = createHash('sha256');
  for (const f of files) hash.update(f.path).update('\0').update(f.text).update('\0');
  const dates = files.flatMap((f) => [...f.text.matchAll(/verified_on:\s*"?(\d{4}-\d{2}-\d{2})/g)].map((m) => m[1] ?? ''));
  const newest = dates.sort().at(-1) ?? 'undated';
  return { version: `${newest}.${hash.digest('hex').slice(0, 8)}`, files };
}

/**
 * Vite plugin: ships the catalogue as a static, content-addressed JSON asset (built at build
 * time, served from memory in development) and tells the app its URL through
 * `__SPRINGPLANK_CATALOG_URL__`. Keeping it out of the JavaScript bundle keeps the first load small.
 */
export function catalogAssetPlugin(catalogDir: string): Plugin {
  let asset = readCatalogAsset(catalogDir);
  const fileName = () => `${CATALOG_ASSET_DIR}/catalog-${asset.version}.json`;
  return {
    name: 'springplank-catalog-asset',
    config: () => ({ define: { __SPRINGPLANK_CATALOG_URL__: JSON.stringify(`/${fileName()}`) } }),
    configureServer(server) {
      server.watcher.add(catalogDir);
      server.middlewares.use((request, response, next) => {
        if (!request.url?.startsWith(`/${CATALOG_ASSET_DIR}/`)) return next();
        asset = readCatalogAsset(catalogDir);
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(asset));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: fileName(), source: JSON.stringify(asset) });
    },
  };
}
