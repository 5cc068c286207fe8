import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/connect.ts';
import { hasUsers } from '../../modules/users/user.repository.ts';

/** The demo module (modules/demo/index.ts), loaded only when it exists. */
const DEMO_MODULE = new URL('../../modules/demo/index.ts', import.meta.url);

/** What the demo module offers to the start-up (see modules/demo/index.ts). */
interface DemoModule {
  loadDemo: (database: Database, options: { households?: number; seed?: number | string }) => Promise<unknown>;
  DEMO_PASSWORD?: string;
}

async function demoModule(): Promise<DemoModule | undefined> {
  if (!existsSync(fileURLToPath(DEMO_MODULE))) return undefined;
  const module = (await import(DEMO_MODULE.href)) as Partial<DemoModule>;
  return typeof module.loadDemo === 'function' ? (module as DemoModule) : undefined;
}

/** What happened to the demo at start-up. */
export type DemoStart = 'loaded' | 'database-not-empty' | 'demo-unavailable';

/**
 * On the very first start (no user accounts yet) loads the demo municipality, so that
 * `npm start` on a fresh machine shows a working Springplank.
 */
export async function loadDemoOnFirstStart(
  database: Database,
  options: { households?: number; seed?: number | string },
  onLoading?: () => void,
): Promise<DemoStart> {
  if (await hasUsers(database)) return 'database-not-empty';
  const demo = await demoModule();
  if (!demo) return 'demo-unavailable';
  onLoading?.();
  await demo.loadDemo(database, options);
  return 'loaded';
}

/** A demo account to print at start-up. */
export interface DemoLogin {
  email: string;
  role: string;
  organisation: string;
}

/** The demo accounts in the database (e-mails ending in .kansendonk.demo) and their shared password. */
export async function demoLogins(database: Database): Promise<{ password: string | undefined; logins: DemoLogin[] }> {
  const rows = await database.db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['users.email', 'users.role', 'organisations.name'])
    .where('users.email', 'like', '%.kansendonk.demo')
    .orderBy('users.id')
    .execute();
  const demo = await demoModule();
  return { password: demo?.DEMO_PASSWORD, logins: rows.map((row) => ({ email: row.email, role: row.role, organisation: row.name })) };
}
