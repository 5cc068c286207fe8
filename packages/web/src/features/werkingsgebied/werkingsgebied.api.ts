import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ItemList, Municipality, Organisation } from '../../api/types.ts';

/** The municipalities of the werkingsgebied. */
export function useMunicipalities() {
  return useQuery({
    queryKey: ['municipalities'],
    queryFn: async () => (await api.get<ItemList<Municipality>>('/api/municipalities')).items,
  });
}

/** The organisations working together in the werkingsgebied. */
export function useOrganisations() {
  return useQuery({
    queryKey: ['organisations'],
    queryFn: async () => (await api.get<ItemList<Organisation>>('/api/organisations')).items,
  });
}
