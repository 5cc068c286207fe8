import { readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) the PostgreSQL server processes `pids` have used so far, from
 * /proc (the server runs on this machine); a process that is not visible or has ended counts 0.
 */
export function backendCpuOf(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // not on this machine, or ended
    }
  }
  return ticks / 100;
}
