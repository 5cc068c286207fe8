import i18next from 'i18next';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

/** The i18next namespace of the screening feature. */
export const SCREENING_NS = 'screening';

/**
 * Adds the namespace in all three languages (small enough to travel together). Called at render
 * time, not at import, because the navigation imports it before i18next is initialised.
 */
export function ensureScreeningNamespace(): string {
  if (!i18next.hasResourceBundle('nl', SCREENING_NS)) {
    i18next.addResourceBundle('nl', SCREENING_NS, nl, true, true);
    i18next.addResourceBundle('fr', SCREENING_NS, fr, true, true);
    i18next.addResourceBundle('en', SCREENING_NS, en, true, true);
  }
  return SCREENING_NS;
}
