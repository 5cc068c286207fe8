import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, recordAudit } from '@springplank/server';
import { runCli, throwAwayDatabaseFlags } from './run-cli.ts';

// Every run starts a Node process with tsx and opens the database: slow on a loaded machine.
const CLI_TIMEOUT = 180_000;

let flags: string[];
let drop: () => Promise<void>;

function location() {
  return flags[0] === '--database-url' ? { url: flags[1]! } : { dataDir: flags[1]! };
}

beforeAll(async () => {
  ({ flags, drop } = await throwAwayDatabaseFlags());
  const database = await openDatabase(location());
  for (let i = 1; i <= 5; i++) {
    await database.transaction((tx) =>
      recordAudit(tx, { actor: null, action: 'read', recordType: 'person', recordId: i, personIds: [i], purpose: 'case-work', outcome: 'allowed' }),
    );
  }
  await database.close();
});
afterAll(async () => {
  await drop();
});

describe('springplank audit verify', () => {
  it('passes on an untouched audit log', async () => {
    const result = await runCli(['audit', 'verify', ...flags]);
    expect(result.stdout).toMatch(/intact: 5 records/);
    expect(result.code).toBe(0);
  }, CLI_TIMEOUT);

  it('fails and names the first broken record after one row was altered', async () => {
    const database = await openDatabase(location());
    const [row] = await database.query<{ id: number }>('select id from audit_log order by id offset 2 limit 1');
    await database.query('alter table audit_log disable trigger audit_log_append_only');
    await database.query("update audit_log set actor_label = 'someone-else' where id = $1", [row!.id]);
    await database.query('alter table audit_log enable trigger audit_log_append_only');
    await database.close();
    const result = await runCli(['audit', 'verify', ...flags]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`BROKEN at record ${row!.id}`);
  }, CLI_TIMEOUT);
});

describe('springplank users create', () => {
  it('creates an account in an existing organisation and refuses an unknown one', async () => {
    const database = await openDatabase(location());
    await database.db.insertInto('organisations').values({ name: 'OCMW Proef', type: 'ocmw', werkingsgebied_id: null }).execute();
    await database.close();
    const created = await runCli(['users', 'create', '--email', 'beheer@proef.demo', '--name', 'Beheer Proef', '--role', 'beheerder', '--organisation', 'OCMW Proef', ...flags]);
    expect(created.stdout).toMatch(/Created user \d+: beheer@proef\.demo \(beheerder, OCMW Proef\)/);
    expect(created.stdout).toMatch(/Password \(shown once\): \S{12,}/);
    expect(created.code).toBe(0);
    const unknown = await runCli(['users', 'create', '--email', 'x@proef.demo', '--name', 'X', '--role', 'dpo', '--organisation', 'Nergens', ...flags]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown organisation "Nergens"/);
  }, CLI_TIMEOUT);
});
