import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { AuditEntry, ItemList } from '../../api/types.ts';

/** Every recorded access to one person's file (DPO only); idle until a person is chosen. */
export function usePersonAudit(personId: string | undefined) {
  return useQuery({
    queryKey: ['audit', 'persons', personId],
    queryFn: async () =>
      (await api.get<ItemList<AuditEntry>>(`/api/audit/persons/${encodeURIComponent(personId ?? '')}`)).items,
    enabled: personId !== undefined,
  });
}
