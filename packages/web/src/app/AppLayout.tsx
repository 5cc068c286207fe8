import type { MouseEvent } from 'react';
import { NavLink, Outlet } from 'react-router';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../api/types.ts';
import { useMe, useSignOut } from '../features/auth/session.ts';
import { actionsFor } from '../features/home/roleActions.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { detectionNavItems } from '../features/screening/navigation.ts';
import { grantsNavItems } from '../features/grants/navigation.ts';

/** Moves focus to the main content; the hash link alone would not focus a `tabindex=-1` region. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

interface NavItem {
  to: string;
  label: string;
}

/** The links of the main navigation: the role's tasks when signed in, the public pages always. */
function useNavItems(user: SessionUser | null): NavItem[] {
  const { t } = useTranslation();
  const items: NavItem[] = [];
  if (user) {
    items.push({ to: '/', label: t('nav.home') });
    for (const action of actionsFor(user.role)) items.push({ to: action.to, label: t(action.titleKey) });
    items.push(...detectionNavItems(user.role), ...grantsNavItems(user.role));
  } else {
    items.push({ to: '/rechtenverkenner', label: t('actions.rechtenverkenner.title') });
  }
  items.push({ to: '/rechten', label: t('nav.rechten') });
  if (!user) items.push({ to: '/login', label: t('nav.login') });
  // Two actions may open the same route (with a role-specific name); show each route once.
  return items.filter((item, index) => items.findIndex((other) => other.to === item.to) === index);
}

function MainNavigation({ user }: { user: SessionUser | null }) {
  const { t } = useTranslation();
  const items = useNavItems(user);
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === '/'}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function UserMenu({ user, onSignOut }: { user: SessionUser; onSignOut: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="user-menu">
      <p className="user-menu__who">
        {user.name}
        <span className="user-menu__org">{user.organisation.name}</span>
      </p>
      <Button className="button button--secondary" onPress={onSignOut}>
        {t('nav.logout')}
      </Button>
    </div>
  );
}

/** The frame around every page: skip link, banner, navigation (when signed in), main, footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const user = me.data ?? null;
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="brand">
            {t('app.name')}
          </NavLink>
          <LanguageSwitch />
          {user && <UserMenu user={user} onSignOut={() => void signOut()} />}
        </div>
        {!me.isPending && <MainNavigation user={user} />}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
