import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPostgres, type Database } from '../../platform/db/connect.ts';
import { migrate } from '../../platform/db/migrate.ts';
import { createThrowAwayPostgres, testBackend } from '../../platform/db/test-database.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';
import { serveProcess, signInAsCoordinator } from '../../../test/serve-process.ts';
import { loadDetectionWorld, type DetectionWorld } from '../screening/detection-world.ts';
import { readGrantRun, runGrants } from './grant.service.ts';

// A real `springplank serve` process is killed with SIGKILL in the middle of a grant run, as in
// screening-crash.db.test.ts. PGlite allows one process per data directory, so this runs
// against the PostgreSQL server only.
const AT = '2026-11-01';
const HOUSEHOLDS = 1000;

let database: Database;
let reference: Database;
let url: string;
let world: DetectionWorld;
const children: ChildProcess[] = [];

const serve = () => serveProcess(url, children);

async function decisions(db: Database): Promise<string[]> {
  const rows = await detectionDb(db).selectFrom('grant_decisions').select(['household_id', 'right_id', 'period']).execute();
  return rows.map((r) => `${r.household_id}|${r.right_id}|${r.period}`).sort();
}

describe.skipIf(testBackend() !== 'postgres')('a grant run survives kill -9 of the server', () => {
  beforeAll(async () => {
    const crashed = await createThrowAwayPostgres();
    url = crashed.url;
    database = await connectPostgres(crashed.url, crashed.drop);
    await migrate(database);
    world = await loadDetectionWorld(database, HOUSEHOLDS);
    const uninterrupted = await createThrowAwayPostgres();
    reference = await connectPostgres(uninterrupted.url, uninterrupted.drop);
    await migrate(reference);
    await loadDetectionWorld(reference, HOUSEHOLDS);
  }, 180_000);
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await database?.close();
    await reference?.close();
  });

  it('resumes after a restart and grants what an uninterrupted run grants, each once, each audited', async () => {
    let server = await serve();
    const headers = await signInAsCoordinator(server.base);
    // The request waits for the run; the server dies before it answers.
    const request = fetch(`${server.base}/api/grants/runs`, { method: 'POST', headers, body: JSON.stringify({ municipality_nis: '99001', at_date: AT, chunk_size: 5 }) }).catch(() => null);
    let runId = 0;
    for (;;) {
      const [run] = await database.query<{ id: number; processed: number; status: string }>('select id, processed, status from grant_runs order by id desc limit 1');
      if (run && run.processed >= 25) {
        expect(run.status).toBe('running');
        runId = run.id;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    server.child.kill('SIGKILL');
    await new Promise((resolve) => server.child.once('exit', resolve));
    await request;
    const atKill = await readGrantRun(database, runId);
    expect(atKill.status).toBe('running');
    const [left] = await database.query<{ n: number }>("select count(*)::int as n from households h join grant_runs r on r.id = $1 where h.municipality_nis = '99001' and h.id > r.cursor", [runId]);
    expect(left!.n).toBeGreaterThan(0);

    server = await serve();
    for (let i = 0; i < 1200; i++) {
      if ((await readGrantRun(database, runId)).status !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const resumed = await readGrantRun(database, runId);
    expect(resumed.status).toBe('done');
    server.child.kill('SIGTERM');

    const expected = await runGrants(reference, world.coordinator, { municipality_nis: '99001', at_date: AT });
    const granted = await decisions(database);
    expect(granted).toEqual(await decisions(reference));
    expect(granted.length).toBe(expected.granted);
    expect(resumed.granted).toBe(expected.granted);
    expect(new Set(granted).size).toBe(granted.length);
    const [audits] = await database.query<{ n: number }>("select count(*)::int as n from audit_log where action = 'automatic-grant'");
    expect(audits!.n).toBe(granted.length);
    const [households] = await database.query<{ n: number }>("select count(*)::int as n from households where municipality_nis = '99001'");
    expect((await detectionDb(database).selectFrom('grant_runs').select('processed').where('id', '=', runId).executeTakeFirstOrThrow()).processed).toBe(households!.n);
  }, 300_000);
});
