import type { RouteObject } from 'react-router';

/**
 * Public routes of the Rechtenverkenner and the catalogue pages (no sign-in). Each page is its
 * own chunk; the engine and the catalogue load only with them.
 */
export const explorerRoutes: RouteObject[] = [
  { path: 'rechtenverkenner', lazy: async () => ({ Component: (await import('./ExplorerPage.tsx')).ExplorerPage }) },
  { path: 'rechtenverkenner/overzicht', lazy: async () => ({ Component: (await import('./overview/OverviewPage.tsx')).OverviewPage }) },
  { path: 'rechten', lazy: async () => ({ Component: (await import('../catalog-pages/RightsIndexPage.tsx')).RightsIndexPage }) },
  { path: 'rechten/:rightId', lazy: async () => ({ Component: (await import('../catalog-pages/RightPage.tsx')).RightPage }) },
];

/** Worker mode, opened from a dossier (signed-in routes). */
export const workerExplorerRoutes: RouteObject[] = [
  {
    path: 'dossiers/:dossierId/rechtenverkenner',
    lazy: async () => ({ Component: (await import('./worker/WorkerExplorerPage.tsx')).WorkerExplorerPage }),
  },
];
