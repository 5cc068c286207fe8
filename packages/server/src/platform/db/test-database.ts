import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { connectPostgres, createPglite, wrapPglite, type Database } from './connect.ts';
import { migrate, MIGRATIONS_DIR, readMigrations } from './migrate.ts';

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

const noClose = async (): Promise<void> => undefined;

/**
 * A dump of an in-memory PGlite database, migrated with the given directory (or not at all),
 * cached in the temp directory. Starting PGlite from a dump skips initdb and the migrations,
 * which are most of the start-up time of a test file. The key covers the PGlite version and
 * the migration checksums, so a changed migration makes a new dump.
 */
async function pgliteSnapshot(migrationsDir: string | null): Promise<Blob> {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  const migrations = migrationsDir === null ? 'none' : readMigrations(migrationsDir).map((m) => m.checksum).join(',');
  const key = createHash('sha256').update(`${version}|${migrations}`).digest('hex').slice(0, 16);
  const path = join(tmpdir(), `springplank-pglite-${key}.tar`);
  if (existsSync(path)) return new Blob([readFileSync(path)]);
  const pglite = await createPglite();
  const database = wrapPglite(pglite, noClose);
  if (migrationsDir !== null) await migrate(database, migrationsDir);
  const dump = await pglite.dumpDataDir('none');
  await database.close();
  // Written under a private name first, so a parallel test process never reads half a file.
  const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, path);
  return dump;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a throw-away PostgreSQL
 * database that close() drops again. Choose with SPRINGPLANK_TEST_DB (the vitest projects
 * db-pglite and db-postgres set it).
 */
export async function openTestDatabase(options: TestDatabaseOptions = {}): Promise<Database> {
  const migrationsDir = options.migrate === false ? null : (options.migrationsDir ?? MIGRATIONS_DIR);
  if (testBackend() === 'pglite') {
    return wrapPglite(await createPglite({ loadDataDir: await pgliteSnapshot(migrationsDir) }), noClose);
  }
  const { url, drop } = await createThrowAwayPostgres();
  const database = await connectPostgres(url, drop);
  if (migrationsDir !== null) await migrate(database, migrationsDir);
  return database;
}
