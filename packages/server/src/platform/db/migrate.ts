import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './connect.ts';

/** The directory holding the versioned migrations `NNN_name.sql`. */
export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../migrations');

/** One migration file. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

/** The result of a migration run. */
export interface MigrationReport {
  applied: Migration[];
  version: number;
}

// Any constant shared by every Springplank process: concurrent starts on one PostgreSQL
// server take turns instead of applying a migration twice.
const MIGRATION_LOCK_KEY = 7_265_019;

/** Reads `NNN_name.sql` files in version order; rejects gaps and duplicates. */
export function readMigrations(directory: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(directory)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = /^(\d{3})_([a-z0-9_]+)\.sql$/.exec(file);
      if (!match) throw new Error(`Migration file name ${file} must look like 001_name.sql`);
      const sql = readFileSync(join(directory, file), 'utf8');
      return {
        version: Number(match[1]),
        name: match[2]!,
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migrations must be numbered 001, 002… without gaps; found ${migration.version} at position ${index + 1}`);
    }
  });
  return migrations;
}

/**
 * Applies every migration not yet applied, each in its own transaction: a failing migration
 * leaves the database as it was before that migration. Running it again is harmless. A changed
 * migration that was already applied is refused (its checksum differs).
 */
export async function migrate(database: Database, directory: string = MIGRATIONS_DIR): Promise<MigrationReport> {
  const applied: Migration[] = [];
  for (const migration of readMigrations(directory)) {
    const didApply = await database.scriptTransaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      await tx.exec(`create table if not exists schema_migrations (
        version integer primary key,
        name text not null,
        checksum text not null,
        applied_at timestamptz not null default now()
      )`);
      const [existing] = await tx.query<{ checksum: string }>(
        'select checksum from schema_migrations where version = $1',
        [migration.version],
      );
      if (existing) {
        if (existing.checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.version}_${migration.name} was changed after it was applied. ` +
              'Add a new migration instead of editing an applied one.',
          );
        }
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name, checksum) values ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      return true;
    });
    if (didApply) applied.push(migration);
  }
  return { applied, version: await migrationVersion(database) };
}

/** The highest applied migration version, 0 for an empty database. */
export async function migrationVersion(database: Database): Promise<number> {
  const [table] = await database.query<{ exists: boolean }>(
    "select to_regclass('schema_migrations') is not null as exists",
  );
  if (!table?.exists) return 0;
  const [row] = await database.query<{ version: number | null }>('select max(version) as version from schema_migrations');
  return row?.version ?? 0;
}
