import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/problem.ts';

/** The query key of the signed-in user; `null` data means "not signed in". */
export const meQueryKey = ['auth', 'me'] as const;

/** Set when a request found the session gone (expired or ended elsewhere), not on a first visit. */
export const sessionEndedQueryKey = ['auth', 'session-ended'] as const;

/** A client error (4xx) will not change on retry; only transient failures are retried. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/**
 * Builds the app's query client. Any query answered with 401 means the session ended (expiry,
 * logout in another tab): the user becomes "not signed in" and the guard sends them to login.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof ApiError && error.status === 401) {
          client.setQueryData(sessionEndedQueryKey, true);
          client.setQueryData(meQueryKey, null);
        }
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
}
