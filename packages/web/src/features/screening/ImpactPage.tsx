import { useState, type ChangeEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { ApiError } from '../../api/problem.ts';
import { useMe } from '../auth/session.ts';
import { ensureScreeningNamespace } from './i18n/namespace.ts';
import { useRightNames } from '../../api/rightNames.ts';
import { catalogPath, useImpact, type ImpactReport, type PublishedCount } from './impact.api.ts';
import './screening.css';
import { useWerkingsgebiedOf } from './screening.api.ts';

type ScopeChoice = 'organisation' | 'werkingsgebied' | 'population';

function ImpactTable({ report }: { report: ImpactReport }) {
  const { t, i18n } = useTranslation(ensureScreeningNamespace());
  const names = useRightNames(i18n.language.slice(0, 2));
  const name = (id: string) => names.data?.find((r) => r.id === id)?.name ?? id;
  const show = (n: PublishedCount) => (n === null ? t('impact.hidden') : String(n));
  // Rights that change for someone first; a hidden count (1 to 4) is a change too.
  const changed = report.rights.filter((r) => r.gains !== 0 || r.losses !== 0);
  const unchanged = report.rights.length - changed.length;
  return (
    <section aria-labelledby="impact-result">
      <h2 id="impact-result">{t('impact.result')}</h2>
      <p>{t('impact.summary', { households: show(report.households), current: report.current_version, changed: report.changed_version, date: report.at_date })}</p>
      <p>{t('impact.nothingChanged')}</p>
      {changed.length === 0 ? (
        <p role="status">{t('impact.noDifference')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="impact-caption" tabIndex={0}>
          <table>
            <caption id="impact-caption">{t('impact.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('impact.right')}</th>
                <th scope="col">{t('impact.before')}</th>
                <th scope="col">{t('impact.after')}</th>
                <th scope="col">{t('impact.gains')}</th>
                <th scope="col">{t('impact.losses')}</th>
              </tr>
            </thead>
            <tbody>
              {changed.map((r) => (
                <tr key={r.right} data-impact-right={r.right}>
                  <th scope="row">{name(r.right)}</th>
                  <td>{show(r.before)}</td>
                  <td>{show(r.after)}</td>
                  <td data-gains>{show(r.gains)}</td>
                  <td data-losses>{show(r.losses)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {unchanged > 0 && <p>{t('impact.unchanged', { count: unchanged })}</p>}
      <p className="muted">{t('impact.hiddenHelp')}</p>
    </section>
  );
}

/**
 * The rule-change impact: before a catalogue file is changed, a coordinator (or policy officer)
 * sees per right who would gain and who would lose it on the local caseload. Nothing changes:
 * the server compares both versions in memory and only writes the audit record.
 */
export function ImpactPage() {
  const { t, i18n } = useTranslation(ensureScreeningNamespace());
  const me = useMe();
  const gebied = useWerkingsgebiedOf(me.data?.organisation.id);
  const rights = useRightNames(i18n.language.slice(0, 2));
  const impact = useImpact();
  const [scope, setScope] = useState<ScopeChoice>('organisation');
  const [date, setDate] = useState(() => new Date().toISOString().slice(0, 10));
  const [path, setPath] = useState('');
  const [text, setText] = useState('');
  const [fileNote, setFileNote] = useState('');

  const pickFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setText(await file.text());
    const found = catalogPath(file.name, rights.data ?? []);
    if (found) setPath(found);
    setFileNote(found ? t('impact.fileRead', { name: file.name, path: found }) : t('impact.fileUnknown', { name: file.name }));
  };

  const submit = () => {
    const werkingsgebied = Number(gebied.data);
    const chosen = scope === 'organisation' || !gebied.data ? { organisation_id: Number(me.data?.organisation.id) } : scope === 'population' ? { werkingsgebied_id: werkingsgebied, population: true as const } : { werkingsgebied_id: werkingsgebied };
    impact.mutate({ scope: chosen, atDate: date, path: path.trim(), text });
  };

  const invalid = impact.error instanceof ApiError && (impact.error.code === 'catalog-invalid' || impact.error.status === 400 || impact.error.status === 422) ? impact.error : null;
  return (
    <Page title={t('impact.title')}>
      <p>{t('impact.intro')}</p>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <fieldset className="field">
          <legend>{t('impact.scope')}</legend>
          {(['organisation', 'werkingsgebied', 'population'] as const).map((choice) => (
            <div key={choice}>
              <input
                type="radio"
                id={`impact-scope-${choice}`}
                name="impact-scope"
                value={choice}
                checked={scope === choice}
                disabled={choice !== 'organisation' && !gebied.data}
                onChange={() => setScope(choice)}
              />{' '}
              <label htmlFor={`impact-scope-${choice}`}>{t(`impact.scopes.${choice}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="impact-date">{t('date')}</label>
          <input id="impact-date" type="date" className="input" value={date} required onChange={(event) => setDate(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="impact-file">{t('impact.file')}</label>
          <input id="impact-file" type="file" accept=".yaml,.yml" className="input" aria-describedby="impact-file-note" onChange={(event) => void pickFile(event)} />
          <p id="impact-file-note" className="muted" aria-live="polite">
            {fileNote || t('impact.fileHelp')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="impact-path">{t('impact.path')}</label>
          <input id="impact-path" className="input" value={path} required aria-describedby="impact-path-help" onChange={(event) => setPath(event.target.value)} />
          <p id="impact-path-help" className="muted">
            {t('impact.pathHelp')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="impact-text">{t('impact.text')}</label>
          <textarea id="impact-text" className="input impact__text" value={text} required rows={14} spellCheck={false} onChange={(event) => setText(event.target.value)} />
        </div>
        <Button type="submit" className="button" isDisabled={impact.isPending}>
          {t('impact.compare')}
        </Button>
      </form>
      {invalid ? (
        <div role="alert" className="message message--error">
          <p>{t('impact.invalid')}</p>
          <p className="impact__detail">{invalid.problem?.errors?.map((e) => `${e.path}: ${e.message}`).join('\n') || invalid.problem?.detail}</p>
        </div>
      ) : (
        <QueryStatus isPending={impact.isPending} error={impact.error} />
      )}
      {impact.isPending && (
        <p role="status" className="message">
          {t('impact.working')}
        </p>
      )}
      {impact.data && <ImpactTable report={impact.data} />}
    </Page>
  );
}
