import { ToggleButton, ToggleButtonGroup, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n/index.ts';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from '../i18n/languages.ts';

/**
 * The always-visible language switch. Each language is named in itself (so a French speaker finds
 * "Français" while the page is in Dutch); switching keeps the page and its state.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const onChange = (keys: Set<Key>) => {
    const [language] = [...keys];
    if (isLanguage(language)) void setLanguage(language);
  };
  return (
    <ToggleButtonGroup
      className="language-switch"
      aria-label={t('language.label')}
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[i18n.language]}
      onSelectionChange={onChange}
    >
      {LANGUAGES.map((language) => (
        <ToggleButton key={language} id={language} className="language-switch__option">
          <span lang={language}>{LANGUAGE_NAMES[language]}</span>
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
