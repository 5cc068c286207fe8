import { useTranslation } from 'react-i18next';

/** Shown for the moment the first page's code is still loading (slow connections). */
export function StartingUp() {
  const { t } = useTranslation();
  return (
    <main id="main">
      <p role="status" className="message">
        {t('common.loading')}
      </p>
    </main>
  );
}
