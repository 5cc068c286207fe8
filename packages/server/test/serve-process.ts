import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '../src/modules/demo/index.ts';

// Test support for the crash tests of persisted runs (screening and grant runs): a real
// `springplank serve` process that a test can kill with SIGKILL mid-run.
const CLI = fileURLToPath(new URL('../../cli/bin/springplank.js', import.meta.url));

/** Starts `springplank serve` on a free port against a PostgreSQL database; resolves once it listens. */
export function serveProcess(databaseUrl: string, children: ChildProcess[]): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--no-demo', '--database-url', databaseUrl], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, base: match[1]! });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before it listened:\n${output}`)));
  });
}

/** Signs in as the demo coordinator and returns headers for state-changing requests. */
export async function signInAsCoordinator(base: string): Promise<Record<string, string>> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'coordinator@ocmw.kansendonk.demo', password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`demo coordinator could not sign in (${login.status})`);
  const session = login.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const secret = csrf.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const { token } = (await csrf.json()) as { token: string };
  return { cookie: [...session, ...secret].join('; '), 'x-csrf-token': token, 'content-type': 'application/json' };
}
