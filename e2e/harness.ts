import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** The repository root (this file lives in `<root>/e2e`). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = join(ROOT, 'packages/web');
const CLI = join(ROOT, 'packages/cli/bin/springplank.js');
const CHROMIUM = '/usr/bin/chromium';

/** Households in the e2e demo: small so the server starts fast, big enough to have dossiers. */
export const E2E_DEMO_HOUSEHOLDS = 60;

/** A running server plus browser for one test file. */
export interface Harness {
  /** e.g. `http://127.0.0.1:41234` */
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (own cookies and storage) pointed at the server. */
  newContext(options?: { width?: number; height?: number }): Promise<BrowserContext>;
  /** Stops the browser and the server and removes the temporary data directory. */
  close(): Promise<void>;
}

/** Newest modification time under a path (file or directory tree). */
function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/**
 * Builds the web app when `dist/` is missing or older than its sources: the app itself, and the
 * rules engine and catalogue that the Rechtenverkenner ships to the browser.
 */
export function ensureWebBuilt(): void {
  const built = join(WEB, 'dist/index.html');
  const sources = [
    ...['src', 'index.html', 'vite.config.ts', 'package.json'].map((p) => join(WEB, p)),
    join(ROOT, 'packages/rules/src'),
    join(ROOT, 'catalog'),
  ].filter((p) => existsSync(p));
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: WEB, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`Building the web app failed (exit ${result.status}).`);
}

/** A TCP port nobody listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Polls `GET /api/health` until it answers ok, the server dies, or the time is up. */
async function waitForHealth(baseUrl: string, server: ChildProcess | undefined, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) {
      throw new Error(`The server stopped (exit ${server.exitCode}) before it was healthy:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok && ((await response.json()) as { status?: string }).status === 'ok') return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The server was not healthy within ${timeoutMs / 1000} s:\n${output()}`);
}

/** Stops a child process: SIGTERM, then SIGKILL if it does not exit in time. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the real Springplank server through its CLI on a free port with a fresh data directory
 * and a small demo municipality, waits until it is healthy, and launches Debian Chromium.
 * Set `SPRINGPLANK_E2E_BASE_URL` to test an already running server instead.
 */
export async function startHarness(): Promise<Harness> {
  ensureWebBuilt();
  let server: ChildProcess | undefined;
  let dataDir: string | undefined;
  let log = '';
  let baseUrl = process.env.SPRINGPLANK_E2E_BASE_URL ?? '';
  if (!baseUrl) {
    const port = await freePort();
    dataDir = await mkdtemp(join(tmpdir(), 'springplank-e2e-'));
    baseUrl = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [CLI, 'serve', '--port', String(port), '--demo-households', String(E2E_DEMO_HOUSEHOLDS)], {
      cwd: ROOT,
      env: { ...process.env, SPRINGPLANK_DATA_DIR: dataDir, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-20_000);
    };
    server.stdout?.on('data', keep);
    server.stderr?.on('data', keep);
  }
  try {
    await waitForHealth(baseUrl, server, () => log, 120_000);
  } catch (error) {
    if (server) await stop(server);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  if (!existsSync(CHROMIUM)) {
    if (server) await stop(server);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    throw new Error(`${CHROMIUM} is missing: install Debian Chromium with \`apt-get install -y chromium\`.`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  return {
    baseUrl,
    browser,
    newContext: ({ width = 1280, height = 900 } = {}) =>
      browser.newContext({ baseURL: baseUrl, viewport: { width, height }, locale: 'nl-BE' }),
    close: async () => {
      await browser.close();
      if (server) await stop(server);
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
