import { useState } from 'react';
import { Link } from 'react-router';
import type { Catalog, Outcome } from '@springplank/rules';
import { useExplorerTranslation } from '../i18n/namespace.ts';
import { derivedRights } from './bands.ts';
import { ExplanationTree, factName } from './ExplanationTree.tsx';
import { formatMoney, periodKey } from './format.ts';

/** Props of {@link RightResult}. */
export interface RightResultProps {
  outcome: Outcome;
  catalog: Catalog;
  memberLabel(id: string): string;
}

/**
 * One right in the results: what it is and the amount; on opening, why (the explanation tree,
 * per member for person rights), the near-miss, how to get it and the documents, the rights it
 * opens, and a warning when the right or a value is uncertain.
 */
export function RightResult({ outcome, catalog, memberLabel }: RightResultProps) {
  const { t, lang, i18n } = useExplorerTranslation();
  // The body is rendered only while open: after each answer only the summaries re-render.
  const [open, setOpen] = useState(false);
  const right = catalog.rights.get(outcome.right);
  if (!right) return null;
  const derived = open ? derivedRights(catalog, right.id) : [];
  const near = outcome.nearMiss;
  return (
    <li className="right-result" data-right={right.id}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <span className="right-result__name">{right.name[lang]}</span>
          {outcome.amount !== null && outcome.amount > 0 && (
            <span className="right-result__amount">
              {formatMoney(outcome.amount, i18n.language)} {t(periodKey(outcome.period))}
            </span>
          )}
        </summary>
        {open && (
        <div className="right-result__body">
          <p>{right.description[lang]}</p>
          {outcome.uncertain && (
            <p className="message message--warning">{t('right.uncertain', { provider: right.provider[lang] })}</p>
          )}
          {outcome.confirm.length > 0 && (
            <p>{t('right.confirm', { facts: [...new Set(outcome.confirm.map((c) => factName(catalog, c, lang)))].join('; ') })}</p>
          )}
          {outcome.status === 'undetermined' && outcome.missing.length > 0 && (
            <p>{t('right.missing', { facts: [...new Set(outcome.missing.map((c) => factName(catalog, c, lang)))].join('; ') })}</p>
          )}
          {near && (
            <p className="right-result__near-miss">
              {t(near.change < 0 ? 'right.nearMissAbove' : 'right.nearMissBelow', {
                fact: near.person ? `${factName(catalog, near, lang)} (${memberLabel(near.person)})` : factName(catalog, near, lang),
                gap: near.type === 'money' ? formatMoney(Math.abs(near.change), i18n.language) : String(Math.abs(near.change)),
              })}
            </p>
          )}
          <h4>{t('right.why')}</h4>
          {outcome.explanation && (
            <ul className="conditions">
              <ExplanationTree condition={outcome.explanation} catalog={catalog} />
            </ul>
          )}
          {(outcome.members ?? []).map((m) => (
            <div key={m.person}>
              <p className="right-result__member">
                {memberLabel(m.person)}: {t(`status.${m.status}`)}
              </p>
              {m.explanation && (
                <ul className="conditions">
                  <ExplanationTree condition={m.explanation} catalog={catalog} />
                </ul>
              )}
            </div>
          ))}
          <h4>{t('right.howTitle')}</h4>
          <p>{t(`granting.${right.granting}`, { provider: right.provider[lang] })}</p>
          {right.apply && <p>{right.apply.how[lang]}</p>}
          {right.apply && right.apply.documents.length > 0 && (
            <>
              <p>{t('right.documents')}</p>
              <ul>
                {right.apply.documents.map((d) => (
                  <li key={d.nl}>{d[lang]}</li>
                ))}
              </ul>
            </>
          )}
          {derived.length > 0 && (
            <>
              <p>{t('right.opens')}</p>
              <ul>
                {derived.map((id) => (
                  <li key={id}>{catalog.rights.get(id)?.name[lang] ?? id}</li>
                ))}
              </ul>
            </>
          )}
          <p>
            <Link to={`/rechten/${right.id}`}>{t('right.moreAbout', { name: right.name[lang] })}</Link>
          </p>
        </div>
        )}
      </details>
    </li>
  );
}
