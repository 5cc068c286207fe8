import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth } from '../features/auth/RequireAuth.tsx';
import { AppLayout } from './AppLayout.tsx';
import { RouteError } from './RouteError.tsx';
import { StartingUp } from './StartingUp.tsx';
import { explorerRoutes, workerExplorerRoutes } from '../features/explorer/explorer.routes.ts';

// Every page is its own chunk: the first load carries only the shell and the page asked for,
// which keeps room in the JavaScript budget for the rights explorer.
const signedInRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('../features/home/HomePage.tsx')).HomePage }) },
  {
    path: 'dossiers',
    lazy: async () => ({ Component: (await import('../features/dossiers/DossierListPage.tsx')).DossierListPage }),
  },
  {
    path: 'dossiers/:dossierId',
    lazy: async () => ({ Component: (await import('../features/dossiers/DossierDetailPage.tsx')).DossierDetailPage }),
  },
  {
    // One route for the search form and its answer, so searching again keeps focus in the form.
    path: 'audit/persons?/:personId?',
    lazy: async () => ({ Component: (await import('../features/audit/PersonAuditPage.tsx')).PersonAuditPage }),
  },
  ...workerExplorerRoutes,
  {
    path: 'rechtendetectie',
    lazy: async () => ({ Component: (await import('../features/screening/ScreeningPage.tsx')).ScreeningPage }),
  },
  {
    path: 'rechtendetectie/regelwijziging',
    lazy: async () => ({ Component: (await import('../features/screening/ImpactPage.tsx')).ImpactPage }),
  },
  {
    path: 'rechtendetectie/toekenningen',
    lazy: async () => ({ Component: (await import('../features/grants/GrantRunsPage.tsx')).GrantRunsPage }),
  },
  {
    path: 'rechtendetectie/toekenningen/:runId',
    lazy: async () => ({ Component: (await import('../features/grants/GrantRunPage.tsx')).GrantRunPage }),
  },
  {
    path: 'werklijst',
    lazy: async () => ({ Component: (await import('../features/worklist/WorklistPage.tsx')).WorklistPage }),
  },
  {
    path: 'rechtendetectie/gezinnen/:householdId',
    lazy: async () => ({ Component: (await import('../features/ledger/LedgerPage.tsx')).LedgerPage }),
  },
  {
    path: 'gebruikers',
    lazy: async () => ({ Component: (await import('../features/users/UsersPage.tsx')).UsersPage }),
  },
  {
    path: 'werkingsgebied',
    lazy: async () => ({
      Component: (await import('../features/werkingsgebied/WerkingsgebiedPage.tsx')).WerkingsgebiedPage,
    }),
  },
];

/** The app's routes: public login, the signed-in area, and a not-found page for the rest. */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    HydrateFallback: StartingUp,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: 'login', lazy: async () => ({ Component: (await import('../features/auth/LoginPage.tsx')).LoginPage }) },
          ...explorerRoutes,
          { element: <RequireAuth />, children: signedInRoutes },
          { path: '*', lazy: async () => ({ Component: (await import('./NotFoundPage.tsx')).NotFoundPage }) },
        ],
      },
    ],
  },
];

/** Creates the browser router (history API; the server answers every non-API path with index.html). */
export function createRouter() {
  return createBrowserRouter(routes);
}
