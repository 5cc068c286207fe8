import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './lock.ts';

describe('data directory lock', () => {
  it('refuses a second lock while the first is held and allows it after release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'springplank-lock-'));
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    release();
    expect(existsSync(join(dir, 'springplank.lock'))).toBe(false);
    lockDataDir(dir)();
  });

  it('takes over a lock left behind by a process that no longer runs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'springplank-lock-'));
    // Pids are below 2^22 on Linux, so this one cannot be alive.
    writeFileSync(join(dir, 'springplank.lock'), JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), since: '2026-01-01T00:00:00Z' }));
    const release = lockDataDir(dir);
    release();
  });

  it('never takes over a lock of a process on another host', () => {
    const dir = mkdtempSync(join(tmpdir(), 'springplank-lock-'));
    writeFileSync(join(dir, 'springplank.lock'), JSON.stringify({ pid: 2 ** 22 + 1, host: 'elsewhere', since: '2026-01-01T00:00:00Z' }));
    expect(() => lockDataDir(dir)).toThrow(/already in use/);
  });
});
