import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/platform/db/connect.ts';
import { openTestDatabase } from '../src/platform/db/test-database.ts';
import { recordAudit, verifyAuditChain } from '../src/platform/audit/audit.service.ts';

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
  // Writers in parallel: the chain lock must serialise them into one unbroken chain.
  await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      database.transaction((tx) =>
        recordAudit(tx, {
          actor: null,
          action: 'read',
          recordType: 'person',
          recordId: i,
          personIds: [i],
          purpose: 'case-work',
          outcome: 'allowed',
          details: { b: [1, { z: true, a: 'é' }], a: null },
        }),
      ),
    ),
  );
});
afterAll(async () => {
  await database.close();
});

/** What a tamperer with database rights does: switch the append-only trigger off, change, switch it on. */
async function tamper(sql: string, params: unknown[] = []): Promise<void> {
  await database.query('alter table audit_log disable trigger audit_log_append_only');
  try {
    await database.query(sql, params);
  } finally {
    await database.query('alter table audit_log enable trigger audit_log_append_only');
  }
}

async function ids(): Promise<number[]> {
  return (await database.query<{ id: number }>('select id from audit_log order by id')).map((row) => row.id);
}

describe('audit chain', () => {
  it('refuses updates and deletes while the trigger is on', async () => {
    await expect(database.query("update audit_log set purpose = 'x'")).rejects.toThrow(/append-only/);
    await expect(database.query('delete from audit_log')).rejects.toThrow(/append-only/);
    await expect(database.query('truncate audit_log')).rejects.toThrow(/append-only/);
  });

  it('verifies a chain written by parallel writers', async () => {
    const lastId = Math.max(...(await ids()));
    expect(await verifyAuditChain(database, 5)).toEqual({ ok: true, checked: 12, lastId, lastHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('names the first record whose content was changed', async () => {
    const [, , third] = await ids();
    await tamper("update audit_log set purpose = 'curiosity' where id = $1", [third]);
    expect(await verifyAuditChain(database, 5)).toMatchObject({ ok: false, brokenAt: third, checked: 2, reason: expect.stringMatching(/content/) });
    await tamper("update audit_log set purpose = 'case-work' where id = $1", [third]);
    expect((await verifyAuditChain(database)).ok).toBe(true);
  });

  it('detects a removed record at the record after it', async () => {
    const all = await ids();
    await tamper('delete from audit_log where id = $1', [all[6]]);
    expect(await verifyAuditChain(database, 4)).toMatchObject({ ok: false, brokenAt: all[7], reason: expect.stringMatching(/prev_hash/) });
  });
});
