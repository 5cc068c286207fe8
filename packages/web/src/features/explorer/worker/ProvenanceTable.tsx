import type { ExplorerCatalog } from '../catalog/catalogData.ts';
import { memberLabel } from '../household/memberLabel.ts';
import { useExplorerTranslation } from '../i18n/namespace.ts';
import { formatAnswer } from '../questionnaire/formatAnswer.ts';
import type { ExplorerAnswers } from '../state/answers.ts';
import type { WorkerExplorerView } from './worker.api.ts';

/** Every stored fact of the household with where it came from, who recorded it and when. */
export function ProvenanceTable({ view, data, answers }: { view: WorkerExplorerView; data: ExplorerCatalog; answers: ExplorerAnswers }) {
  const { t, lang, i18n } = useExplorerTranslation();
  return (
    <section aria-labelledby="provenance-title">
      <h2 id="provenance-title">{t('worker.provenanceTitle')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="provenance-title" tabIndex={0}>
        <table>
          <caption className="visually-hidden">{t('worker.provenanceTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('worker.fact')}</th>
              <th scope="col">{t('worker.value')}</th>
              <th scope="col">{t('worker.source')}</th>
              <th scope="col">{t('worker.recordedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {view.facts.map((f) => {
              const def = data.catalog.vocabulary.facts.get(f.fact_id);
              const member = answers.members.find((m) => m.id === f.person_id);
              return (
                <tr key={`${f.entity}-${f.person_id ?? ''}-${f.fact_id}`} data-fact={f.fact_id} data-person={f.person_id ?? ''}>
                  <th scope="row">
                    {member ? `${memberLabel(member, answers.members, t)}: ` : ''}
                    {def?.label?.[lang] ?? def?.question?.[lang] ?? f.fact_id}
                  </th>
                  <td>{formatAnswer(def, f.value, data.valueLabels.get(f.fact_id), lang, i18n.language, t)}</td>
                  <td>{t(`worker.sources.${f.source}`)}</td>
                  <td>{f.recorded_by ? t('worker.recordedByOn', { who: f.recorded_by, date: f.observed_on }) : t('worker.fromRegister')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
