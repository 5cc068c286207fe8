import i18next from 'i18next';
import type { Role } from '../../api/types.ts';
import { ensureGrantsNamespace } from './i18n/namespace.ts';

/** The automatic granting link of the main navigation: coordinators only (the server's `grant:run`). */
export function grantsNavItems(role: Role): { to: string; label: string }[] {
  return role === 'coordinator' ? [{ to: '/rechtendetectie/toekenningen', label: i18next.t('nav', { ns: ensureGrantsNamespace() }) }] : [];
}
