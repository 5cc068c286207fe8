import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Page } from '../../app/Page.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { DecisionItem } from './DecisionItem.tsx';
import { GrantRunCard } from './GrantRunCard.tsx';
import { ensureGrantsNamespace } from './i18n/namespace.ts';
import { PAGE, useGrantMunicipalities, useGrantRun } from './grants.api.ts';

/** One grant run: its progress, the payment export, and its decisions page by page. */
export function GrantRunPage() {
  const { t } = useTranslation(ensureGrantsNamespace());
  const { runId = '' } = useParams();
  const [offset, setOffset] = useState(0);
  const detail = useGrantRun(runId, offset);
  const municipalities = useGrantMunicipalities();
  const run = detail.data?.run;
  const count = detail.data?.decision_count ?? 0;
  return (
    <Page title={t('runTitle', { id: runId })}>
      <p>
        <Link to="/rechtendetectie/toekenningen">{t('back')}</Link>
      </p>
      <QueryStatus isPending={detail.isPending} error={detail.error} />
      {run && <GrantRunCard run={run} municipality={municipalities.data?.find((m) => m.nis === run.municipality_nis)?.name ?? run.municipality_nis} heading="h2" withLinks={false} />}
      {detail.data && (
        <section aria-labelledby="decisions-title">
          <h2 id="decisions-title">{t('decisions')}</h2>
          <p>{count === 0 ? t('noDecisions') : t('shown', { from: offset + 1, to: Math.min(offset + PAGE, count), count })}</p>
          <ul className="card-list">
            {detail.data.decisions.map((d) => (
              <DecisionItem key={d.id} decision={d} />
            ))}
          </ul>
          {count > PAGE && (
            <nav className="form--inline" aria-label={t('pages')}>
              <button type="button" className="button button--secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                {t('previous')}
              </button>
              <button type="button" className="button button--secondary" disabled={offset + PAGE >= count} onClick={() => setOffset(offset + PAGE)}>
                {t('next')}
              </button>
            </nav>
          )}
        </section>
      )}
    </Page>
  );
}
