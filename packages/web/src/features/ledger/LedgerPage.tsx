import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { Page } from '../../app/Page.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { useRightName } from '../../api/rightNames.ts';
import { formatDateTime } from '../../components/format.ts';
import { useExplorerCatalog } from '../explorer/catalog/catalogData.ts';
import { ensureLedgerNamespace } from './i18n/namespace.ts';
import { LedgerInputs } from './LedgerInputs.tsx';
import { ledgerReason } from './ledgerReason.ts';
import { stepActor, type StepActor } from './ledgerStep.ts';
import { useRulesText } from './useRulesText.ts';
import './ledger.css';

/** One ledger transition (GET /api/ledger/households/:id). */
interface Transition extends StepActor {
  id: string;
  right: string;
  period: string;
  state: string;
  reason: string | null;
  evidence: unknown;
  catalog_version: string;
  input_snapshot: unknown;
  at: string;
}

/**
 * The take-up ledger of a household: every transition with who recorded it, the rules it was
 * decided under and the facts it used, all in plain words. The facts are named from the
 * catalogue the browser already caches for the Rechtenverkenner.
 */
export function LedgerPage() {
  const { t, i18n } = useTranslation(ensureLedgerNamespace());
  const { householdId } = useParams();
  const rightName = useRightName();
  const catalog = useExplorerCatalog();
  const rules = useRulesText();
  const ledger = useQuery({
    queryKey: ['ledger', householdId],
    queryFn: () => api.get<{ history: Transition[] }>(`/api/ledger/households/${householdId}`),
  });
  return (
    <Page title={t('title')}>
      <p>{t('intro')}</p>
      <QueryStatus isPending={ledger.isPending} error={ledger.error} />
      {ledger.data && ledger.data.history.length === 0 && <p>{t('empty')}</p>}
      {ledger.data && ledger.data.history.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('right')}</th>
                <th scope="col">{t('state')}</th>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('who')}</th>
                <th scope="col">{t('version')}</th>
                <th scope="col">{t('inputs')}</th>
              </tr>
            </thead>
            <tbody>
              {ledger.data.history.map((row) => {
                const reason = ledgerReason(row.evidence, row.reason, (code) => t(`reasonCode.${code}`));
                return (
                  <tr key={row.id} data-state={row.state}>
                    <td data-right={row.right}>
                      {rightName(row.right)} ({row.period})
                    </td>
                    <td>
                      {t(`states.${row.state}`, { defaultValue: row.state })}
                      {reason && (
                        <>
                          <br />
                          {t('reason')}: {reason}
                        </>
                      )}
                    </td>
                    <td>{formatDateTime(row.at, i18n.language)}</td>
                    <td>{stepActor(row, (how) => t(`system.${how}`))}</td>
                    <td data-catalog-version={row.catalog_version}>{rules(row.catalog_version)}</td>
                    <td>
                      <LedgerInputs snapshot={row.input_snapshot} catalog={catalog.data} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
