import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, resetCsrfToken } from '../../api/client.ts';
import { ApiError } from '../../api/problem.ts';
import type { SessionUser } from '../../api/types.ts';
import { meQueryKey, sessionEndedQueryKey } from '../../app/queryClient.ts';

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
      queryClient.setQueryData(signedOutQueryKey, false);
      queryClient.setQueryData(sessionEndedQueryKey, false);
      await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 0 });
    },
  });
}

/** Set when this tab signed out on purpose, so the login page can say so. */
export const signedOutQueryKey = ['auth', 'signed-out'] as const;

/** A yes/no mark kept in the query cache (set by the code, never fetched). */
function useMark(queryKey: readonly string[]): boolean {
  return useQuery({ queryKey, queryFn: () => false, staleTime: Infinity }).data ?? false;
}

/** True right after the person signed out in this tab (not after a session expiry). */
export function useSignedOut(): boolean {
  return useMark(signedOutQueryKey);
}

/** True when a request found the session gone (expired, or ended in another tab). */
export function useSessionEnded(): boolean {
  return useMark(sessionEndedQueryKey);
}

/**
 * Signs out: ends the session on the server, forgets the session and every cached answer, and
 * shows the login page with "you are signed out". The guard of a signed-in page may redirect
 * first; it reads the signed-out mark, so the message shows either way.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logout = useMutation({ mutationFn: () => api.post<void>('/api/auth/logout') });
  const signOut = async () => {
    if (logout.isPending) return;
    // A failed call (session already expired) still signs the person out of this page.
    await logout.mutateAsync().catch(() => undefined);
    resetCsrfToken();
    forgetUserData(queryClient);
    queryClient.setQueryData(signedOutQueryKey, true);
    queryClient.setQueryData(meQueryKey, null);
    await navigate('/login', { replace: true, state: { loggedOut: true } });
  };
  return signOut;
}
