import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Dossier, Household, ItemList } from '../../api/types.ts';

/** The dossiers the signed-in user may see (the server filters by role and organisation). */
export function useDossiers() {
  return useQuery({
    queryKey: ['dossiers'],
    queryFn: async () => (await api.get<ItemList<Dossier>>('/api/dossiers')).items,
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
