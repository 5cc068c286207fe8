import i18next from 'i18next';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';

/** The i18next namespace of the ledger feature. */
export const LEDGER_NS = 'ledger';

/**
 * Adds the namespace in all three languages (small enough to travel together). Called at render
 * time, not at import, because the navigation imports it before i18next is initialised.
 */
export function ensureLedgerNamespace(): string {
  if (!i18next.hasResourceBundle('nl', LEDGER_NS)) {
    i18next.addResourceBundle('nl', LEDGER_NS, nl, true, true);
    i18next.addResourceBundle('fr', LEDGER_NS, fr, true, true);
    i18next.addResourceBundle('en', LEDGER_NS, en, true, true);
  }
  return LEDGER_NS;
}
