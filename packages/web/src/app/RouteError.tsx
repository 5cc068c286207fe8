import { useTranslation } from 'react-i18next';
import { Page } from './Page.tsx';

/**
 * Shown when a route fails to load (e.g. a new version was deployed and an old code chunk is
 * gone); reloading fetches the current version.
 */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Page title={t('routeError.title')}>
      <p role="alert">{t('routeError.body')}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
      </p>
    </Page>
  );
}
