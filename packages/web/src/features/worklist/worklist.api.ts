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
  /** Organisations of the werkingsgebied with an open dossier on the household. */
  organisations: { id: string; name: string }[];
  /** The aanvrager's preferred language for letters; null: unknown (letters in Dutch). */
  letter_language: 'nl' | 'fr' | 'en' | null;
  /** The earliest scheduled follow-up that no later action answered yet. */
  follow_up_on: string | null;
  priority: number;
}

/** A due or overdue follow-up (GET /api/worklist/follow-ups). */
export interface FollowUp {
  action_id: string;
  household_id: string;
  dossier_title: string | null;
  right: string | null;
  kind: 'letter' | 'phone' | 'home-visit' | 'partner';
  outcome: string;
  note: string | null;
  follow_up_on: string;
  overdue: boolean;
  recorded_by: string;
  assignee: string | null;
}

/** Languages a letter can be written in (the server falls back to the person's own, then Dutch). */
export const LETTER_LANGUAGES = ['nl', 'fr', 'en'] as const;

/** Contacts recorded with the contact form of a card (a letter has its own button: it makes a PDF). */
export const CONTACT_KINDS = ['phone', 'home-visit', 'partner'] as const;
/** A kind of contact of the contact form. */
export type ContactKind = (typeof CONTACT_KINDS)[number];
/** Outcomes of a contact, as the API knows them; the ledger follows (reached → gecontacteerd, declined → afgezien, applied → aangevraagd). */
export const CONTACT_OUTCOMES = ['reached', 'not-reached', 'planned', 'declined', 'applied'] as const;

/** Orders the worklist can be sorted in. */
export const ORDERS = ['priority', 'missed', 'value', 'vulnerability', 'last-check'] as const;

/** Filters of the worklist: a right id, an organisation id or 'none', a neighbourhood (empty: all). */
export interface WorklistFilters {
  right: string;
  organisation: string;
  neighbourhood: string;
}

/** The worklist in the chosen order and filters. */
export function useWorklist(order: string, filters: WorklistFilters) {
  const query = new URLSearchParams({ order });
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  return useQuery({
    queryKey: ['worklist', order, filters],
    queryFn: () =>
      api.get<{ items: WorklistItem[]; total: number; opted_out_hidden: number; organisations: { id: string; name: string }[]; neighbourhoods: string[] }>(
        `/api/worklist?${query}`,
      ),
    placeholderData: (previous) => previous,
  });
}

/** The follow-ups due today or overdue; refreshed with the worklist after every action. */
export function useFollowUps() {
  return useQuery({
    queryKey: ['worklist', 'follow-ups'],
    queryFn: () => api.get<{ today: string; items: FollowUp[]; opted_out_hidden: number }>('/api/worklist/follow-ups'),
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
  return useWorklistMutation((input: { household: string; right: string; kind: 'home-visit' | 'letter' | 'phone' | 'partner'; outcome: string; language?: string; followUpOn?: string; partnerOrganisation?: string }) =>
    api.post<{ id: string; letter_url: string | null; language: 'nl' | 'fr' | 'en' | null }>(`/api/outreach/households/${input.household}/actions`, {
      kind: input.kind,
      outcome: input.outcome,
      right: input.right,
      ...(input.language ? { language: input.language } : {}),
      ...(input.followUpOn ? { follow_up_on: input.followUpOn } : {}),
      ...(input.partnerOrganisation ? { partner_organisation_id: Number(input.partnerOrganisation) } : {}),
    }),
  );
}

/** Records a take-up state in the ledger (aangevraagd, toegekend…). */
export function useTransition() {
  return useWorklistMutation((input: { household: string; right: string; state: string }) =>
    api.post(`/api/ledger/households/${input.household}/transitions`, { right: input.right, state: input.state }),
  );
}
