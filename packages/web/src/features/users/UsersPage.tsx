import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page.tsx';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { useUsers } from './users.api.ts';

/** For the beheerder: who has an account, with which role, for which organisation. */
export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  return (
    <Page title={t('users.title')}>
      <p>{t('users.intro')}</p>
      <QueryStatus isPending={users.isPending} error={users.error} />
      {users.data && (
        <>
          <p>{t('users.total', { total: users.data.length })}</p>
          <ul className="card-list">
            {users.data.map((user) => (
              <li key={user.id} className="card">
                <h2 className="card__title">{user.name}</h2>
                <dl className="facts">
                  <dt>{t('users.email')}</dt>
                  <dd>{user.email}</dd>
                  <dt>{t('users.role')}</dt>
                  <dd>{t(`roles.${user.role}`)}</dd>
                  <dt>{t('users.organisation')}</dt>
                  <dd>{user.organisation.name}</dd>
                  <dt>{t('users.status')}</dt>
                  <dd>{user.active ? t('users.active') : t('users.inactive')}</dd>
                </dl>
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
