import '../explorer.css';
import { useState } from 'react';
import { Link } from 'react-router';
import { Page } from '../../../app/Page.tsx';
import { useExplorerCatalog } from '../catalog/catalogData.ts';
import { useExplorerTranslation } from '../i18n/namespace.ts';
import { emptyAnswers } from '../state/answers.ts';
import { today, useEvaluation } from '../state/evaluation.ts';
import { readStoredAnswers } from '../state/useStoredAnswers.ts';
import { OverviewView } from './OverviewView.tsx';
import { CatalogStatus } from '../catalog/CatalogStatus.tsx';

/** Citizen mode's rights overview, made from the answers saved on this device. */
export function OverviewPage() {
  const { t } = useExplorerTranslation();
  const catalog = useExplorerCatalog();
  const [answers] = useState(() => readStoredAnswers() ?? emptyAnswers());
  const result = useEvaluation(catalog.data, answers);
  return (
    <Page title={t('overview.title')}>
      <p className="no-print">
        <Link to="/rechtenverkenner">{t('overview.back')}</Link>
      </p>
      <CatalogStatus pending={catalog.isPending} failed={Boolean(catalog.error)} />
      {catalog.data && result && <OverviewView data={catalog.data} outcomes={result.outcomes} date={today()} />}
    </Page>
  );
}
