import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.ts';
import { ensureLedgerNamespace } from './i18n/namespace.ts';
import { ruleVersion } from './ledgerStep.ts';

/**
 * The catalogue version a decision was made under, in words: "Regels van 2 maart 2026 (versie
 * 1a2b3c4d)". The ledger page and the automatic decisions say it the same way.
 */
export function useRulesText(): (version: string) => string {
  const { t, i18n } = useTranslation(ensureLedgerNamespace());
  return (version) => {
    const { date, code } = ruleVersion(version);
    return date ? t('rulesOf', { date: formatDate(date, i18n.language), code }) : t('rulesCode', { code });
  };
}
