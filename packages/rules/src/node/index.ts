import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCatalog, type LoadOptions, type LoadResult } from '../load/catalog.ts';
import type { SourceFile } from '../load/source.ts';

/**
 * Reads every YAML file under a directory (recursively, sorted) as { path, text }, with
 * paths relative to `base` so errors name files the way a person finds them.
 */
export function readYamlFiles(dir: string, base = process.cwd()): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(name)) out.push({ path: relative(base, full) || name, text: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

/** The files of a catalogue directory: `<dir>/facts.yaml`, rights and tests under `<dir>/rights/`. */
export interface CatalogFiles {
  facts: SourceFile;
  rights: SourceFile[];
  tests: SourceFile[];
}

/** Reads a catalogue directory laid out as docs/rules.md describes. */
export function readCatalogDirectory(dir: string, base = process.cwd()): CatalogFiles {
  const factsPath = join(dir, 'facts.yaml');
  const facts = { path: relative(base, factsPath) || 'facts.yaml', text: readFileSync(factsPath, 'utf8') };
  const all = readYamlFiles(join(dir, 'rights'), base);
  return {
    facts,
    rights: all.filter((f) => !/\.test\.ya?ml$/.test(f.path)),
    tests: all.filter((f) => /\.test\.ya?ml$/.test(f.path)),
  };
}

/** Loads and checks the catalogue in a directory (facts.yaml + rights/). */
export function loadCatalogDirectory(dir: string, options: LoadOptions & { base?: string } = {}): LoadResult {
  const files = readCatalogDirectory(dir, options.base);
  return loadCatalog([files.facts, ...files.rights], options);
}
export { evaluatePopulationParallel } from './parallel.ts';
