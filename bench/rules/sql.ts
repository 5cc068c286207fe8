import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { loadavg } from 'node:os';
import { compileSql, householdRanges, rangeParameters, runInRanges, sqlSchema, type FactDefinition } from '@springplank/rules';
import { benchCatalog } from './catalog.ts';
import { backendCpuOf } from '../backend-cpu.ts';

/**
 * SQL: N synthetic households generated inside PostgreSQL (same shape and rates as the batch
 * population: 1-5 members, 10 % unknown, 20 % of amounts self-declared), then the compiled
 * catalogue evaluated over all of them: one compiled query run over household ranges on
 * CONNECTIONS connections (default 2, PARTS ranges). Uses a throw-away database, or
 * SPRINGPLANK_BENCH_SQL_DB (loaded once with N households and kept, to time 1M repeatedly).
 * Prints wall time, the CPU of the PostgreSQL backends, the load average and a digest of every
 * household's statuses and amounts (equal digests: equal outcomes).
 */
const n = Number(process.argv[2] ?? 100000);
const url = process.env.SPRINGPLANK_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** An existing database to reuse (loaded once with N households, kept afterwards), to time 1M repeatedly. */
const keep = process.env.SPRINGPLANK_BENCH_SQL_DB;
const { catalog, name } = benchCatalog();
const db = keep ?? `springplank_bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: url });
await admin.connect();
const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [db])).rowCount;
if (!exists) await admin.query(`CREATE DATABASE "${db}"`);
const target = new URL(url);
target.pathname = `/${db}`;
const client = new pg.Client({ connectionString: target.toString() });
try {
  await client.connect();
  let loadSeconds: number | null = null;
  const loaded = exists ? (await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'screening_households'`)).rows[0].n : 0;
  const have = loaded ? (await client.query('SELECT count(*)::int AS n FROM screening_households')).rows[0].n : 0;
  if (have !== n) {
    await client.query('DROP TABLE IF EXISTS screening_households, screening_persons');
    for (const statement of sqlSchema(catalog.vocabulary).split('\n')) await client.query(statement);
    const t0 = performance.now();
    await generate(client, n);
    loadSeconds = (performance.now() - t0) / 1000;
  }
  const compiled = compileSql(catalog, '2026-06-01', { provenance: process.env.PROVENANCE !== 'off' });
  const all = compiled.rights.map((_, k) => `s${k}`).join(' + ');
  const amounts = compiled.rights.map((_, k) => `coalesce(a${k}, 0)`).join(' + ');
  const query = `SELECT count(*)::int AS households, sum(${all})::float8 AS codes, sum(${amounts})::float8 AS amounts, sum(hashtext(q::text))::float8 AS digest FROM (${compiled.sql}) q`;
  if (process.env.EXPLAIN) {
    // The same query as timed: a bare count(*) would let the planner drop unused joins.
    await client.query('BEGIN');
    for (const statement of compiled.setup) await client.query(statement);
    const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS off) ${query}`, compiled.parameters);
    console.error(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
    await client.query('COMMIT');
  }
  const connections = Number(process.env.CONNECTIONS ?? 2);
  const sessions = [client];
  for (let k = 1; k < connections; k++) {
    const extra = new pg.Client({ connectionString: target.toString() });
    await extra.connect();
    sessions.push(extra);
  }
  try {
    const span = (await client.query(`SELECT min(household_id)::float8 AS lo, max(household_id)::float8 AS hi FROM screening_households`)).rows[0];
    // Parts of about 31,250 households (at least two per connection): each session takes the next
    // part when free, so the last parts keep both cores busy; planning costs ~60 ms per part.
    const ranges = householdRanges(span.lo, span.hi, Number(process.env.PARTS ?? Math.max(2 * connections, Math.round(n / 31250))));
    const cpu0 = await backendCpu(sessions);
    const t1 = performance.now();
    const parts = await runInRanges(sessions, ranges, async (session, range) => {
      await session.query('BEGIN');
      try {
        for (const statement of compiled.setup) await session.query(statement);
        // Extra settings to try (`;`-separated), e.g. SQL_SETUP='SET LOCAL jit = on'.
        for (const statement of (process.env.SQL_SETUP ?? '').split(';').filter((x) => x.trim())) await session.query(statement);
        const { rows } = await session.query(query, rangeParameters(compiled, range));
        return rows[0] as { households: number; codes: number; amounts: number; digest: number };
      } finally {
        await session.query('COMMIT');
      }
    });
    const seconds = (performance.now() - t1) / 1000;
    const cpu = Math.round((await backendCpu(sessions) - cpu0) * 100) / 100;
    const checked = parts.reduce((t, p) => t + p.households, 0);
    const codes = parts.reduce((t, p) => t + p.codes, 0);
    const amounts = parts.reduce((t, p) => t + p.amounts, 0);
    // Every status and amount of every household: the same digest means the same outcomes.
    const digest = parts.reduce((t, p) => t + p.digest, 0);
    const version = (await client.query('SHOW server_version')).rows[0].server_version;
    console.log(JSON.stringify({ catalogue: name, households: n, rights: compiled.rights.length, connections, parts: ranges.length, seconds, postgres_cpu_seconds: cpu, load_seconds: loadSeconds, sql_kb: Math.round(compiled.sql.length / 1024), postgres: version, checked, codes, amounts: Math.round(amounts * 100) / 100, digest, load_average: loadavg().map((l) => l.toFixed(2)).join(' ') }));
  } finally {
    for (const extra of sessions.slice(1)) await extra.end().catch(() => undefined);
  }
} finally {
  await client.end().catch(() => undefined);
  if (!keep) await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
  await admin.end();
}

/** CPU seconds the server processes of these sessions used (see backendCpuOf). */
async function backendCpu(sessions: pg.Client[]): Promise<number> {
  const pids = await Promise.all(sessions.map(async (session) => (await session.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number));
  return backendCpuOf(pids);
}

function value(def: FactDefinition, role: string | null): string {
  const unknown = (expr: string, rate = 0.1) => `CASE WHEN random() < ${rate} THEN NULL ELSE ${expr} END`;
  switch (def.type) {
    case 'boolean':
      return unknown('random() < 0.25');
    case 'enum':
    case 'string': {
      const values = def.values ?? (def.id === 'municipality_nis' ? ['99001', '99002', '44021', '11002'] : ['a', 'b', 'c']);
      return unknown(`(ARRAY[${values.map((v) => `'${v}'`).join(', ')}])[1 + floor(random() * ${values.length})::int]`);
    }
    case 'date':
      if (def.id !== 'date_of_birth') return unknown(`DATE '2026-06-01' - floor(random() * 5 * 365.25)::int`, 0.6);
      return unknown(`DATE '2026-06-01' - floor((CASE WHEN ${role} = 'kind' THEN random() * 25 ELSE 18 + random() * 72 END) * 365.25)::int`);
    case 'number':
      return unknown('floor(random() * 100)::float8');
    case 'money':
      return unknown(`round((random() * ${def.unit?.includes('year') ? 60000 : 3500})::numeric, 2)::float8`);
  }
}

async function generate(c: pg.Client, households: number): Promise<void> {
  const facts = [...catalog.vocabulary.facts.values()];
  const columns = (entity: 'household' | 'person', role: string | null) => {
    const defs = facts.filter((f) => f.entity === entity);
    const names = defs.flatMap((f) => (f.type === 'money' ? [`"${f.id}"`, `"${f.id}__self_declared"`] : [`"${f.id}"`]));
    const values = defs.flatMap((f) => (f.type === 'money' ? [value(f, role), 'random() < 0.2'] : [value(f, role)]));
    return { names: names.join(', '), values: values.join(', ') };
  };
  const h = columns('household', null);
  await c.query(`INSERT INTO screening_households (household_id, ${h.names}) SELECT g, ${h.values} FROM generate_series(1, ${households}) g`);
  const p = columns('person', 'm.role');
  const size = `(CASE WHEN abs(hashint4(g)) % 100 < 45 THEN 1 WHEN abs(hashint4(g)) % 100 < 75 THEN 2 WHEN abs(hashint4(g)) % 100 < 88 THEN 3 WHEN abs(hashint4(g)) % 100 < 96 THEN 4 ELSE 5 END)`;
  const members = `SELECT g, k, CASE WHEN k = 0 THEN 'aanvrager' WHEN k = 1 AND random() < 0.5 THEN 'partner' WHEN random() < 0.9 THEN 'kind' ELSE 'andere' END AS role FROM generate_series(1, ${households}) g CROSS JOIN LATERAL generate_series(0, ${size} - 1) k`;
  await c.query(`INSERT INTO screening_persons (household_id, ordinal, person_id, role, ${p.names}) SELECT m.g, m.k, 'p' || (m.k + 1), m.role, ${p.values} FROM (${members}) m`);
  await c.query('ANALYZE');
}
