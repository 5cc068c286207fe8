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
 * The check list for a dossier: the organisation's own set (matched by name), else the set of its
 * type of organisation for the municipality the household lives in (an OCMW checks its
 * municipality's local rights), else the standard set for everyone.
 */
export function setForOrganisation(
  sets: RechtencheckSet[],
  organisation: { name: string; type: string },
  municipality: string | null,
): RechtencheckSet | null {
  return (
    sets.find((s) => s.organisation?.name === organisation.name) ??
    sets.find((s) => s.organisation?.type === organisation.type && municipality !== null && s.organisation.municipality === municipality) ??
    sets.find((s) => s.organisation === null) ??
    null
  );
}
