import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { GrantRunCard } from './GrantRunCard.tsx';
import { ensureGrantsNamespace } from './i18n/namespace.ts';
import { useGrantMunicipalities, useGrantRuns, useStartGrantRun } from './grants.api.ts';

/**
 * The coordinator's page for automatic granting: start a grant run for a municipality of the
 * werkingsgebied (one automatic right or all of them) on a date, and follow the runs. There is
 * nothing to refuse here: a run only grants, and sends every doubt to a worker.
 */
export function GrantRunsPage() {
  const { t, i18n } = useTranslation(ensureGrantsNamespace());
  const lang = (i18n.resolvedLanguage ?? 'nl') as 'nl' | 'fr' | 'en';
  const municipalities = useGrantMunicipalities();
  const runs = useGrantRuns();
  const start = useStartGrantRun();
  const [chosen, setChosen] = useState('');
  const [right, setRight] = useState('');
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  // Start with a municipality that has automatic rights: the others have nothing to grant.
  const municipality = chosen || (municipalities.data?.find((m) => m.rights.length > 0) ?? municipalities.data?.[0])?.nis || '';
  const rights = municipalities.data?.find((m) => m.nis === municipality)?.rights ?? [];
  const nameOf = (nis: string) => municipalities.data?.find((m) => m.nis === nis)?.name ?? nis;

  function submit(event: FormEvent) {
    event.preventDefault();
    start.mutate({ municipality, atDate: date, right });
  }

  return (
    <Page title={t('title')}>
      <p>{t('intro')}</p>
      <p>{t('noRefusal')}</p>
      <QueryStatus isPending={municipalities.isPending} error={municipalities.error} />
      {municipalities.data && (
        <form className="form" aria-labelledby="grant-start-title" onSubmit={submit}>
          <h2 id="grant-start-title">{t('startTitle')}</h2>
          <div className="form--inline">
            <div className="field">
              <label htmlFor="grant-municipality">{t('municipality')}</label>
              <select
                id="grant-municipality"
                className="input"
                value={municipality}
                onChange={(event) => {
                  setChosen(event.target.value);
                  setRight('');
                }}
              >
                {municipalities.data.map((m) => (
                  <option key={m.nis} value={m.nis}>
                    {m.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="grant-right">{t('right')}</label>
              <select id="grant-right" className="input" value={right} onChange={(event) => setRight(event.target.value)} aria-describedby="grant-right-help">
                <option value="">{t('allRights', { count: rights.length })}</option>
                {rights.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name[lang]}
                  </option>
                ))}
              </select>
              <p id="grant-right-help" className="muted">
                {rights.length === 0 ? t('noAutomaticRights') : t('rightHelp')}
              </p>
            </div>
            <div className="field">
              <label htmlFor="grant-date">{t('date')}</label>
              <input id="grant-date" type="date" className="input" required value={date} onChange={(event) => setDate(event.target.value)} />
            </div>
          </div>
          <button type="submit" className="button" disabled={start.isPending || rights.length === 0}>
            {t('start')}
          </button>
          <QueryStatus isPending={false} error={start.error} />
          <p role="status" className="message">
            {start.data ? t('started', { id: start.data.id }) : ''}
          </p>
        </form>
      )}
      <h2>{t('history')}</h2>
      <QueryStatus isPending={runs.isPending} error={runs.error} />
      {runs.data && runs.data.length === 0 && <p>{t('none')}</p>}
      {runs.data && (
        <ul className="card-list">
          {runs.data.map((run) => (
            <li key={run.id}>
              <GrantRunCard run={run} municipality={nameOf(run.municipality_nis)} />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
