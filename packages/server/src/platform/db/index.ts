/** The database platform: connection, migrations, schema types and test databases. */
export type { Backend, Database, Queryable, ScriptTransaction } from './connect.ts';
export { openDatabase, locationFromEnv, type DatabaseLocation, type OpenOptions } from './database.ts';
export { DataDirLockedError } from './lock.ts';
export { migrate, migrationVersion, readMigrations, MIGRATIONS_DIR, type Migration, type MigrationReport } from './migrate.ts';
export * from './schema.ts';
