import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './client.ts';

/**
 * The rights of the catalogue with their name and level (`/api/rights`), one cached query per
 * language shared by every page that names rights (worklist, ledger, grants, rule-change impact).
 */
export function useRightNames(lang: string) {
  return useQuery({
    queryKey: ['rights', lang],
    queryFn: async () => (await api.get<{ items: { id: string; name: string; level: string }[] }>(`/api/rights?lang=${lang}`)).items,
  });
}

/**
 * The name of a right in the reader's language, from {@link useRightNames}. The id stands in until
 * the names are loaded; it stays the value where a machine needs it (data attributes, form values).
 */
export function useRightName(): (id: string) => string {
  const { i18n } = useTranslation();
  const rights = useRightNames((i18n.resolvedLanguage ?? 'nl').slice(0, 2));
  return useMemo(() => {
    const names = new Map((rights.data ?? []).map((r) => [r.id, r.name]));
    return (id: string) => names.get(id) ?? id;
  }, [rights.data]);
}
