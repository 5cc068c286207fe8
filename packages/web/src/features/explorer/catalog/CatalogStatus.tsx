import { useExplorerTranslation } from '../i18n/namespace.ts';

/**
 * What a page shows while the catalogue is on its way or could not be fetched: one status
 * line for screen readers and sighted users alike, so every explorer and catalogue page says
 * it the same way.
 */
export function CatalogStatus({ pending, failed }: { pending: boolean; failed: boolean }) {
  const { t } = useExplorerTranslation();
  return (
    <>
      {pending && (
        <p role="status" className="message">
          {t('page.loading')}
        </p>
      )}
      {failed && (
        <p role="alert" className="message message--error">
          {t('page.loadFailed')}
        </p>
      )}
    </>
  );
}
