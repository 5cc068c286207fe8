import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { Page } from '../../app/Page.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { useRightName } from '../../api/rightNames.ts';
import { ensureLedgerNamespace } from './i18n/namespace.ts';
import { ledgerReason } from './ledgerReason.ts';
import './ledger.css';

/** One ledger transition (GET /api/ledger/households/:id). */
interface Transition {
  id: string;
  right: string;
  period: string;
  state: string;
  reason: string | null;
  evidence: unknown;
  catalog_version: string;
  input_snapshot: unknown;
  actor: string;
  at: string;
}

/** The take-up ledger of a household: every transition with its inputs and rule version. */
export function LedgerPage() {
  const { t, i18n } = useTranslation(ensureLedgerNamespace());
  const { householdId } = useParams();
  const rightName = useRightName();
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
                    <td>{new Date(row.at).toLocaleString(i18n.language)}</td>
                    <td>{row.actor === 'system' ? t('system') : row.actor}</td>
                    <td>{row.catalog_version}</td>
                    <td>
                      <pre className="snapshot">{JSON.stringify(row.input_snapshot, null, 1)}</pre>
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
