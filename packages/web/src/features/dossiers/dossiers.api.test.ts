import { describe, expect, it } from 'vitest';
import { DOSSIER_PAGE_SIZE, nextDossierOffset } from './dossiers.api.ts';

const page = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('nextDossierOffset', () => {
  it('asks for the next page after a full one', () => {
    const pages = [page(DOSSIER_PAGE_SIZE), page(DOSSIER_PAGE_SIZE)];
    expect(nextDossierOffset(pages[1]!, pages)).toBe(2 * DOSSIER_PAGE_SIZE);
  });

  it('stops after a short page', () => {
    const pages = [page(DOSSIER_PAGE_SIZE), page(3)];
    expect(nextDossierOffset(pages[1]!, pages)).toBeUndefined();
  });

  it('stops on an empty first page', () => {
    expect(nextDossierOffset([], [[]])).toBeUndefined();
  });
});
