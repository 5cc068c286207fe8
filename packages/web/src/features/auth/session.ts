import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, resetCsrfToken } from '../../api/client.ts';
import { ApiError } from '../../api/problem.ts';
import type { SessionUser } from '../../api/types.ts';
import { meQueryKey } from '../../app/queryClient.ts';

/** Asks the server who is signed in; `null` when nobody is (401). */
export async function fetchMe(): Promise<SessionUser | null> {
  try {
    const body = await api.get<{ user: SessionUser }>('/api/auth/me');
    return body.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in user, `null` when signed out, `undefined` while loading. */
export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });
}

/** The credentials the login form sends. */
export interface Credentials {
  email: string;
  password: string;
}

/**
 * Drops every cached answer except the session query itself. The session query stays so the
 * components observing it (layout, guard) see the new value instead of a detached copy.
 */
function forgetUserData(queryClient: ReturnType<typeof useQueryClient>): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
}

/** Signs in; on success every cached answer is dropped so no data of a previous user remains. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => api.post<{ user: SessionUser }>('/api/auth/login', credentials),
    onSuccess: async () => {
      resetCsrfToken();
      forgetUserData(queryClient);
      await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 0 });
    },
  });
}

/**
 * Signs out: ends the session on the server, shows the login page with "you are signed out",
 * and only then forgets the session and every cached answer. In that order no guard can
 * redirect first and swallow the message. Use it from a component that stays mounted.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useMutation({ mutationFn: () => api.post<void>('/api/auth/logout') });
  const signOut = async () => {
    if (logout.isPending) return;
    // A failed call (session already expired) still signs the person out of this page.
    await logout.mutateAsync().catch(() => undefined);
    await navigate('/login', { replace: true, state: { loggedOut: true } });
    resetCsrfToken();
    forgetUserData(queryClient);
    queryClient.setQueryData(meQueryKey, null);
  };
  return signOut;
}
