import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Thrown when another live process already uses the PGlite data directory. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The database in ${dataDir} is already in use by another Springplank process (pid ${holderPid}). ` +
        `PGlite allows one process per data directory: stop that process first, or start this one ` +
        `with another SPRINGPLANK_DATA_DIR.`,
    );
    this.name = 'DataDirLockedError';
  }
}

interface LockContent {
  pid: number;
  host: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Blocks briefly: a racing process may have created the file but not yet written it. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function readLock(path: string): LockContent | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockContent;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock file `springplank.lock` in dataDir, or throws DataDirLockedError when a live
 * process holds it. PGlite has no protection of its own: two processes writing one data
 * directory corrupt it. A lock left by a crashed process (pid gone) is taken over.
 * Returns the function that releases the lock.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'springplank.lock');
  const mine: LockContent = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // 'wx' fails when the file exists, so of two racing processes only one creates it.
      writeFileSync(path, JSON.stringify(mine), { flag: 'wx' });
      return () => {
        if (readLock(path)?.pid === process.pid) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(path) ?? (pause(200), readLock(path));
      // A process on another host cannot be checked: never take its lock over.
      if (holder && (holder.host !== mine.host || holder.pid === process.pid || isAlive(holder.pid))) {
        throw new DataDirLockedError(dataDir, holder.pid);
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}; try again.`);
}
