import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.ts';
import type { ExplorerCatalog } from '../explorer/catalog/catalogData.ts';
import { catalogLang } from '../explorer/i18n/namespace.ts';
import { formatFactValue } from '../explorer/questionnaire/formatAnswer.ts';
import { ensureLedgerNamespace } from './i18n/namespace.ts';
import { inputGroups, type InputFact } from './ledgerStep.ts';

/**
 * The facts a ledger step used, as a reader says them: per part of the household ("Het gezin",
 * "Aanvrager", "Kind 2"), a definition list of each fact's name from the catalogue and its value
 * in words ("ja", "€ 1.200,00 per maand", "2 maart 1985"), with where and when it was observed.
 * Until the catalogue has loaded (or for a fact it no longer has) the fact's id stands in.
 */
export function LedgerInputs({ snapshot, catalog }: { snapshot: unknown; catalog: ExplorerCatalog | undefined }) {
  const { t, i18n } = useTranslation(ensureLedgerNamespace());
  const { t: common } = useTranslation();
  const lang = catalogLang(i18n.language);
  const groups = inputGroups(snapshot);
  if (groups.length === 0) return <>{t('noInputs')}</>;

  const valueText = (f: InputFact): string => {
    const def = catalog?.catalog.vocabulary.facts.get(f.fact);
    const text = formatFactValue(def, f.value, catalog?.valueLabels.get(f.fact), lang, i18n.language, (word) => t(`value.${word}`));
    if (typeof f.value !== 'number') return text;
    if (def?.unit === 'EUR/month') return t('value.perMonth', { amount: text });
    if (def?.unit === 'EUR/year') return t('value.perYear', { amount: text });
    if (def?.unit === 'percent') return t('value.percent', { value: text });
    if (def?.unit === 'points') return t('value.points', { value: text });
    return text;
  };
  const provenance = (f: InputFact): string | null => {
    if (!f.source) return null;
    const source = t(`sources.${f.source}`, { defaultValue: f.source });
    return f.observed ? t('provenance', { source, date: formatDate(f.observed, i18n.language) }) : source;
  };

  return (
    <div className="ledger-inputs">
      {groups.map((group) => {
        const who = group.role === null ? t('household') : `${common(`memberRoles.${group.role}`, { defaultValue: group.role })}${group.number === null ? '' : ` ${group.number}`}`;
        return (
          <div key={`${group.role ?? ''}-${group.number ?? ''}`} className="ledger-inputs__group">
            <p className="ledger-inputs__who">{who}</p>
            <dl>
              {group.facts.map((f) => {
                const def = catalog?.catalog.vocabulary.facts.get(f.fact);
                const from = provenance(f);
                return (
                  <div key={f.fact} data-fact={f.fact}>
                    <dt>{def?.label?.[lang] ?? def?.question?.[lang] ?? f.fact}</dt>
                    <dd>
                      {valueText(f)}
                      {from && <span className="muted"> ({from})</span>}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </div>
        );
      })}
    </div>
  );
}
