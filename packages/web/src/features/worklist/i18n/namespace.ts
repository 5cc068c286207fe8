import i18next from 'i18next';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

/** The i18next namespace of the worklist feature. */
export const WORKLIST_NS = 'worklist';

/**
 * Adds the namespace in all three languages (small enough to travel together). Called at render
 * time, not at import, because the navigation imports it before i18next is initialised.
 */
export function ensureWorklistNamespace(): string {
  if (!i18next.hasResourceBundle('nl', WORKLIST_NS)) {
    i18next.addResourceBundle('nl', WORKLIST_NS, nl, true, true);
    i18next.addResourceBundle('fr', WORKLIST_NS, fr, true, true);
    i18next.addResourceBundle('en', WORKLIST_NS, en, true, true);
  }
  return WORKLIST_NS;
}
