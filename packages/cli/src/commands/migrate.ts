import type { Command } from 'commander';
import { migrate, openDatabase } from '@springplank/server';
import { addDatabaseOptions, describeLocation, locationFromFlags, type DatabaseFlags } from '../database-options.ts';

/** Registers `springplank migrate`. */
export function registerMigrate(program: Command): void {
  addDatabaseOptions(
    program.command('migrate').description('apply pending database migrations (each in its own transaction; running it twice is harmless)'),
  ).action(async (flags: DatabaseFlags) => {
    const location = locationFromFlags(flags);
    const database = await openDatabase(location, { migrate: false });
    try {
      const report = await migrate(database);
      for (const migration of report.applied) console.log(`applied ${String(migration.version).padStart(3, '0')}_${migration.name}`);
      console.log(`${describeLocation(location)} is at migration ${report.version}${report.applied.length === 0 ? ' (nothing to do)' : ''}.`);
    } finally {
      await database.close();
    }
  });
}
