/**
 * Demo generator benchmark: time to generate N households (no database) and to load them with
 * loadDemo into a fresh database, on PGlite (a temporary data directory on disk, as `serve`
 * uses it) or on the PostgreSQL server (a throw-away database).
 *
 *   node --import tsx bench/demo-load.ts <households> <pglite|postgres|generate> [chunkSize]
 *
 * Prints one JSON line; docs/performance.md ("Demo generator") records the results.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateHouseholds, loadDemo } from '../packages/server/src/modules/demo/index.ts';
import { openDatabase, type Database } from '../packages/server/src/platform/db/index.ts';
import { createThrowAwayPostgres } from '../packages/server/src/platform/db/test-database.ts';

const households = Number(process.argv[2] ?? 5000);
const mode = process.argv[3] ?? 'pglite';
const chunkSize = Number(process.argv[4] ?? 2000);

function generateOnly(): Record<string, number> {
  const started = performance.now();
  let persons = 0;
  let facts = 0;
  let peakHeap = 0;
  for (const chunk of generateHouseholds({ households, seed: 1, chunkSize })) {
    for (const h of chunk) {
      persons += h.persons.length;
      facts += h.facts.length + h.persons.reduce((n, p) => n + p.facts.length, 0);
    }
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  return { seconds: (performance.now() - started) / 1000, persons, facts, peakHeapMiB: peakHeap / 2 ** 20 };
}

async function open(): Promise<{ database: Database; cleanup: () => void | Promise<void> }> {
  if (mode === 'postgres') {
    const { url, drop } = await createThrowAwayPostgres();
    return { database: await openDatabase({ url }), cleanup: drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'springplank-demo-bench-'));
  return { database: await openDatabase({ dataDir: dir }), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

if (mode === 'generate') {
  console.log(JSON.stringify({ mode, households, chunkSize, ...generateOnly() }));
} else {
  const { database, cleanup } = await open();
  let peakRss = 0;
  try {
    const result = await loadDemo(database, {
      households,
      seed: 1,
      chunkSize,
      onProgress: () => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      },
    });
    console.log(
      JSON.stringify({
        mode,
        households,
        chunkSize,
        seconds: result.millis / 1000,
        persons: result.persons,
        facts: result.facts,
        dossiers: result.dossiers,
        factsPerSecond: Math.round(result.facts / (result.millis / 1000)),
        peakRssMiB: Math.round(peakRss / 2 ** 20),
      }),
    );
  } finally {
    await database.close();
    await cleanup();
  }
}
