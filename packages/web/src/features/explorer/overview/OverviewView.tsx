import { useState } from 'react';
import type { Outcome } from '@springplank/rules';
import type { ExplorerCatalog } from '../catalog/catalogData.ts';
import { useExplorerTranslation } from '../i18n/namespace.ts';
import { factName } from '../results/ExplanationTree.tsx';
import { formatDay } from '../results/format.ts';
import { buildOverview, type Overview } from './overviewModel.ts';
import { overviewPdf } from './overviewPdf.ts';

/** Props of {@link OverviewView}. */
export interface OverviewViewProps {
  data: ExplorerCatalog;
  outcomes: Outcome[];
  date: string;
  /** Worker mode: the server makes the PDF from the stored facts (audited); citizen mode makes it here. */
  pdfHref?: string;
}

/**
 * The rechtenoverzicht as a printable page plus a PDF download, in the chosen language, with the
 * date and the catalogue version. Both are made in the browser from the same model.
 */
export function OverviewView({ data, outcomes, date, pdfHref }: OverviewViewProps) {
  const { t, lang, i18n } = useExplorerTranslation();
  const [pdfError, setPdfError] = useState(false);
  const overview: Overview = buildOverview(outcomes, data.catalog, lang, i18n.language, date, data.version, {
    period: (p) => t(`period.${p}`),
    needs: (facts) => t('overview.needs', { facts }),
    confirm: (facts) => t('overview.confirm', { facts }),
    factName: (fact) => factName(data.catalog, { fact }, lang),
  });
  const subtitle = t('overview.subtitle', { date: formatDay(date, i18n.language), version: data.version });

  const download = async () => {
    setPdfError(false);
    try {
      const blob = await overviewPdf(
        overview,
        {
          title: t('overview.title'),
          subtitle,
          band: (s) => t(`bands.${s}.title`),
          provider: t('overview.provider'),
          documents: t('overview.documents'),
          uncertain: t('overview.uncertain'),
          empty: t('overview.empty'),
          footer: t('overview.footer'),
        },
        i18n.language,
      );
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `${t('overview.fileName')}-${date}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setPdfError(true);
    }
  };

  return (
    <div className="overview">
      <p className="overview__meta">{subtitle}</p>
      <div className="overview__actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('overview.print')}
        </button>
        {pdfHref ? (
          <a className="button button--secondary" href={pdfHref} download>
            {t('overview.download')}
          </a>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => void download()}>
            {t('overview.download')}
          </button>
        )}
      </div>
      {pdfError && (
        <p role="alert" className="message message--error">
          {t('overview.pdfFailed')}
        </p>
      )}
      {overview.bands.map((band) => (
        <section key={band.status} aria-labelledby={`overview-${band.status}`} data-band={band.status}>
          <h2 id={`overview-${band.status}`}>{t(`bands.${band.status}.title`)}</h2>
          {band.rights.length === 0 && <p>{t('overview.empty')}</p>}
          <ul className="overview__rights">
            {band.rights.map((r) => (
              <li key={r.id} data-right={r.id}>
                <p className="overview__right-name">
                  <strong>{r.name}</strong>
                  {r.amount && ` — ${r.amount}`}
                </p>
                <p>
                  {t('overview.provider')}: {r.provider}
                </p>
                {r.note && <p>{r.note}</p>}
                {r.uncertain && <p>{t('overview.uncertain')}</p>}
                {r.how && <p>{r.how}</p>}
                {r.documents.length > 0 && (
                  <p>
                    {t('overview.documents')}: {r.documents.join('; ')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p className="field-help">{t('overview.footer')}</p>
    </div>
  );
}
