import { resolve } from 'node:path';
import type { Command } from 'commander';
import { locationFromEnv, openDatabase, type Database, type DatabaseLocation } from '@springplank/server';

/** The options every command that opens the database accepts. */
export interface DatabaseFlags {
  dataDir?: string;
  databaseUrl?: string;
}

/** Adds --data-dir and --database-url to a command. */
export function addDatabaseOptions(command: Command): Command {
  return command
    .option('--data-dir <dir>', 'embedded PGlite database directory (env SPRINGPLANK_DATA_DIR, default ./data)')
    .option('--database-url <url>', 'use a PostgreSQL server instead: postgres://user@host:5432/db (env DATABASE_URL)');
}

/** Where the database is, from the flags first, then the environment. */
export function locationFromFlags(flags: DatabaseFlags): DatabaseLocation {
  if (flags.databaseUrl) return locationFromEnv({ DATABASE_URL: flags.databaseUrl });
  if (flags.dataDir) return { dataDir: resolve(flags.dataDir) };
  return locationFromEnv();
}

/** Opens (and migrates) the database the flags point to. */
export function openFromFlags(flags: DatabaseFlags): Promise<Database> {
  return openDatabase(locationFromFlags(flags));
}

/** A readable name of the database for messages. */
export function describeLocation(location: DatabaseLocation): string {
  return 'url' in location ? `PostgreSQL at ${new URL(location.url).host}${new URL(location.url).pathname}` : `PGlite in ${location.dataDir}`;
}
