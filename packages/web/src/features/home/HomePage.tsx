import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '../../app/Page.tsx';
import { useCurrentUser } from '../auth/RequireAuth.tsx';
import { actionsFor } from './roleActions.ts';

/** The home page: who you are, for which organisation, and what you can do here. */
export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const actions = actionsFor(user.role);
  return (
    <Page title={t('home.title', { name: user.name })}>
      <p className="lead">
        {t('home.youWorkAt', { organisation: user.organisation.name })}{' '}
        {t('home.organisationType', { organisationType: t(`organisationTypes.${user.organisation.type}`) })}{' '}
        {t('home.yourRole', { role: t(`roles.${user.role}`) })}
      </p>
      <h2>{t('home.actionsHeading')}</h2>
      <ul className="action-list">
        {actions.map((action) => (
          <li key={action.id} className="action-card" data-action={action.id}>
            <Link to={action.to} className="action-card__link">
              {t(action.titleKey)}
            </Link>
            <p>{t(action.descriptionKey)}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
