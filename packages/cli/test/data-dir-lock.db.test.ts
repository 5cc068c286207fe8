import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMigrations } from '@springplank/server';
import { testBackend } from '@springplank/server/platform/db/test-database.ts';
import { BIN, runCli } from './run-cli.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'springplank-lock-'));
let first: ChildProcess | undefined;

/** Starts `springplank serve` and resolves with its URL once it listens. */
function startServe(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--host', '127.0.0.1', '--no-demo', '--data-dir', dataDir]);
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]! });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

afterAll(async () => {
  if (first) await stop(first);
  rmSync(dataDir, { recursive: true, force: true });
});

// The lock protects PGlite's data directory; a PostgreSQL server handles its own concurrency.
describe.skipIf(testBackend() !== 'pglite')('one process per PGlite data directory', () => {
  it('makes a second server on the same directory refuse with a clear message, and leaves the first one working', async () => {
    const started = await startServe();
    first = started.child;
    const second = await runCli(['serve', '--port', '0', '--no-demo', '--data-dir', dataDir]);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`already in use by another Springplank process (pid ${first.pid})`);
    const health = await fetch(`${started.url}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'pglite', migration: readMigrations().length });
  }, 240_000);

  it('lets the next process in once the first one stopped', async () => {
    await stop(first!);
    const migrate = await runCli(['migrate', '--data-dir', dataDir]);
    expect(migrate.stderr).toBe('');
    expect(migrate.stdout).toContain(`is at migration ${readMigrations().length} (nothing to do)`);
    expect(migrate.code).toBe(0);
  }, 120_000);
});
