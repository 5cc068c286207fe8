import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Text } from '@springplank/rules';
import { CATALOG_DIR } from './explorer.catalog.ts';

/** A Rechtencheck set as catalog/rechtencheck/README.md describes it (the fields used here). */
export interface RechtencheckSet {
  id: string;
  version: number;
  valid_from: string;
  name: Text;
  organisation: { type: string; name: string; municipality?: string } | null;
  rights: string[];
}

let cached: RechtencheckSet[] | undefined;

/** Every set in catalog/rechtencheck/ (read once). */
export function rechtencheckSets(dir: string = join(CATALOG_DIR, 'rechtencheck')): RechtencheckSet[] {
  if (cached) return cached;
  cached = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => parse(readFileSync(join(dir, name), 'utf8')) as RechtencheckSet);
  return cached;
}

/**
 * The check list of an organisation: its own set (matched by name), else a set for its type of
 * organisation without a name of its own, else the standard set for everyone.
 */
export function setForOrganisation(sets: RechtencheckSet[], organisation: { name: string; type: string }): RechtencheckSet | null {
  return (
    sets.find((s) => s.organisation?.name === organisation.name) ??
    sets.find((s) => s.organisation?.type === organisation.type && !s.organisation.name) ??
    sets.find((s) => s.organisation === null) ??
    null
  );
}
