import { Link } from 'react-router';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { useCurrentUser } from '../auth/RequireAuth.tsx';
import { dossierListTitleKey } from '../home/roleActions.ts';
import { useDossierPages } from './dossiers.api.ts';
import { DossierFacts } from './DossierFacts.tsx';

/** The dossiers the user may see, as cards that reflow down to 320 px. */
export function DossierListPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const pages = useDossierPages();
  const dossiers = pages.data?.pages.flat();
  return (
    <Page title={t(dossierListTitleKey(user.role))}>
      <QueryStatus isPending={pages.isPending} error={pages.error} />
      {dossiers && dossiers.length === 0 && <p>{t('dossiers.none')}</p>}
      {dossiers && dossiers.length > 0 && (
        <>
          <p role="status">{t(pages.hasNextPage ? 'dossiers.shownMore' : 'dossiers.total', { total: dossiers.length })}</p>
          <ul className="card-list">
            {dossiers.map((dossier) => (
              <li key={dossier.id} className="card">
                <h2 className="card__title">
                  <Link to={`/dossiers/${encodeURIComponent(dossier.id)}`}>{dossier.title}</Link>
                </h2>
                <DossierFacts dossier={dossier} />
              </li>
            ))}
          </ul>
          {pages.hasNextPage && (
            <p>
              <Button className="button" onPress={() => void pages.fetchNextPage()}>
                {pages.isFetchingNextPage ? t('common.loading') : t('dossiers.showMore')}
              </Button>
            </p>
          )}
        </>
      )}
    </Page>
  );
}
