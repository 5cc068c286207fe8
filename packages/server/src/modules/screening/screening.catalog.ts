import { AppError } from '../../platform/errors/problem.ts';
import { CATALOG_DIR, explorerCatalog, type VersionedCatalog } from '../explorer/explorer.catalog.ts';

/**
 * The catalogue a screening or grant run uses, with its version. A catalogue that does not
 * load (a rule error) refuses the run before anything is read: screening on broken rules
 * would record wrong candidates in the ledger.
 */
export function catalogForRun(dir: string = CATALOG_DIR): VersionedCatalog {
  try {
    return explorerCatalog(dir);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError(422, 'catalog-invalid', 'The catalogue has errors', `No run was started. Fix the catalogue first. ${detail}`);
  }
}
