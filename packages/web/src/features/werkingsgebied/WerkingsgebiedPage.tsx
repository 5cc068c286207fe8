import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { useMunicipalities, useOrganisations } from './werkingsgebied.api.ts';

/** The werkingsgebied: which municipalities it covers and which organisations work in it. */
export function WerkingsgebiedPage() {
  const { t } = useTranslation();
  const municipalities = useMunicipalities();
  const organisations = useOrganisations();
  return (
    <Page title={t('werkingsgebied.title')}>
      <p>{t('werkingsgebied.intro')}</p>
      <h2>{t('werkingsgebied.municipalities')}</h2>
      <QueryStatus isPending={municipalities.isPending} error={municipalities.error} />
      {municipalities.data && (
        <ul className="plain-list">
          {municipalities.data.map((municipality) => (
            <li key={municipality.nis}>
              {municipality.name} <span className="muted">({t('werkingsgebied.nis', { nis: municipality.nis })})</span>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('werkingsgebied.organisations')}</h2>
      <QueryStatus isPending={organisations.isPending} error={organisations.error} />
      {organisations.data && (
        <ul className="card-list">
          {organisations.data.map((organisation) => (
            <li key={organisation.id} className="card">
              <h3 className="card__title">{organisation.name}</h3>
              <p>{t(`organisationTypes.${organisation.type}`)}</p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
