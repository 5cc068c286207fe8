import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPostgres, type Database } from '../../platform/db/connect.ts';
import { migrate } from '../../platform/db/migrate.ts';
import { createThrowAwayPostgres, testBackend } from '../../platform/db/test-database.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';
import { serveProcess, signInAsCoordinator } from '../../../test/serve-process.ts';
import { loadDetectionWorld, type DetectionWorld } from './detection-world.ts';
import { ScreeningJobs } from './screening.job.ts';
import { readRun, startScreening } from './screening.service.ts';

// A real `springplank serve` process is killed with SIGKILL in the middle of a run. PGlite
// allows one process per data directory and this test needs the test process and the server
// on one database at once, so it runs against the PostgreSQL server only.
const AT = '2026-11-01';

let database: Database;
let drop: () => Promise<void>;
let url: string;
let world: DetectionWorld;
const children: ChildProcess[] = [];

const serve = () => serveProcess(url, children);

const key = (rows: { household_id: number; right_id: string; kind: string; status: string }[]) =>
  rows.map((r) => `${r.household_id}|${r.right_id}|${r.kind}|${r.status}`).sort();

async function resultsOf(runId: number) {
  return detectionDb(database).selectFrom('screening_results').select(['household_id', 'right_id', 'kind', 'status']).where('run_id', '=', runId).execute();
}

describe.skipIf(testBackend() !== 'postgres')('a screening run survives kill -9 of the server', () => {
  beforeAll(async () => {
    ({ url, drop } = await createThrowAwayPostgres());
    database = await connectPostgres(url, drop);
    await migrate(database);
    world = await loadDetectionWorld(database, 2000);
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await database?.close();
  });

  it('resumes after a restart and gives the same candidates as an uninterrupted run, without duplicates', async () => {
    const gebied = await database.db.selectFrom('organisations').select('werkingsgebied_id').where('id', '=', world.ocmwId).executeTakeFirstOrThrow();
    const scope = { werkingsgebied_id: gebied.werkingsgebied_id! };
    let server = await serve();
    const headers = await signInAsCoordinator(server.base);
    const started = await fetch(`${server.base}/api/screening/runs`, { method: 'POST', headers, body: JSON.stringify({ scope, at_date: AT, chunk_size: 1 }) });
    expect(started.status).toBe(202);
    const runId = Number(((await started.json()) as { id: string }).id);
    for (;;) {
      const run = await readRun(database, null, runId);
      expect(run.status).toBe('running');
      if (run.processed >= 5) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    server.child.kill('SIGKILL');
    await new Promise((resolve) => server.child.once('exit', resolve));
    const atKill = await readRun(database, null, runId);
    expect(atKill.status).toBe('running');
    expect(atKill.processed).toBeLessThan(atKill.total);

    server = await serve();
    for (let i = 0; i < 600; i++) {
      if ((await readRun(database, null, runId)).status !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const resumed = await readRun(database, null, runId);
    expect(resumed.status).toBe('done');
    expect(resumed.processed).toBe(resumed.total);
    server.child.kill('SIGTERM');

    const rows = await resultsOf(runId);
    expect(rows.filter((r) => r.kind === 'candidate')).toHaveLength(resumed.candidates);
    const detections = await detectionDb(database).selectFrom('ledger_transitions').select('id').where('screening_run_id', '=', runId).execute();
    expect(detections).toHaveLength(resumed.candidates);

    const jobs = new ScreeningJobs(database);
    const reference = await startScreening(database, world.coordinator, { scope, at_date: AT });
    jobs.drive(reference.id);
    await jobs.settled(reference.id);
    expect(key(rows)).toEqual(key(await resultsOf(reference.id)));
    expect(rows.length).toBeGreaterThan(0);
  }, 180_000);
});
