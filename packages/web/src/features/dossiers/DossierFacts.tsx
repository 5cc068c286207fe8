import { useTranslation } from 'react-i18next';
import type { Dossier } from '../../api/types.ts';
import { formatDate } from '../../components/format.ts';

/** Status, organisation, aanspreekpunt, backup and opening date of a dossier, on its page and in the list. */
export function DossierFacts({ dossier }: { dossier: Dossier }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="facts">
      <dt>{t('dossiers.status')}</dt>
      <dd>{t(`dossierStatus.${dossier.status}`)}</dd>
      <dt>{t('dossiers.organisation')}</dt>
      <dd>{dossier.organisation.name}</dd>
      <dt>{t('dossiers.aanspreekpunt')}</dt>
      <dd>{dossier.aanspreekpunt.name}</dd>
      <dt>{t('dossiers.backup')}</dt>
      <dd>{dossier.backup?.name ?? t('dossiers.nobody')}</dd>
      <dt>{t('dossiers.openedOn')}</dt>
      <dd>{formatDate(dossier.opened_on, i18n.language)}</dd>
    </dl>
  );
}
