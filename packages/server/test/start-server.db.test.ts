import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/server.ts';
import { loadDemo } from '../src/modules/demo/index.ts';
import { openDatabase } from '../src/platform/db/index.ts';
import { demoLogins } from '../src/platform/startup/demo-on-first-start.ts';
import type { DatabaseLocation } from '../src/platform/db/database.ts';
import { createThrowAwayPostgres, testBackend } from '../src/platform/db/test-database.ts';

/** A fresh, empty database location for one start-up scenario, and how to remove it. */
async function freshLocation(): Promise<{ location: DatabaseLocation; cleanUp: () => Promise<void> }> {
  if (testBackend() === 'postgres') {
    const { url, drop } = await createThrowAwayPostgres();
    return { location: { url }, cleanUp: drop };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'springplank-start-'));
  return { location: { dataDir }, cleanUp: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

let location: DatabaseLocation;
let cleanUp: () => Promise<void>;

beforeAll(async () => {
  ({ location, cleanUp } = await freshLocation());
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

  it('finishes a demo load that an earlier first start did not complete', async () => {
    const fresh = await freshLocation();
    const database = await openDatabase(fresh.location);
    await loadDemo(database, {
      households: 12,
      seed: 9,
      chunkSize: 4,
      onProgress: (done) => {
        if (done >= 4) throw new Error('server stopped');
      },
    }).catch(() => undefined);
    const before = await database.query<{ n: number }>('select count(*)::int as n from households');
    await database.close();
    expect(before[0]?.n).toBe(4);

    const server = await startServer({ location: fresh.location, port: 0, host: '127.0.0.1', webDist: null, demo: {} });
    try {
      expect(server.demo).toBe('resumed');
      const after = await server.database.query<{ n: number }>('select count(*)::int as n from households');
      expect(after[0]?.n).toBe(12);
    } finally {
      await server.stop();
      await fresh.cleanUp();
    }
  }, 240_000);
});

