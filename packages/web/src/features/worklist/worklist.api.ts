import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

/** One household on the worklist (GET /api/worklist). */
export interface WorklistItem {
  household_id: string;
  dossier_id: string | null;
  title: string | null;
  neighbourhood: string | null;
  rights: { right: string; state: string; amount: number | null; period: string | null }[];
  value_per_year: number;
  children: number;
  no_income: boolean;
  last_rechtencheck: string | null;
  rechtencheck_overdue: boolean;
  assignee: { id: string; name: string } | null;
  priority: number;
}

/** Languages a letter can be written in (the server falls back to the person's own, then Dutch). */
export const LETTER_LANGUAGES = ['nl', 'fr', 'en'] as const;

/** Orders the worklist can be sorted in. */
export const ORDERS = ['priority', 'missed', 'value', 'vulnerability', 'last-check'] as const;

/** The worklist in the chosen order, optionally for one right. */
export function useWorklist(order: string, right: string) {
  const query = new URLSearchParams({ order, ...(right ? { right } : {}) });
  return useQuery({
    queryKey: ['worklist', order, right],
    queryFn: () => api.get<{ items: WorklistItem[]; total: number; opted_out_hidden: number }>(`/api/worklist?${query}`),
  });
}

/** Case workers of the organisation to assign to. */
export function useAssignees() {
  return useQuery({
    queryKey: ['worklist-assignees'],
    queryFn: async () => (await api.get<{ items: { id: string; name: string }[] }>('/api/worklist/assignees')).items,
  });
}

/** Every change on the worklist refreshes it. */
function useWorklistMutation<T, R>(fn: (input: T) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['worklist'] }) });
}

/** Assigns a household to a case worker. */
export function useAssign() {
  return useWorklistMutation((input: { household: string; assignee: string | null }) =>
    api.post(`/api/worklist/households/${input.household}/assign`, { assignee_user_id: input.assignee === null ? null : Number(input.assignee) }),
  );
}

/** Records an outreach action; a letter comes back with the URL of its PDF and the language it was written in. */
export function useOutreach() {
  return useWorklistMutation((input: { household: string; right: string; kind: 'home-visit' | 'letter' | 'phone' | 'partner'; outcome: string; language?: string }) =>
    api.post<{ id: string; letter_url: string | null; language: 'nl' | 'fr' | 'en' | null }>(`/api/outreach/households/${input.household}/actions`, {
      kind: input.kind,
      outcome: input.outcome,
      right: input.right,
      ...(input.language ? { language: input.language } : {}),
    }),
  );
}

/** Records a take-up state in the ledger (aangevraagd, toegekend…). */
export function useTransition() {
  return useWorklistMutation((input: { household: string; right: string; state: string }) =>
    api.post(`/api/ledger/households/${input.household}/transitions`, { right: input.right, state: input.state }),
  );
}
