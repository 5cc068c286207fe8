import { defineConfig } from 'vitest/config';

/**
 * One suite, four projects:
 * - unit: pure code (rules engine, catalogue, policies, web logic);
 * - db-pglite / db-postgres: every `*.db.test.ts` runs once per database backend;
 * - e2e: browser tests in Debian Chromium against a real server.
 */
const dbTests = ['packages/**/*.db.test.ts', 'catalog/**/*.db.test.ts'];

export default defineConfig({
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/**/*.test.ts', 'packages/**/*.test.tsx', 'catalog/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...dbTests],
        },
      },
      { extends: true, test: { name: 'db-pglite', include: dbTests, env: { SPRINGPLANK_TEST_DB: 'pglite' } } },
      { extends: true, test: { name: 'db-postgres', include: dbTests, env: { SPRINGPLANK_TEST_DB: 'postgres' } } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          testTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
