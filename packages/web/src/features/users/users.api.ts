import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { ItemList, UserAccount } from '../../api/types.ts';

/** Every account the beheerder manages. */
export function useUsers() {
  return useQuery({
    queryKey: ['users'],
    queryFn: async () => (await api.get<ItemList<UserAccount>>('/api/users')).items,
  });
}
