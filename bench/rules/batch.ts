import { evaluatePopulation } from '@springplank/rules';
import { benchCatalog } from './catalog.ts';
import { syntheticPopulation } from './synthetic.ts';

/** Batch: N synthetic households × full catalogue (N from argv); run in its own process for peak memory. */
const n = Number(process.argv[2] ?? 10000);
const { catalog, name } = benchCatalog();
const pop = syntheticPopulation(catalog.vocabulary, n);
const t = performance.now();
const cpu = process.cpuUsage();
const result = evaluatePopulation(catalog, pop, '2026-06-01');
const seconds = (performance.now() - t) / 1000;
const used = process.cpuUsage(cpu);
const cpuSeconds = (used.user + used.system) / 1e6;
let eligible = 0;
for (const s of result.status) if (s <= 1) eligible++;
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ catalogue: name, households: n, persons: pop.personStart[n], rights: result.rights.length, seconds, cpu_seconds: cpuSeconds, peak_rss_mb: Math.round(peakMb), eligible_outcomes: eligible }));
