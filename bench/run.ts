import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, totalmem, release } from 'node:os';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench`: the rules-engine benchmarks, each in its own process (so peak memory is
 * its own), then the figures go to docs/performance.md under "Rules engine".
 * Environment: BENCH_BATCH_SIZES (default 10000,100000,1000000), BENCH_SQL_SIZE (default
 * 100000; 1000000 for the full target), SPRINGPLANK_BENCH_POSTGRES_URL.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));

function run(script: string, ...args: string[]): Record<string, unknown> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--max-old-space-size=4096', `${here}rules/${script}`, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const result = JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>;
  console.log(`${script} ${args.join(' ')}`.trim(), JSON.stringify(result));
  return result;
}

const load = loadavg()[0]!.toFixed(1);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Linux ${release()}, Node ${process.version}; load average ${load} when the run started (the machine is shared)`;
console.log(machine);
const single = run('single.ts');
const batches = (process.env.BENCH_BATCH_SIZES ?? '10000,100000,1000000').split(',').map((n) => run('batch.ts', n));
let sql: Record<string, unknown> | string;
try {
  sql = run('sql.ts', process.env.BENCH_SQL_SIZE ?? '100000');
} catch (e) {
  sql = `not measured: ${(e as Error).message.split('\n')[0]}`;
}
const peer = run('peer.ts');

const f = (x: unknown, digits = 2) => Number(x).toFixed(digits);
const section = `## Rules engine

Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` on ${machine}.
Catalogue: \`${single.catalogue}\` (${single.rights} rights), synthetic households (1-5 members, 10 % unknown facts,
20 % of amounts self-declared), evaluation date 2026-06-01. Wall time is what a user waits; CPU time is
what the process itself used, which shows the engine's cost when other work shares the cores.

| benchmark | result | target |
|---|---|---|
| single: one household, full catalogue, with explanation and near-miss | median ${f(single.median_ms, 3)} ms, p99 ${f(single.p99_ms, 3)} ms (wall, ${single.runs} runs) | median ≤ 1 ms, p99 ≤ 5 ms |
${batches.map((b) => `| batch: ${Number(b.households).toLocaleString('en')} households × ${b.rights} rights, ${b.workers} worker thread(s) | ${f(b.seconds)} s wall, ${f(b.cpu_seconds)} s CPU (all threads), peak ${b.peak_rss_mb} MB | 1M: ≤ 5 s, ≤ 2 GB |`).join('\n')}
| SQL in PostgreSQL | ${typeof sql === 'string' ? sql : `${Number(sql.households).toLocaleString('en')} households × ${sql.rights} rights: ${f(sql.seconds)} s (PostgreSQL ${sql.postgres}; loading the data took ${f(sql.load_seconds)} s, not counted)`} | 1M: ≤ 60 s |
| peer: Publicodes on the same small rule set, per situation | Springplank ${f(peer.springplank_us, 1)} µs, Publicodes ${f(peer.publicodes_us, 1)} µs: ratio ${f(peer.ratio, 1)}× | report the ratio |

How the batch time grows: ${batches.map((b) => `${Number(b.households).toLocaleString('en')} → ${f(b.cpu_seconds)} s CPU`).join(', ')}.
`;

const doc = `${root}docs/performance.md`;
const current = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Performance\n';
const start = current.indexOf('## Rules engine');
let next = start < 0 ? -1 : current.indexOf('\n## ', start + 1);
if (next >= 0) next += 1;
const notes = start >= 0 ? extractNotes(current.slice(start, next < 0 ? undefined : next)) : '';
const updated = start < 0 ? `${current.trimEnd()}\n\n${section}${notes}` : `${current.slice(0, start)}${section}${notes}${next < 0 ? '' : `\n${current.slice(next)}`}`;
writeFileSync(doc, updated);
console.log(`\n${section}`);

/** Keeps the hand-written analysis below the generated table ("### Notes" and after). */
function extractNotes(old: string): string {
  const i = old.indexOf('### Notes');
  return i < 0 ? '' : `\n${old.slice(i).trimEnd()}\n`;
}
