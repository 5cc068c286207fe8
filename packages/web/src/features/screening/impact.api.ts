import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

/** A count as the server publishes it: null from 1 to 4 (k-anonymity). */
export type PublishedCount = number | null;

/** One right in the rule-change impact report. */
export interface RightImpact {
  right: string;
  before: PublishedCount;
  after: PublishedCount;
  gains: PublishedCount;
  losses: PublishedCount;
}

/** The rule-change impact report (POST /api/screening/impact). */
export interface ImpactReport {
  at_date: string;
  current_version: string;
  changed_version: string;
  households: PublishedCount;
  rights: RightImpact[];
}

/** The caseload to compare on: the organisation's dossiers, or the werkingsgebied (its dossiers or every resident). */
export type ImpactScope = { organisation_id: number } | { werkingsgebied_id: number; population?: true };

/** Compares a changed catalogue file with the current catalogue; changes nothing. */
export function useImpact() {
  return useMutation({
    mutationFn: (input: { scope: ImpactScope; atDate: string; path: string; text: string }) =>
      api.post<ImpactReport>('/api/screening/impact', { scope: input.scope, at_date: input.atDate, files: [{ path: input.path, text: input.text }] }),
  });
}

/** The catalogue path of a file the user picked: facts.yaml, or rights/<level>/<id>.yaml for a known right. */
export function catalogPath(fileName: string, rights: readonly { id: string; level: string }[]): string | null {
  if (fileName === 'facts.yaml') return 'facts.yaml';
  const id = fileName.replace(/\.ya?ml$/, '');
  const level = rights.find((r) => r.id === id)?.level;
  return level ? `rights/${level}/${id}.yaml` : null;
}
