import i18next from 'i18next';
import type { Role } from '../../api/types.ts';
import { ensureScreeningNamespace } from './i18n/namespace.ts';
import { ensureWorklistNamespace } from '../worklist/i18n/namespace.ts';

/** The Rechtendetectie links of the main navigation for a role (coordinators and social workers). */
export function detectionNavItems(role: Role): { to: string; label: string }[] {
  if (role !== 'coordinator' && role !== 'maatschappelijk-werker') return [];
  return [
    { to: '/rechtendetectie', label: i18next.t('nav', { ns: ensureScreeningNamespace() }) },
    { to: '/werklijst', label: i18next.t('title', { ns: ensureWorklistNamespace() }) },
  ];
}
