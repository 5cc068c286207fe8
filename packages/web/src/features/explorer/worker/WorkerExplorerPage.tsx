import '../explorer.css';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { FactRef, FactSource } from '@springplank/rules';
import { Page } from '../../../app/Page.tsx';
import { QueryStatus } from '../../../components/QueryStatus.tsx';
import { useExplorerCatalog } from '../catalog/catalogData.ts';
import { ExplorerWorkspace } from '../ExplorerWorkspace.tsx';
import { useExplorerTranslation } from '../i18n/namespace.ts';
import { OverviewView } from '../overview/OverviewView.tsx';
import { questionKey, type Answer } from '../state/answers.ts';
import { runEvaluation, today } from '../state/evaluation.ts';
import { answersFromView } from './fromView.ts';
import { ProvenanceTable } from './ProvenanceTable.tsx';
import { RechtencheckTable } from './RechtencheckTable.tsx';
import { useRecordAnswers, useWorkerExplorer } from './worker.api.ts';
import { WorkerHousehold } from './WorkerHousehold.tsx';

const SOURCES: FactSource[] = ['self-declared', 'attest', 'worker'];

/**
 * Worker mode, opened from a dossier: the same questionnaire and results, but every answer is
 * recorded as a fact of the household with its provenance (said by the person, seen on a
 * document, or checked by the worker) and who recorded it. Reloading shows the same results;
 * the organisation's Rechtencheck shows which rights were checked and when.
 */
export function WorkerExplorerPage() {
  const { dossierId = '' } = useParams();
  const { t, lang } = useExplorerTranslation();
  const catalog = useExplorerCatalog();
  const view = useWorkerExplorer(dossierId);
  const record = useRecordAnswers(dossierId);
  const [source, setSource] = useState<FactSource>('self-declared');
  const [dontKnow, setDontKnow] = useState<ReadonlySet<string>>(new Set());
  const [position, setPosition] = useState<number | null>(null);
  const answers = useMemo(() => (view.data ? answersFromView(view.data, dontKnow) : null), [view.data, dontKnow]);
  const outcomes = useMemo(() => (catalog.data && answers ? runEvaluation(catalog.data, answers, today()).outcomes : []), [catalog.data, answers]);

  const onAnswer = (ref: FactRef, answer: Answer) => {
    if (answer === null) {
      setDontKnow((s) => new Set(s).add(questionKey(ref)));
      return;
    }
    record.mutate([
      { entity: ref.entity, ...(ref.person ? { person_id: ref.person } : {}), fact_id: ref.fact, value: answer, source, observed_on: today() },
    ]);
  };

  return (
    <Page title={t('worker.title', { dossier: view.data?.dossier.title ?? '' })}>
      <p>
        <Link to={`/dossiers/${dossierId}`}>{t('worker.backToDossier')}</Link>
      </p>
      <QueryStatus isPending={view.isPending} error={view.error} />
      {catalog.error && (
        <p role="alert" className="message message--error">
          {t('page.loadFailed')}
        </p>
      )}
      {record.error && (
        <p role="alert" className="message message--error">
          {t('worker.saveFailed')}
        </p>
      )}
      {catalog.data && answers && view.data && (
        <>
          <fieldset className="choices worker-source">
            <legend>{t('worker.sourceLabel')}</legend>
            {SOURCES.map((s) => (
              <label key={s} className="choice">
                <input type="radio" name="fact-source" value={s} checked={source === s} onChange={() => setSource(s)} />
                {t(`worker.sources.${s}`)}
              </label>
            ))}
          </fieldset>
          <ExplorerWorkspace
            data={catalog.data}
            answers={answers}
            position={Math.min(position ?? answers.asked.length, answers.asked.length)}
            onPosition={setPosition}
            onAnswer={onAnswer}
            householdEditor={<WorkerHousehold view={view.data} members={answers.members} />}
          />
          <RechtencheckTable view={view.data} catalog={catalog.data.catalog} />
          <ProvenanceTable view={view.data} data={catalog.data} answers={answers} />
          <h2>{t('overview.title')}</h2>
          <OverviewView
            data={catalog.data}
            outcomes={outcomes}
            date={today()}
            pdfHref={`/api/dossiers/${encodeURIComponent(dossierId)}/explorer/overview.pdf?lang=${lang}`}
          />
        </>
      )}
    </Page>
  );
}
