import { join, resolve } from 'node:path';
import { connectPglite, connectPostgres, type Database } from './connect.ts';
import { lockDataDir } from './lock.ts';
import { migrate, MIGRATIONS_DIR } from './migrate.ts';

/** Where the database lives: an embedded PGlite directory or a PostgreSQL server URL. */
export type DatabaseLocation = { dataDir: string } | { url: string };

/** Options of openDatabase. */
export interface OpenOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** Migration directory (tests use another one). */
  migrationsDir?: string;
}

/**
 * Where the configured database lives: DATABASE_URL (postgres://…) wins, otherwise PGlite in
 * SPRINGPLANK_DATA_DIR or ./data.
 */
export function locationFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseLocation {
  const url = env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
    }
    return { url };
  }
  return { dataDir: resolve(env.SPRINGPLANK_DATA_DIR ?? './data') };
}

/**
 * Opens the Springplank database and applies pending migrations.
 * PGlite keeps its files in `<dataDir>/pglite` and holds `<dataDir>/springplank.lock` while
 * open, so a second process on the same directory refuses (DataDirLockedError).
 */
export async function openDatabase(
  location: DatabaseLocation = locationFromEnv(),
  options: OpenOptions = {},
): Promise<Database> {
  let database: Database;
  if ('url' in location) {
    database = await connectPostgres(location.url, async () => undefined);
  } else {
    const release = lockDataDir(location.dataDir);
    try {
      database = await connectPglite(join(location.dataDir, 'pglite'), async () => release());
    } catch (error) {
      release();
      throw error;
    }
  }
  if (options.migrate !== false) {
    try {
      await migrate(database, options.migrationsDir ?? MIGRATIONS_DIR);
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}
