import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { CATALOG_DIR } from '../explorer/explorer.catalog.ts';
import { detectionDb } from '../ledger/ledger.tables.ts';
import { loadDetectionWorld, type DetectionWorld } from './detection-world.ts';
import { processChunk, ScreeningJobs } from './screening.job.ts';
import { catalogForRun } from './screening.catalog.ts';
import { cancelRun, readRun, startScreening } from './screening.service.ts';

let database: Database;
let world: DetectionWorld;
const AT = '2026-11-01';

beforeAll(async () => {
  database = await openTestDatabase();
  world = await loadDetectionWorld(database, 120);
});
afterAll(async () => {
  await database?.close();
});

async function results(runId: number) {
  return detectionDb(database)
    .selectFrom('screening_results')
    .select(['household_id', 'right_id', 'kind', 'status'])
    .where('run_id', '=', runId)
    .orderBy('household_id')
    .orderBy('right_id')
    .execute();
}

async function runToEnd(scope: { organisation_id: number } | { werkingsgebied_id: number }, chunk = 25) {
  const jobs = new ScreeningJobs(database);
  const run = await startScreening(database, world.coordinator, { scope, at_date: AT, chunk_size: chunk });
  jobs.drive(run.id);
  await jobs.settled(run.id);
  return readRun(database, null, run.id);
}

describe('screening runs', () => {
  it('screens every household of the organisation, records candidates and a mogelijk recht in the ledger, and reads only referenced facts', async () => {
    const run = await runToEnd({ organisation_id: world.ocmwId });
    expect(run.status).toBe('done');
    expect(run.processed).toBe(run.total);
    expect(run.total).toBeGreaterThan(0);
    expect(run.candidates).toBeGreaterThan(0);
    const rows = await results(run.id);
    expect(rows.filter((r) => r.kind === 'candidate')).toHaveLength(run.candidates);
    expect(rows.every((r) => r.kind === 'review' || r.status !== 'not-eligible')).toBe(true);
    const detections = await detectionDb(database).selectFrom('ledger_transitions').select(['household_id', 'right_id', 'state']).where('screening_run_id', '=', run.id).execute();
    expect(detections.length).toBe(run.candidates);
    expect(detections.every((d) => d.state === 'mogelijk-recht')).toBe(true);
    // Names, addresses and facts no rule reads are never part of what a run may read.
    expect(run.facts_read).not.toContain('national_register_number');
    expect(run.facts_read).toContain('municipality_nis');
  });

  it('does not detect again what is already in the ledger as mogelijk recht', async () => {
    const run = await runToEnd({ organisation_id: world.ocmwId });
    const again = await detectionDb(database).selectFrom('ledger_transitions').select('id').where('screening_run_id', '=', run.id).execute();
    expect(run.candidates).toBeGreaterThan(0);
    expect(again).toHaveLength(0);
  });

  it('refuses a second run on the same scope while one is running, and allows it after a cancel', async () => {
    const first = await startScreening(database, world.coordinator, { scope: { organisation_id: world.ocmwId }, at_date: AT });
    await expect(startScreening(database, world.coordinator, { scope: { organisation_id: world.ocmwId }, at_date: AT })).rejects.toMatchObject({
      status: 409,
      code: 'screening-already-running',
    });
    expect((await cancelRun(database, world.coordinator, first.id)).status).toBe('cancelled');
    const jobs = new ScreeningJobs(database);
    jobs.drive(first.id);
    await jobs.settled(first.id);
    expect((await readRun(database, null, first.id)).processed).toBe(0);
  });

  it("refuses another organisation's scope", async () => {
    await expect(startScreening(database, world.coordinator, { scope: { organisation_id: world.ocmwId + 1 }, at_date: AT })).rejects.toMatchObject({ status: 403 });
  });

  it('refuses to start on a catalogue with errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'springplank-catalog-'));
    try {
      cpSync(CATALOG_DIR, dir, { recursive: true });
      writeFileSync(join(dir, 'rights', 'local', 'kansendonk-woonpremie.yaml'), 'id: kansendonk-woonpremie\neligibility:\n  expr: "unknown_fact > 3"\n');
      expect(() => catalogForRun(dir)).toThrow(expect.objectContaining({ status: 422, code: 'catalog-invalid' }));
      await expect(startScreening(database, world.coordinator, { scope: { organisation_id: world.ocmwId }, at_date: AT }, { catalogDir: dir })).rejects.toMatchObject({ code: 'catalog-invalid' });
      const running = await detectionDb(database).selectFrom('screening_runs').select('id').where('status', '=', 'running').execute();
      expect(running).toHaveLength(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('resumes an interrupted run from its cursor with the same candidates as an uninterrupted run', async () => {
    const gebied = await database.db.selectFrom('organisations').select('werkingsgebied_id').where('id', '=', world.ocmwId).executeTakeFirstOrThrow();
    const scope = { werkingsgebied_id: gebied.werkingsgebied_id! };
    const uninterrupted = await runToEnd(scope, 2);
    expect(uninterrupted.total).toBeGreaterThan(4);
    const { catalog } = catalogForRun();
    const run = await startScreening(database, world.coordinator, { scope, at_date: AT, chunk_size: 2 });
    // Two chunks, then the process "dies": the run stays running with its cursor.
    for (let i = 0; i < 2; i++) await processChunk(database, run.id, catalog);
    const halfway = await readRun(database, null, run.id);
    expect(halfway.status).toBe('running');
    expect(halfway.processed).toBe(4);
    const jobs = new ScreeningJobs(database);
    expect(await jobs.resumeInterrupted()).toEqual([run.id]);
    await jobs.settled(run.id);
    const resumed = await readRun(database, null, run.id);
    expect(resumed.status).toBe('done');
    expect(resumed.processed).toBe(uninterrupted.processed);
    const strip = (rows: Awaited<ReturnType<typeof results>>) => rows.map((r) => `${r.household_id}|${r.right_id}|${r.kind}|${r.status}`);
    expect(strip(await results(run.id))).toEqual(strip(await results(uninterrupted.id)));
  });
});
