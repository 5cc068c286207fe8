import '../explorer/explorer.css';
import { Link, useParams } from 'react-router';
import type { ParameterDefinition } from '@springplank/rules';
import { Page } from '../../app/Page.tsx';
import { useExplorerCatalog } from '../explorer/catalog/catalogData.ts';
import { useExplorerTranslation } from '../explorer/i18n/namespace.ts';
import { formatMoney } from '../explorer/results/format.ts';
import { today } from '../explorer/state/evaluation.ts';
import { ConditionList } from './ConditionList.tsx';
import { conditionTree } from './conditionTree.ts';
import { RightGraph } from './RightGraph.tsx';
import { CatalogStatus } from '../explorer/catalog/CatalogStatus.tsx';

/**
 * The public page of one right, generated from its rule file (nothing is written per right):
 * conditions in plain language, parameters with their dated values and sources, legal basis
 * and verified-on date, granting mode and the linked rights as a small graph.
 */
export function RightPage() {
  const { rightId = '' } = useParams();
  const { t, lang, i18n } = useExplorerTranslation();
  const catalog = useExplorerCatalog();
  const right = catalog.data?.catalog.rights.get(rightId);
  const title = right ? right.name[lang] : catalog.isPending ? t('catalogPages.loadingTitle') : t('catalogPages.notFound');
  if (!catalog.data || !right) {
    return (
      <Page title={title}>
        <CatalogStatus pending={catalog.isPending} failed={Boolean(catalog.error)} />
        <p>
          <Link to="/rechten">{t('catalogPages.backToIndex')}</Link>
        </p>
      </Page>
    );
  }
  const conditions = conditionTree(catalog.data.catalog, right, today());
  const value = (p: ParameterDefinition, v: ParameterDefinition['values'][number]) => {
    if (Array.isArray(v.value)) return v.value.map((b) => `> ${b.above}: ${b.rate ?? b.amount}`).join('; ');
    if (p.unit === 'EUR') return formatMoney(v.value, i18n.language);
    return p.unit === 'number' || p.unit === 'date' ? String(v.value) : `${v.value} ${t(`units.${p.unit}`)}`;
  };
  return (
    <Page title={title}>
      <p>
        <Link to="/rechten">{t('catalogPages.backToIndex')}</Link>
      </p>
      <p className="lead">{right.description[lang]}</p>
      <dl className="facts">
        <dt>{t('catalogPages.domain')}</dt>
        <dd>{t(`domains.${right.domain}`)}</dd>
        <dt>{t('catalogPages.level')}</dt>
        <dd>{t(`levels.${right.level}`)}</dd>
        <dt>{t('catalogPages.provider')}</dt>
        <dd>{right.provider[lang]}</dd>
        <dt>{t('catalogPages.granting')}</dt>
        <dd>{t(`grantingModes.${right.granting}`)}</dd>
        <dt>{t('catalogPages.legalBasis')}</dt>
        <dd>{right.legalBasis}</dd>
      </dl>
      {right.uncertain && <p className="message message--warning">{right.uncertainNote ?? t('catalogPages.uncertain')}</p>}
      <h2>{t('catalogPages.conditions')}</h2>
      {conditions && <ul className="conditions">{<ConditionList condition={conditions} />}</ul>}
      {right.apply && (
        <>
          <h2>{t('catalogPages.apply')}</h2>
          <p>{right.apply.how[lang]}</p>
          {right.apply.documents.length > 0 && (
            <ul>
              {right.apply.documents.map((d) => (
                <li key={d.nl}>{d[lang]}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {right.parameters.size > 0 && (
        <>
          <h2 id="parameters-title">{t('catalogPages.parameters')}</h2>
          <div className="table-scroll" role="region" aria-labelledby="parameters-title" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{t('catalogPages.parameters')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('catalogPages.parameter')}</th>
                  <th scope="col">{t('catalogPages.from')}</th>
                  <th scope="col">{t('catalogPages.value')}</th>
                  <th scope="col">{t('catalogPages.source')}</th>
                </tr>
              </thead>
              <tbody>
                {[...right.parameters.values()].flatMap((p) =>
                  p.values.map((v) => (
                    <tr key={`${p.name}-${v.from}`}>
                      <th scope="row">{p.name.replaceAll('_', ' ')}</th>
                      <td>{v.from}</td>
                      <td>
                        {value(p, v)}
                        {v.uncertain && ` (${t('catalogPages.uncertainValue')})`}
                      </td>
                      <td>
                        <a href={v.source} rel="noreferrer">
                          {t('catalogPages.sourceLink', { host: hostOf(v.source) })}
                        </a>
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h2>{t('catalogPages.sources')}</h2>
      <ul>
        {right.sources.map((s) => (
          <li key={s.url}>
            <a href={s.url} rel="noreferrer">
              {hostOf(s.url)}
            </a>{' '}
            — {t('catalogPages.verifiedOn', { date: s.verified_on })}
          </li>
        ))}
      </ul>
      <h2>{t('catalogPages.linked')}</h2>
      <RightGraph catalog={catalog.data.catalog} id={right.id} />
      <p className="muted">{t('catalogPages.version', { version: catalog.data.version })}</p>
    </Page>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
