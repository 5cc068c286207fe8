import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import nl from './nl.json';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages.ts';

/** Where the chosen language is remembered between visits (no cookie: nothing is sent). */
const STORAGE_KEY = 'springplank.language';

// Dutch is bundled; French and English load on demand so the first load stays small.
const loaders: Record<Exclude<Language, 'nl'>, () => Promise<{ default: Record<string, unknown> }>> = {
  fr: () => import('./fr.json'),
  en: () => import('./en.json'),
};

async function ensureLoaded(language: Language): Promise<void> {
  if (language === 'nl' || i18next.hasResourceBundle(language, 'translation')) return;
  const bundle = await loaders[language]();
  i18next.addResourceBundle(language, 'translation', bundle.default, true, true);
}

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Switches the UI language without reloading (page state stays) and remembers the choice. */
export async function setLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be blocked (private mode); the switch still works for this visit.
  }
}

/** Initialises i18next with the remembered language; `<html lang>` follows every change. */
export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  const language = storedLanguage();
  await i18next.use(initReactI18next).init({
    resources: { nl: { translation: nl } },
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['nl', 'fr', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (language !== DEFAULT_LANGUAGE) await setLanguage(language);
  document.documentElement.lang = i18next.language;
  return i18next;
}
