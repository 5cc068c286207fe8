import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connectPglite, connectPostgres, type Database } from './connect.ts';
import { migrate, MIGRATIONS_DIR } from './migrate.ts';

/** The PostgreSQL server the `db-postgres` test project uses (trust auth, user postgres). */
export const TEST_POSTGRES_URL = process.env.SPRINGPLANK_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Options of openTestDatabase. */
export interface TestDatabaseOptions {
  /** Apply the migrations (default true). */
  migrate?: boolean;
  /** Migration directory (default: the real migrations). */
  migrationsDir?: string;
}

/** The backend a `*.db.test.ts` runs against, from SPRINGPLANK_TEST_DB (default pglite). */
export function testBackend(): 'pglite' | 'postgres' {
  const value = process.env.SPRINGPLANK_TEST_DB ?? 'pglite';
  if (value !== 'pglite' && value !== 'postgres') {
    throw new Error(`SPRINGPLANK_TEST_DB must be pglite or postgres, not ${value}`);
  }
  return value;
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Creates a throw-away database on the test PostgreSQL server; returns its URL and its drop. */
export async function createThrowAwayPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `springplank_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabaseName(TEST_POSTGRES_URL, name),
    async drop() {
      const dropper = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a throw-away PostgreSQL
 * database that close() drops again. Choose with SPRINGPLANK_TEST_DB (the vitest projects
 * db-pglite and db-postgres set it).
 */
export async function openTestDatabase(options: TestDatabaseOptions = {}): Promise<Database> {
  let database: Database;
  if (testBackend() === 'pglite') {
    database = await connectPglite(undefined, async () => undefined);
  } else {
    const { url, drop } = await createThrowAwayPostgres();
    database = await connectPostgres(url, drop);
  }
  if (options.migrate !== false) await migrate(database, options.migrationsDir ?? MIGRATIONS_DIR);
  return database;
}
