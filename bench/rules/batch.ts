import { availableParallelism } from 'node:os';
import { evaluatePopulation } from '@springplank/rules';
import { evaluatePopulationParallel } from '@springplank/rules/node';
import { benchCatalog } from './catalog.ts';
import { syntheticPopulation } from './synthetic.ts';

/**
 * Batch: N synthetic households × full catalogue (N from argv), on every core (worker threads;
 * BENCH_WORKERS=1 for one thread); run in its own process for peak memory.
 */
const n = Number(process.argv[2] ?? 10000);
const workers = Number(process.env.BENCH_WORKERS ?? availableParallelism());
const { catalog, name, files } = benchCatalog();
const pop = syntheticPopulation(catalog.vocabulary, n);
const t = performance.now();
const cpu = process.cpuUsage();
const result = workers > 1 ? await evaluatePopulationParallel(files, pop, '2026-06-01', { workers }) : evaluatePopulation(catalog, pop, '2026-06-01');
const seconds = (performance.now() - t) / 1000;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
let eligible = 0;
for (const s of result.status) if (s <= 1) eligible++;
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ catalogue: name, households: n, persons: pop.personStart[n], rights: result.rights.length, workers, seconds, cpu_seconds: cpuSeconds, peak_rss_mb: Math.round(peakMb), eligible_outcomes: eligible }));
