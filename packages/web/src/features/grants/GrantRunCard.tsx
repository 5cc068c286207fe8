import { ProgressBar } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ensureGrantsNamespace } from './i18n/namespace.ts';
import type { GrantRun } from './grants.api.ts';

/** One grant run: status and progress bar with counts, and where to see its decisions and payments. */
export function GrantRunCard({ run, municipality, heading: Heading = 'h3', withLinks = true }: { run: GrantRun; municipality: string; heading?: 'h2' | 'h3'; withLinks?: boolean }) {
  const { t } = useTranslation(ensureGrantsNamespace());
  const { total, processed } = run.progress;
  return (
    <section className="card" data-grant-run={run.id} aria-labelledby={`grant-run-${run.id}`}>
      <Heading id={`grant-run-${run.id}`} className="card__title">
        {t('run', { id: run.id, municipality, date: run.at_date })}
      </Heading>
      <p className="muted">{t('runRights', { count: run.rights.length, rights: run.rights.join(', ') || t('noRights') })}</p>
      <ProgressBar className="progress" value={total === 0 ? 1 : processed} maxValue={Math.max(total, 1)} aria-label={t('progressLabel', { id: run.id })}>
        {({ percentage }) => (
          <>
            <div className="progress__track">
              <div className="progress__fill" style={{ width: `${percentage ?? 0}%` }} />
            </div>
            <p>
              <strong>{t(`status.${run.status}`)}</strong> — {t('counts', { ...run.progress })}
            </p>
          </>
        )}
      </ProgressBar>
      {run.error && (
        <p role="alert" className="message message--error">
          {t('failedBecause', { error: run.error })}
        </p>
      )}
      {withLinks && (
        <p>
          <Link to={`/rechtendetectie/toekenningen/${run.id}`}>{t('openRun', { id: run.id })}</Link>
        </p>
      )}
      {run.status === 'done' && (
        <p>
          <a href={`/api/grants/runs/${run.id}/payments.csv`} download={`betalingen-${run.id}.csv`}>
            {t('payments', { id: run.id })}
          </a>
        </p>
      )}
    </section>
  );
}
