import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Dossier, Household, ItemList } from '../../api/types.ts';

/** How many dossiers one "show more" step loads. */
export const DOSSIER_PAGE_SIZE = 50;

/** The offset of the next page, or `undefined` after a short (last) page. */
export function nextDossierOffset(lastPage: readonly unknown[], pages: readonly (readonly unknown[])[]): number | undefined {
  return lastPage.length < DOSSIER_PAGE_SIZE ? undefined : pages.length * DOSSIER_PAGE_SIZE;
}

/**
 * The dossiers the signed-in user may see (the server filters by role and organisation), a page
 * at a time. A page shorter than the page size is the last one.
 */
export function useDossierPages() {
  return useInfiniteQuery({
    queryKey: ['dossiers', 'pages'],
    initialPageParam: 0,
    queryFn: async ({ pageParam }) =>
      (await api.get<ItemList<Dossier>>(`/api/dossiers?limit=${DOSSIER_PAGE_SIZE}&offset=${pageParam}`)).items,
    getNextPageParam: nextDossierOffset,
  });
}

/** One dossier. */
export function useDossier(id: string) {
  return useQuery({
    queryKey: ['dossiers', id],
    queryFn: () => api.get<Dossier>(`/api/dossiers/${encodeURIComponent(id)}`),
  });
}

/** A household with its members; waits until the id is known. */
export function useHousehold(id: string | undefined) {
  return useQuery({
    queryKey: ['households', id],
    queryFn: () => api.get<Household>(`/api/households/${encodeURIComponent(id ?? '')}`),
    enabled: id !== undefined,
  });
}
