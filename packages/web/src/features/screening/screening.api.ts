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

/** The werkingsgebied of an organisation (from GET /api/organisations). */
export function useWerkingsgebiedOf(organisationId: string | undefined) {
  return useQuery({
    queryKey: ['organisations'],
    queryFn: async () => (await api.get<{ items: { id: string; werkingsgebied_id: string | null }[] }>('/api/organisations')).items,
    select: (items) => items.find((o) => o.id === organisationId)?.werkingsgebied_id ?? null,
  });
}

/** What a run covers: the organisation's dossiers, or every resident of its werkingsgebied. */
export type RunScope = { organisation_id: number } | { werkingsgebied_id: number; population: true };

/** Starts a run. */
export function useStartRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { scope: RunScope; atDate: string }) => api.post<ScreeningRun>('/api/screening/runs', { scope: input.scope, at_date: input.atDate }),
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
