import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '@springplank/rules';
import nl from './nl.json';

/** The i18next namespace of the Rechtenverkenner and the catalogue pages. */
export const EXPLORER_NS = 'explorer';

// Dutch travels with the explorer's code; French and English load when chosen.
const loaders: Record<'fr' | 'en', () => Promise<{ default: Record<string, unknown> }>> = {
  fr: () => import('./fr.json'),
  en: () => import('./en.json'),
};

i18next.addResourceBundle('nl', EXPLORER_NS, nl, true, true);

async function ensureLanguage(language: string): Promise<void> {
  if ((language !== 'fr' && language !== 'en') || i18next.hasResourceBundle(language, EXPLORER_NS)) return;
  const bundle = await loaders[language]();
  i18next.addResourceBundle(language, EXPLORER_NS, bundle.default, true, true);
}

/** The catalogue language for a UI language (the catalogue is written in nl, fr and en). */
export function catalogLang(language: string): Lang {
  return language === 'fr' || language === 'en' ? language : 'nl';
}

/**
 * `useTranslation` for the explorer namespace: loads the namespace for the current language and
 * re-renders when it arrives, so switching language keeps every answer on the page.
 */
export function useExplorerTranslation() {
  const result = useTranslation(EXPLORER_NS);
  const language = result.i18n.language;
  const [, setLoaded] = useState(0);
  useEffect(() => {
    let live = true;
    void ensureLanguage(language).then(() => live && setLoaded((n) => n + 1));
    return () => {
      live = false;
    };
  }, [language]);
  return { ...result, lang: catalogLang(language) };
}
