import i18next from 'i18next';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

/** The i18next namespace of the grants feature (automatic granting). */
export const GRANTS_NS = 'grants';

/**
 * Adds the namespace in all three languages. Called at render time, not at import, because the
 * navigation imports it before i18next is initialised.
 */
export function ensureGrantsNamespace(): string {
  if (!i18next.hasResourceBundle('nl', GRANTS_NS)) {
    i18next.addResourceBundle('nl', GRANTS_NS, nl, true, true);
    i18next.addResourceBundle('fr', GRANTS_NS, fr, true, true);
    i18next.addResourceBundle('en', GRANTS_NS, en, true, true);
  }
  return GRANTS_NS;
}
