import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page.tsx';
import { formatDate } from '../../components/format.ts';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { useCurrentUser } from '../auth/RequireAuth.tsx';
import { dossierListTitleKey } from '../home/roleActions.ts';
import { useDossiers } from './dossiers.api.ts';

/** The dossiers the user may see, as cards that reflow down to 320 px. */
export function DossierListPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const dossiers = useDossiers();
  return (
    <Page title={t(dossierListTitleKey(user.role))}>
      <QueryStatus isPending={dossiers.isPending} error={dossiers.error} />
      {dossiers.data && dossiers.data.length === 0 && <p>{t('dossiers.none')}</p>}
      {dossiers.data && dossiers.data.length > 0 && (
        <>
          <p>{t('dossiers.total', { total: dossiers.data.length })}</p>
          <ul className="card-list">
            {dossiers.data.map((dossier) => (
              <li key={dossier.id} className="card">
                <h2 className="card__title">
                  <Link to={`/dossiers/${encodeURIComponent(dossier.id)}`}>{dossier.title}</Link>
                </h2>
                <dl className="facts">
                  <dt>{t('dossiers.status')}</dt>
                  <dd>{t(`dossierStatus.${dossier.status}`)}</dd>
                  <dt>{t('dossiers.organisation')}</dt>
                  <dd>{dossier.organisation.name}</dd>
                  <dt>{t('dossiers.aanspreekpunt')}</dt>
                  <dd>{dossier.aanspreekpunt.name}</dd>
                  <dt>{t('dossiers.openedOn')}</dt>
                  <dd>{formatDate(dossier.opened_on, i18n.language)}</dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
