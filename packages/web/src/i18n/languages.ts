/** The languages of the UI; Dutch is the default. */
export const LANGUAGES = ['nl', 'fr', 'en'] as const;

/** A UI language code (also the value of `<html lang>`). */
export type Language = (typeof LANGUAGES)[number];

/** The language used when nothing was chosen yet. */
export const DEFAULT_LANGUAGE: Language = 'nl';

/** Each language's name written in that language, as shown in the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  nl: 'Nederlands',
  fr: 'Français',
  en: 'English',
};

/** Narrows any string to a supported language. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
