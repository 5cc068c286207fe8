import i18next from 'i18next';
import type { Role } from '../../api/types.ts';
import { ensureScreeningNamespace } from './i18n/namespace.ts';
import { ensureWorklistNamespace } from '../worklist/i18n/namespace.ts';

/**
 * The Rechtendetectie links of the main navigation for a role: screening and worklist for
 * coordinators and social workers; the rule-change impact for coordinators and policy officers
 * (aggregates only, as the server's permission `screening:impact`).
 */
export function detectionNavItems(role: Role): { to: string; label: string }[] {
  const impact = { to: '/rechtendetectie/regelwijziging', label: i18next.t('impactNav', { ns: ensureScreeningNamespace() }) };
  if (role === 'beleidsmedewerker') return [impact];
  if (role !== 'coordinator' && role !== 'maatschappelijk-werker') return [];
  return [
    { to: '/rechtendetectie', label: i18next.t('nav', { ns: ensureScreeningNamespace() }) },
    { to: '/werklijst', label: i18next.t('title', { ns: ensureWorklistNamespace() }) },
    ...(role === 'coordinator' ? [impact] : []),
  ];
}
