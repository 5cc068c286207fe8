import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createThrowAwayPostgres, testBackend } from '@springplank/server/platform/db/test-database.ts';

/** The springplank executable. */
export const BIN = resolve(import.meta.dirname, '../bin/springplank.js');

/** The outcome of one CLI run. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `springplank <args>` in a child process and waits for it to exit. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

/** A throw-away database for CLI runs on the backend of the current test project, as CLI flags. */
export async function throwAwayDatabaseFlags(): Promise<{ flags: string[]; drop: () => Promise<void> }> {
  if (testBackend() === 'postgres') {
    const { url, drop } = await createThrowAwayPostgres();
    return { flags: ['--database-url', url], drop };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'springplank-cli-'));
  return { flags: ['--data-dir', dataDir], drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}
