import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

/** A screening run with its progress (GET /api/screening/runs/:id). */
export interface ScreeningRun {
  id: string;
  status: 'running' | 'done' | 'cancelled' | 'failed';
  at_date: string;
  catalog_version: string;
  progress: { total: number; processed: number; candidates: number; reviews: number; respected: number };
  error: string | null;
}

/** The organisation's latest runs; polled while one is running so the progress bar moves. */
export function useRuns() {
  return useQuery({
    queryKey: ['screening-runs'],
    queryFn: async () => (await api.get<{ items: ScreeningRun[] }>('/api/screening/runs')).items,
    refetchInterval: (query) => (query.state.data?.some((r) => r.status === 'running') ? 500 : false),
  });
}

/** Starts a run for the user's own organisation. */
export function useStartRun(organisationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (atDate: string) => api.post<ScreeningRun>('/api/screening/runs', { scope: { organisation_id: Number(organisationId) }, at_date: atDate }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['screening-runs'] }),
  });
}

/** Cancels a run. */
export function useCancelRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<ScreeningRun>(`/api/screening/runs/${id}/cancel`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['screening-runs'] }),
  });
}
