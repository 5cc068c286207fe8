import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/server.ts';
import { demoLogins } from '../src/platform/startup/demo-on-first-start.ts';
import type { DatabaseLocation } from '../src/platform/db/database.ts';
import { createThrowAwayPostgres, testBackend } from '../src/platform/db/test-database.ts';

let location: DatabaseLocation;
let cleanUp: () => Promise<void>;

beforeAll(async () => {
  if (testBackend() === 'postgres') {
    const { url, drop } = await createThrowAwayPostgres();
    location = { url };
    cleanUp = drop;
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'springplank-start-'));
    location = { dataDir };
    cleanUp = async () => rmSync(dataDir, { recursive: true, force: true });
  }
});
afterAll(async () => {
  await cleanUp();
});

describe('startServer', () => {
  it('loads the demo on the first start, serves the API, and signs in a demo user', async () => {
    let announced = false;
    const server = await startServer({
      location,
      port: 0,
      host: '127.0.0.1',
      webDist: null,
      demo: { households: 20, seed: 7 },
      onDemoLoading: () => (announced = true),
    });
    try {
      expect(server.demo).toBe('loaded');
      expect(announced).toBe(true);
      const { password, logins } = await demoLogins(server.database);
      expect(password).toBe('springplank-demo');
      expect(logins.map((l) => l.email)).toEqual(expect.arrayContaining(['mw@ocmw.kansendonk.demo', 'dpo@ocmw.kansendonk.demo', 'beheer@ocmw.kansendonk.demo']));
      const health = await (await fetch(`${server.url}/api/health`)).json();
      expect(health).toMatchObject({ status: 'ok', database: testBackend() });
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'mw@ocmw.kansendonk.demo', password }),
      });
      expect(login.status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 240_000);

  it('does not load the demo again on the next start', async () => {
    let announced = false;
    const server = await startServer({ location, port: 0, host: '127.0.0.1', webDist: null, demo: {}, onDemoLoading: () => (announced = true) });
    try {
      expect(server.demo).toBe('database-not-empty');
      expect(announced).toBe(false);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
