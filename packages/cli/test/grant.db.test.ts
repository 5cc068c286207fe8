import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@springplank/server';
import { loadDemo } from '@springplank/server/modules/demo/index.ts';
import { runCli, throwAwayDatabaseFlags } from './run-cli.ts';

// Every run starts a Node process with tsx and opens the database: slow on a loaded machine.
const CLI_TIMEOUT = 180_000;

let flags: string[];
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ flags, drop } = await throwAwayDatabaseFlags());
  const database = await openDatabase(flags[0] === '--database-url' ? { url: flags[1]! } : { dataDir: flags[1]! });
  await loadDemo(database, { households: 80, seed: 1 });
  await database.close();
}, CLI_TIMEOUT);
afterAll(async () => {
  await drop();
});

describe('springplank grant', () => {
  it('runs, lists and exports a grant run; a wrong right is refused with the field named', async () => {
    const run = await runCli(['grant', 'run', '--municipality', '99001', '--date', '2026-11-01', ...flags]);
    expect(run.stderr).not.toMatch(/springplank:/);
    expect(run.code).toBe(0);
    const done = /\[#+\] 100%  (\d+)\/\1 households, (\d+) granted, (\d+) to a worker, (\d+) declined earlier, (\d+) refused earlier by a worker \(done\)/.exec(run.stdout);
    expect(done, run.stdout).not.toBeNull();
    expect(Number(done![2])).toBeGreaterThan(0);

    const list = await runCli(['grant', 'list', ...flags]);
    expect(list.stdout).toMatch(new RegExp(`^1  99001  2026-11-01  done +${done![1]}/${done![1]} households  ${done![2]} granted`, 'm'));

    const out = join(tmpdir(), `springplank-payments-${process.pid}.csv`);
    const payments = await runCli(['grant', 'payments', '1', '--out', out, ...flags]);
    expect(payments.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]!.split(';')[0]).toBe('grant_run');
    expect(lines.length - 1).toBeLessThanOrEqual(Number(done![2]));
    expect(payments.stdout).toContain(`Wrote ${lines.length - 1} payments`);

    const resume = await runCli(['grant', 'resume', ...flags]);
    expect(resume.stdout).toContain('No interrupted grant runs.');

    const wrong = await runCli(['grant', 'run', '--municipality', '99001', '--rights', 'leefloon', ...flags]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('body.rights: leefloon is not a right configured for automatic granting');
  }, CLI_TIMEOUT * 3);
});
