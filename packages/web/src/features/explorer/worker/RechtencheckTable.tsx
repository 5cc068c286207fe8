import type { Catalog } from '@springplank/rules';
import { useExplorerTranslation } from '../i18n/namespace.ts';
import type { WorkerExplorerView } from './worker.api.ts';

function formatMoment(value: string, language: string): string {
  const locale = language === 'fr' ? 'fr-BE' : language === 'en' ? 'en-BE' : 'nl-BE';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

/** The organisation's Rechtencheck: every right of the list, its outcome, and when it was checked. */
export function RechtencheckTable({ view, catalog }: { view: WorkerExplorerView; catalog: Catalog }) {
  const { t, lang, i18n } = useExplorerTranslation();
  const check = view.rechtencheck;
  return (
    <section aria-labelledby="rechtencheck-title">
      <h2 id="rechtencheck-title">{t('worker.rechtencheckTitle')}</h2>
      {!check ? (
        <p>{t('worker.noRechtencheck')}</p>
      ) : (
        <>
          <p>
            {t('worker.rechtencheckSet', {
              name: check.name[lang],
              version: check.version,
              checked: check.rights.filter((r) => r.checked_on).length,
              total: check.rights.length,
            })}
          </p>
          <div className="table-scroll" role="region" aria-labelledby="rechtencheck-title" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{t('worker.rechtencheckTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('worker.right')}</th>
                  <th scope="col">{t('worker.outcome')}</th>
                  <th scope="col">{t('worker.checkedOn')}</th>
                </tr>
              </thead>
              <tbody>
                {check.rights.map((r) => (
                  <tr key={r.right} data-right={r.right}>
                    <th scope="row">{catalog.rights.get(r.right)?.name[lang] ?? r.right}</th>
                    <td>{t(`bands.${r.status}.title`)}</td>
                    <td>{r.checked_on ? formatMoment(r.checked_on, i18n.language) : t('worker.notChecked')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
