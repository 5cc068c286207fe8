import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

type Text = { nl: string; fr: string; en: string };

/** A grant run with its progress (GET /api/grants/runs). */
export interface GrantRun {
  id: string;
  municipality_nis: string;
  at_date: string;
  status: 'running' | 'done' | 'failed';
  rights: string[];
  catalog_version: string;
  progress: { total: number; processed: number; granted: number; to_worker: number; declined: number; refused_earlier: number };
  error: string | null;
  started_by: string | null;
  started_at: string;
  finished_at: string | null;
}

/** One automatic decision (GET /api/grants/runs/:id): always a grant, never a refusal. */
export interface GrantDecision {
  id: string;
  household_id: string;
  person: { id: string; name: string } | null;
  right: string;
  right_name: Text | null;
  period: string;
  amount: number | null;
  amount_period: string | null;
  reasons: { nl: string[]; fr: string[]; en: string[] };
  catalog_version: string;
  letter_url: string;
  reversed: { at: string; by: string | null; reason: string } | null;
}

/** A municipality of the werkingsgebied and the rights configured automatic for it. */
export interface GrantMunicipality {
  nis: string;
  name: string;
  rights: { id: string; name: Text }[];
}

const polling = (running: boolean) => (running ? 500 : false);

/** The municipalities a grant run can be started for. */
export function useGrantMunicipalities() {
  return useQuery({
    queryKey: ['grant-municipalities'],
    queryFn: async () => (await api.get<{ items: GrantMunicipality[] }>('/api/grants/municipalities')).items,
  });
}

/** The latest grant runs; polled while one is running so the progress bar moves. */
export function useGrantRuns() {
  return useQuery({
    queryKey: ['grant-runs'],
    queryFn: async () => (await api.get<{ items: GrantRun[] }>('/api/grants/runs')).items,
    refetchInterval: (query) => polling(query.state.data?.some((r) => r.status === 'running') ?? false),
  });
}

/** One grant run with a page of its decisions; polled while it runs. */
export function useGrantRun(id: string, offset: number) {
  return useQuery({
    queryKey: ['grant-runs', id, offset],
    queryFn: () => api.get<{ run: GrantRun; decisions: GrantDecision[]; decision_count: number }>(`/api/grants/runs/${id}?limit=${PAGE}&offset=${offset}`),
    refetchInterval: (query) => polling(query.state.data?.run.status === 'running'),
    placeholderData: (previous) => previous,
  });
}

/** Decisions shown per page. */
export const PAGE = 50;

/** Starts a grant run without waiting for it (the list shows its progress). */
export function useStartGrantRun() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { municipality: string; atDate: string; right: string }) =>
      api.post<GrantRun>('/api/grants/runs', { municipality_nis: input.municipality, at_date: input.atDate, wait: false, ...(input.right ? { rights: [input.right] } : {}) }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['grant-runs'] }),
  });
}

/** Reverses an automatic decision, with the reason (coordinator). */
export function useReverseDecision() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { decision: string; reason: string }) => api.post(`/api/grants/decisions/${input.decision}/reverse`, { reason: input.reason }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['grant-runs'] }),
  });
}
