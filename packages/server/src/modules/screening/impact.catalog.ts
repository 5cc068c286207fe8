import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { CATALOG_DIR, type VersionedCatalog } from '../explorer/explorer.catalog.ts';
import { catalogForRun } from './screening.catalog.ts';

/** A catalogue file as changed by the caller: `facts.yaml` or `rights/<level>/<id>.yaml`. */
export interface ChangedFile {
  path: string;
  text: string;
}

/** Paths a change may touch: facts.yaml and right files, never anything outside the catalogue. */
export const CHANGED_PATH = /^(facts\.yaml|rights\/(federal|flemish|provincial|local)\/[a-z0-9-]+\.yaml)$/;

/**
 * The current catalogue with some files replaced or added, loaded from a throw-away copy (the
 * shipped catalogue is never touched). A changed catalogue with errors is refused with
 * `422 catalog-invalid`, like a screening run on it.
 */
export function changedCatalog(files: readonly ChangedFile[], base: string = CATALOG_DIR): VersionedCatalog {
  for (const f of files) if (!CHANGED_PATH.test(f.path)) throw new Error(`Not a catalogue file: ${f.path}`);
  const dir = mkdtempSync(join(tmpdir(), 'springplank-impact-'));
  try {
    cpSync(base, dir, { recursive: true });
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    return catalogForRun(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
