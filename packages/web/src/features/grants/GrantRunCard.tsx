import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRightName } from '../../api/rightNames.ts';
import { RunProgressBar } from '../../components/RunProgressBar.tsx';
import { ensureGrantsNamespace } from './i18n/namespace.ts';
import type { GrantRun } from './grants.api.ts';

/** One grant run: status and progress bar with counts, and where to see its decisions and payments. */
export function GrantRunCard({ run, municipality, heading: Heading = 'h3', withLinks = true }: { run: GrantRun; municipality: string; heading?: 'h2' | 'h3'; withLinks?: boolean }) {
  const { t } = useTranslation(ensureGrantsNamespace());
  const rightName = useRightName();
  return (
    <section className="card" data-grant-run={run.id} aria-labelledby={`grant-run-${run.id}`}>
      <Heading id={`grant-run-${run.id}`} className="card__title">
        {t('run', { id: run.id, municipality, date: run.at_date })}
      </Heading>
      <p className="muted">{t('runRights', { count: run.rights.length, rights: run.rights.map(rightName).join(', ') || t('noRights') })}</p>
      <RunProgressBar processed={run.progress.processed} total={run.progress.total} label={t('progressLabel', { id: run.id })}>
        <strong>{t(`status.${run.status}`)}</strong> — {t('counts', { ...run.progress })}
      </RunProgressBar>
      {run.error && (
        <div role="alert" className="message message--error">
          <p>{t('failedBecause')}</p>
          <p className="muted">{t('failedDetail', { error: run.error })}</p>
        </div>
      )}
      {withLinks && (
        <p>
          <Link to={`/rechtendetectie/toekenningen/${run.id}`}>{t('openRun', { id: run.id })}</Link>
        </p>
      )}
      {run.status === 'done' && (
        <p>
          <a href={`/api/grants/runs/${run.id}/payments.csv`} download={t('paymentsFile', { id: run.id })}>
            {t('payments', { id: run.id })}
          </a>
        </p>
      )}
    </section>
  );
}
