import { useTranslation } from 'react-i18next';
import { errorMessage } from './errorMessage.ts';

/** Props of {@link QueryStatus}. */
export interface QueryStatusProps {
  isPending: boolean;
  error: unknown;
}

/**
 * Shows "loading" as a polite status and a failure as an alert; renders nothing once data is
 * there. Keeps loading and error wording identical on every page.
 */
export function QueryStatus({ isPending, error }: QueryStatusProps) {
  const { t } = useTranslation();
  if (error) {
    return (
      <p role="alert" className="message message--error">
        {errorMessage(t, error)}
      </p>
    );
  }
  if (isPending) {
    return (
      <p role="status" className="message">
        {t('common.loading')}
      </p>
    );
  }
  return null;
}
