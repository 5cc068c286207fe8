import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FactSource, MemberRole, Status, Text } from '@springplank/rules';
import { api } from '../../../api/client.ts';

/** A stored fact with its provenance, as GET /api/dossiers/:id/explorer returns it. */
export interface StoredFact {
  entity: 'person' | 'household';
  person_id: string | null;
  fact_id: string;
  value: string | number | boolean | null;
  source: FactSource;
  observed_on: string;
  recorded_by: string | null;
  recorded_at: string | null;
}

/** The explorer's view of a dossier. */
export interface WorkerExplorerView {
  dossier: { id: string; title: string; household_id: string };
  catalog_version: string;
  members: { id: string; membership_id: string; from: string; role: MemberRole; name: string }[];
  facts: StoredFact[];
  rechtencheck: { id: string; version: number; name: Text; rights: { right: string; status: Status; checked_on: string | null }[] } | null;
}

/** One answer to record as a fact. */
export interface AnswerToRecord {
  entity: 'person' | 'household';
  person_id?: string;
  fact_id: string;
  value: string | number | boolean;
  source: FactSource;
  observed_on: string;
}

const key = (dossierId: string) => ['explorer-worker', dossierId];

/** The dossier's household, facts with provenance and Rechtencheck. */
export function useWorkerExplorer(dossierId: string) {
  return useQuery({
    queryKey: key(dossierId),
    queryFn: () => api.get<WorkerExplorerView>(`/api/dossiers/${encodeURIComponent(dossierId)}/explorer`),
  });
}

/** A new member of the dossier household (the platform's household API). */
export interface NewMember {
  given_name: string;
  family_name: string;
  role: MemberRole;
}

/**
 * Adds a person to the household or ends a membership (the person left today), through the
 * platform's household routes; the explorer view is read again afterwards.
 */
export function useChangeHousehold(dossierId: string, householdId: string | undefined) {
  const client = useQueryClient();
  const base = `/api/households/${encodeURIComponent(householdId ?? '')}/members`;
  return useMutation({
    mutationFn: (change: { add: NewMember; valid_from: string } | { end: string; valid_until: string }) =>
      'add' in change
        ? api.post(base, { ...change.add, valid_from: change.valid_from })
        : api.post(`${base}/${encodeURIComponent(change.end)}/end`, { valid_until: change.valid_until }),
    onSuccess: () => client.invalidateQueries({ queryKey: key(dossierId) }),
  });
}

/** Records answers as facts; the answer is the refreshed view. */
export function useRecordAnswers(dossierId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answers: AnswerToRecord[]) =>
      api.post<WorkerExplorerView>(`/api/dossiers/${encodeURIComponent(dossierId)}/explorer/answers`, { answers }),
    onSuccess: (view) => client.setQueryData(key(dossierId), view),
  });
}
