import { Navigate, Outlet, useLocation, useOutletContext } from 'react-router';
import type { SessionUser } from '../../api/types.ts';
import { QueryStatus } from '../../components/QueryStatus.tsx';
import { useMe, useSessionEnded, useSignedOut } from './session.ts';

/** Guards the signed-in part of the app; sends visitors to login and back afterwards. */
export function RequireAuth() {
  const me = useMe();
  const signedOut = useSignedOut();
  const sessionEnded = useSessionEnded();
  const location = useLocation();
  if (me.isPending || me.isError) return <QueryStatus isPending={me.isPending} error={me.error} />;
  if (!me.data) {
    const state = signedOut ? { loggedOut: true } : { from: location, sessionEnded };
    return <Navigate to="/login" replace state={state} />;
  }
  return <Outlet context={me.data} />;
}

/** The signed-in user, inside a page guarded by {@link RequireAuth}. */
export function useCurrentUser(): SessionUser {
  return useOutletContext<SessionUser>();
}
