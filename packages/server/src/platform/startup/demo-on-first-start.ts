import type { Database } from '../db/connect.ts';
import { hasUsers } from '../../modules/users/user.repository.ts';
import { DEMO_PASSWORD, interruptedDemoLoad, loadDemo } from '../../modules/demo/index.ts';

/** What happened to the demo at start-up. */
export type DemoStart = 'loaded' | 'resumed' | 'database-not-empty';

/**
 * On the very first start (no user accounts yet) loads the demo municipality, so that
 * `npm start` on a fresh machine shows a working Springplank. A demo load that was cut off
 * (the server was stopped during the first start) is finished with its own seed and size:
 * by then its user accounts exist, so "no users" alone would leave it half-loaded for good.
 */
export async function loadDemoOnFirstStart(
  database: Database,
  options: { households?: number; seed?: number | string },
  onLoading?: () => void,
): Promise<DemoStart> {
  const interrupted = await interruptedDemoLoad(database);
  if (interrupted) {
    onLoading?.();
    await loadDemo(database, interrupted);
    return 'resumed';
  }
  if (await hasUsers(database)) return 'database-not-empty';
  onLoading?.();
  await loadDemo(database, options);
  return 'loaded';
}

/** A demo account to print at start-up. */
export interface DemoLogin {
  email: string;
  role: string;
  organisation: string;
}

/** The demo accounts in the database (e-mails ending in .kansendonk.demo) and their shared password. */
export async function demoLogins(database: Database): Promise<{ password: string; logins: DemoLogin[] }> {
  const rows = await database.db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.organisation_id')
    .select(['users.email', 'users.role', 'organisations.name'])
    .where('users.email', 'like', '%.kansendonk.demo')
    .orderBy('users.id')
    .execute();
  return { password: DEMO_PASSWORD, logins: rows.map((row) => ({ email: row.email, role: row.role, organisation: row.name })) };
}
