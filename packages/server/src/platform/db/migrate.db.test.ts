import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from './connect.ts';
import { migrate, migrationVersion, MIGRATIONS_DIR, readMigrations } from './migrate.ts';
import { openTestDatabase } from './test-database.ts';

let database: Database | undefined;
afterEach(async () => {
  await database?.close();
  database = undefined;
});

async function tableExists(db: Database, table: string): Promise<boolean> {
  const [row] = await db.query<{ exists: boolean }>('select to_regclass($1) is not null as exists', [table]);
  return row?.exists ?? false;
}

describe('migrations', () => {
  it('apply every migration and are harmless to run again', async () => {
    database = await openTestDatabase();
    const latest = readMigrations().length;
    expect(await migrationVersion(database)).toBe(latest);
    const again = await migrate(database);
    expect(again.applied).toEqual([]);
    expect(again.version).toBe(latest);
  });

  it('leave the database untouched when a migration fails half-way', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'springplank-migrations-'));
    try {
      cpSync(MIGRATIONS_DIR, directory, { recursive: true });
      const next = String(readMigrations().length + 1).padStart(3, '0');
      writeFileSync(
        join(directory, `${next}_breaks_half_way.sql`),
        'create table half_done (id integer);\ninsert into half_done values (1);\nselect 1 / 0;\n',
      );
      database = await openTestDatabase({ migrate: false });
      await expect(migrate(database, directory)).rejects.toThrow(/division by zero/);
      expect(await tableExists(database, 'half_done')).toBe(false);
      expect(await tableExists(database, 'persons')).toBe(true);
      expect(await migrationVersion(database)).toBe(readMigrations().length);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('refuse an applied migration whose file was edited', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'springplank-migrations-'));
    try {
      cpSync(MIGRATIONS_DIR, directory, { recursive: true });
      database = await openTestDatabase({ migrationsDir: directory });
      writeFileSync(join(directory, '001_core_model.sql'), '-- edited\n', { flag: 'a' });
      await expect(migrate(database, directory)).rejects.toThrow(/was changed after it was applied/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
