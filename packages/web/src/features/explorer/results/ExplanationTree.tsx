import type { Catalog, ExplainedCondition, FactRef } from '@springplank/rules';
import { useExplorerTranslation } from '../i18n/namespace.ts';
import { formatConditionValue } from './format.ts';

const MARK = { met: '✓', 'not-met': '✗', unknown: '?' } as const;

/** The name of a fact for a reader: its label, else its question. */
export function factName(catalog: Catalog, ref: Pick<FactRef, 'fact'>, lang: 'nl' | 'fr' | 'en'): string {
  const def = catalog.vocabulary.facts.get(ref.fact);
  return def?.label?.[lang] ?? def?.question?.[lang] ?? ref.fact.replaceAll('_', ' ');
}

/**
 * Why a right turned out as it did: every named condition of the rule, met, not met (with the
 * person's value, the limit and the gap) or unknown (with what we still need to know).
 */
export function ExplanationTree({ condition, catalog }: { condition: ExplainedCondition; catalog: Catalog }) {
  const { t, lang, i18n } = useExplorerTranslation();
  if (condition.id === null) {
    return (
      <>
        {condition.children.map((c, i) => (
          <ExplanationTree key={c.id ?? i} condition={c} catalog={catalog} />
        ))}
      </>
    );
  }
  const d = condition.detail;
  const showGap = condition.status === 'not-met' && d && d.gap !== null && d.type !== 'date';
  return (
    <li className={`condition condition--${condition.status}`}>
      <span aria-hidden="true" className="condition__mark">
        {MARK[condition.status]}
      </span>
      <span className="visually-hidden">{t(`condition.${condition.status}`)}: </span>
      {condition.text?.[lang] ?? condition.id.replaceAll('-', ' ')}
      {showGap && (
        <span className="condition__detail">
          {' '}
          {t('condition.gap', {
            value: formatConditionValue(d.value, d.type, i18n.language),
            limit: formatConditionValue(d.threshold, d.type, i18n.language),
          })}
        </span>
      )}
      {condition.status === 'unknown' && condition.missing.length > 0 && (
        <span className="condition__detail">
          {' '}
          {t('condition.missing', { facts: [...new Set(condition.missing.map((m) => factName(catalog, m, lang)))].join('; ') })}
        </span>
      )}
      {condition.children.length > 0 && (
        <ul className="condition__children">
          {condition.children.map((c, i) => (
            <ExplanationTree key={c.id ?? i} condition={c} catalog={catalog} />
          ))}
        </ul>
      )}
    </li>
  );
}
