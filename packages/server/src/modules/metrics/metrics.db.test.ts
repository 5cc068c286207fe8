import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db/connect.ts';
import { openTestDatabase } from '../../platform/db/test-database.ts';
import { runGrants } from '../grants/grant.service.ts';
import { loadDetectionWorld, type DetectionWorld } from '../screening/detection-world.ts';
import { ScreeningJobs } from '../screening/screening.job.ts';
import { startScreening } from '../screening/screening.service.ts';
import { takeUpMetrics } from './metrics.service.ts';

let database: Database;
let world: DetectionWorld;
const AT = '2026-11-01';

beforeAll(async () => {
  database = await openTestDatabase();
  world = await loadDetectionWorld(database, 400);
  const gebied = await database.db.selectFrom('organisations').select('werkingsgebied_id').where('id', '=', world.ocmwId).executeTakeFirstOrThrow();
  const jobs = new ScreeningJobs(database);
  const run = await startScreening(database, world.coordinator, { scope: { werkingsgebied_id: gebied.werkingsgebied_id! }, at_date: AT });
  jobs.drive(run.id);
  await jobs.settled(run.id);
  await runGrants(database, world.coordinator, { municipality_nis: '99001', at_date: AT });
});
afterAll(async () => {
  await database?.close();
});

describe('take-up metrics', () => {
  it('report per right and neighbourhood from the ledger and never show a count from 1 to 4', async () => {
    const rows = await takeUpMetrics(database, world.coordinator, { period: '2026' });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      for (const value of [row.counts.detected, row.counts.contacted, row.counts.applied, row.counts.granted, row.counts.refused, row.counts.optedOut, row.counts.notReceiving]) {
        expect(value === null || value === 0 || value >= 5).toBe(true);
      }
    }
    expect(rows.some((r) => (r.counts.granted ?? 0) >= 5)).toBe(true);
    expect(rows.some((r) => r.counts.detected === null)).toBe(true);
    const one = await takeUpMetrics(database, world.coordinator, { period: '2026', right: rows[0]!.right });
    expect(new Set(one.map((r) => r.right))).toEqual(new Set([rows[0]!.right]));
  });
});
