import type { Catalog, Outcome } from '@springplank/rules';
import { useExplorerTranslation } from '../i18n/namespace.ts';
import { groupIntoBands } from './bands.ts';
import { RightResult } from './RightResult.tsx';

/** Props of {@link Results}. */
export interface ResultsProps {
  outcomes: Outcome[];
  catalog: Catalog;
  memberLabel(id: string): string;
  /** How long the evaluation took; published as a data attribute for the performance benchmark. */
  milliseconds: number;
}

/**
 * The results, live: four bands ("you have this right", "probably, if … is confirmed", "maybe:
 * we need to know …", "not now"), each grouped by life domain. A polite live region announces
 * the new counts after each answer.
 */
export function Results({ outcomes, catalog, memberLabel, milliseconds }: ResultsProps) {
  const { t } = useExplorerTranslation();
  const bands = groupIntoBands(outcomes, catalog);
  const count = (status: string) => bands.find((b) => b.status === status)?.count ?? 0;
  return (
    <section className="results" aria-labelledby="results-title" data-evaluation-ms={milliseconds.toFixed(1)}>
      <h2 id="results-title">{t('results.title')}</h2>
      <p role="status" className="results__summary">
        {t('results.summary', { eligible: count('eligible') + count('eligible-if-confirmed'), maybe: count('undetermined') })}
      </p>
      {bands.map((band) => (
        <section key={band.status} className={`band band--${band.status}`} aria-labelledby={`band-${band.status}`} data-band={band.status}>
          <h3 id={`band-${band.status}`}>
            {t(`bands.${band.status}.title`)} <span className="band__count">({band.count})</span>
          </h3>
          <p className="field-help">{t(`bands.${band.status}.intro`)}</p>
          {band.domains.map(({ domain, outcomes: inDomain }) => (
            <div key={domain} className="band__domain">
              <p className="band__domain-title">{t(`domains.${domain}`)}</p>
              <ul className="right-list">
                {inDomain.map((o) => (
                  <RightResult key={o.right} outcome={o} catalog={catalog} memberLabel={memberLabel} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
