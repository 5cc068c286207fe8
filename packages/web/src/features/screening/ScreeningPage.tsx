import { useState } from 'react';
import { Button, Checkbox, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../app/Page.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { RunProgressBar } from '../../components/RunProgressBar.tsx';
import { useMe } from '../auth/session.ts';
import { ensureScreeningNamespace } from './i18n/namespace.ts';
import './screening.css';
import { useCancelRun, useRuns, useStartRun, useWerkingsgebiedOf, type ScreeningRun } from './screening.api.ts';

function RunProgress({ run }: { run: ScreeningRun }) {
  const { t } = useTranslation(ensureScreeningNamespace());
  const cancel = useCancelRun();
  return (
    <li className="card" data-run={run.id}>
      <h3 className="card__title">{t('run', { id: run.id, date: run.at_date })}</h3>
      <RunProgressBar processed={run.progress.processed} total={run.progress.total} label={t('progressLabel', { id: run.id })}>
        <strong>{t(`status.${run.status}`)}</strong> — {t('counts', { ...run.progress })}
      </RunProgressBar>
      {run.status === 'failed' && (
        <div role="alert" className="message message--error">
          <p>{t('failedBecause')}</p>
          {run.error && <p className="muted">{t('failedDetail', { error: run.error })}</p>}
        </div>
      )}
      {run.status === 'running' && (
        <Button className="button" onPress={() => cancel.mutate(run.id)}>
          {t('cancel')}
        </Button>
      )}
      {run.status === 'done' && <Link to="/werklijst">{t('openWorklist')}</Link>}
    </li>
  );
}

/** The coordinator's screening page: start a run for the organisation and watch its progress. */
export function ScreeningPage() {
  const { t } = useTranslation(ensureScreeningNamespace());
  const me = useMe();
  const runs = useRuns();
  const start = useStartRun();
  const gebied = useWerkingsgebiedOf(me.data?.organisation.id);
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [population, setPopulation] = useState(false);
  return (
    <Page title={t('title')}>
      <p>{t('intro')}</p>
      {me.data?.role === 'coordinator' && (
        <form
          className="form form--inline"
          onSubmit={(event) => {
            event.preventDefault();
            const scope = population && gebied.data ? { werkingsgebied_id: Number(gebied.data), population: true as const } : { organisation_id: Number(me.data?.organisation.id) };
            start.mutate({ scope, atDate: date });
          }}
        >
          <TextField className="field" value={date} onChange={setDate} type="date">
            <Label>{t('date')}</Label>
            <Input className="input" />
          </TextField>
          <Checkbox className="checkbox" isSelected={population} onChange={setPopulation} isDisabled={!gebied.data}>
            {({ isSelected }) => (
              <>
                <span aria-hidden="true">{isSelected ? '☑' : '☐'}</span> {t('population')}
              </>
            )}
          </Checkbox>
          <Button type="submit" className="button" isDisabled={start.isPending}>
            {t('start')}
          </Button>
        </form>
      )}
      <QueryStatus isPending={start.isPending} error={start.error} />
      <h2>{t('history')}</h2>
      <QueryStatus isPending={runs.isPending} error={runs.error} />
      {runs.data && runs.data.length === 0 && <p>{t('none')}</p>}
      {runs.data && (
        <ul className="card-list">
          {runs.data.map((run) => (
            <RunProgress key={run.id} run={run} />
          ))}
        </ul>
      )}
    </Page>
  );
}
