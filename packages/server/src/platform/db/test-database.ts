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

// DROP DATABASE waits until every backend of the server has acknowledged it; one busy backend
// elsewhere (a benchmark) can stall that for minutes. A test never waits longer than this for
// its clean-up: what is left is dropped by the next test process (dropLeftovers).
const DROP_TIMEOUT = '20s';
const TEST_DATABASE_PREFIX = 'springplank_test_';

async function withAdmin<T>(fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

async function dropQuietly(admin: pg.Client, name: string): Promise<void> {
  try {
    await admin.query(`set statement_timeout = '${DROP_TIMEOUT}'`);
    await admin.query(`drop database if exists ${name} with (force)`);
  } catch (error) {
    console.warn(`springplank: could not drop test database ${name} (${(error as Error).message}); a later test run drops it`);
  } finally {
    await admin.query('reset statement_timeout').catch(() => undefined);
  }
}

function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

let leftoversDropped = false;

/** Drops test databases left by test processes that no longer run (a crash, a stalled drop). */
async function dropLeftovers(admin: pg.Client): Promise<void> {
  if (leftoversDropped) return;
  leftoversDropped = true;
  const { rows } = await admin.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${TEST_DATABASE_PREFIX}%`]);
  for (const { datname } of rows) {
    const pid = Number(/^springplank_test_(\d+)_/.exec(datname)?.[1]);
    if (pid && processIsGone(pid)) await dropQuietly(admin, datname);
  }
}

/** Creates a throw-away database on the test PostgreSQL server; returns its URL and its drop. */
export async function createThrowAwayPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${TEST_DATABASE_PREFIX}${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(async (admin) => {
    await dropLeftovers(admin);
    await admin.query(`create database ${name}`);
  });
  return {
    url: withDatabaseName(TEST_POSTGRES_URL, name),
    drop: () => withAdmin((admin) => dropQuietly(admin, name)),
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
