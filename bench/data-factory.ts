// The data factory's loading speed against PostgreSQL's own loader, and its memory as rows grow.
//
// Starts a throwaway PostgreSQL server (as the test runner does), creates pgbench's four tables
// at scale 10 (the DDL `pgbench -i -I dt` makes) in a scratch database, seeds them through the
// factory (10 branches, 100 tellers, 1,000,000 accounts, 0 history), and in the same run times
// `pgbench -i -s 10 -I dtg` (drop, create, client-side generate: the same work) on the same
// server. Then the memory scenario: pgbench's tables with their primary and foreign keys, 100k and
// 1M accounts and history rows that point at them, so every account key is a parent value the
// factory must be able to hand out. Then the example shop on PGlite (and MariaDB when installed).
//
//   npm run bench:data                  (`-- --accounts 200000` for a quick look)
//
// Never part of `npm test`: it prints figures, nothing more.
import { execFile } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { promisify } from 'node:util';
import { planSeed, seedData, type DataConfig } from '../src/data/index.js';
import { runGate } from '../src/gate.js';
import { cleanupAll, startServer, type Engine } from '../src/engines/index.js';
import { findProgram, startMariadb, startPostgres } from '../tests/support/servers.mjs';

const execFileAsync = promisify(execFile);
const PGBENCH = '/usr/lib/postgresql/15/bin/pgbench';
const ACCOUNTS = Number(argument('--accounts') ?? 1_000_000);
const SCALE = ACCOUNTS / 100_000;

const fmt = (n: number) => Math.round(n).toLocaleString('en').padStart(9);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

// A forced collection before each memory sample shows what the factory holds, not garbage not yet collected.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

type Stop = () => Promise<void>;
const stops: Stop[] = [];
let stopping = false;
// Always stop the servers, also on Ctrl-C.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopping = true;
    void stopAll().finally(() => process.exit(130));
  });
}

try {
  await main();
} finally {
  if (!stopping) await stopAll();
}

async function main(): Promise<void> {
  const pg = await startPostgres();
  stops.push(pg.stop);
  console.log(`sluice data factory benchmark (Node ${process.version}, ${ACCOUNTS.toLocaleString('en')} accounts)\n`);

  // 1. pgbench's tables through the factory, then pgbench's own loader on the same server.
  const server = await startServer({ engine: pg.url, origin: 'bench', privileges: 'superuser' });
  // The server is thrown away next; a database autovacuum still works on may refuse to drop, which is no matter here.
  stops.unshift(() => server.close().catch(() => undefined));
  const engine = await server.createScratch('bench');
  await pgbench(urlOf(pg.url, engine.database), ['-i', '-s', String(SCALE), '-I', 'dt', '-q']);
  const factory = await seed(engine, { pgbench_branches: SCALE, pgbench_tellers: SCALE * 10, pgbench_accounts: ACCOUNTS, pgbench_history: 0 });

  const started = performance.now();
  await pgbench(pg.adminUrl, ['-i', '-s', String(SCALE), '-I', 'dtg', '-q']);
  const pgbenchMs = performance.now() - started;
  const rows = SCALE * 111 + ACCOUNTS - SCALE * 100;
  const pgbenchRate = rows / (pgbenchMs / 1000);
  console.log('pgbench tables, scale', SCALE, `(${rows.toLocaleString('en')} rows)`);
  console.log(`  factory     ${fmt(factory.rate)} rows/s  (${(factory.ms / 1000).toFixed(2)} s)`);
  console.log(`  pgbench -i  ${fmt(pgbenchRate)} rows/s  (${(pgbenchMs / 1000).toFixed(2)} s, -I dtg)`);
  console.log(`  ratio       ${(factory.rate / pgbenchRate).toFixed(2)} of pgbench's speed (goal: 0.50)`);
  console.log(`  memory      peak heap ${mb(factory.peakHeap)} (garbage included), peak RSS ${mb(factory.peakRss)}\n`);

  // 2. Memory as rows grow: every account key is referenced by pgbench_history.
  console.log('memory as rows grow (pgbench tables with primary and foreign keys; history references every account; heap sampled after a forced GC)');
  for (const accounts of [ACCOUNTS / 10, ACCOUNTS]) {
    const scratch = await server.createScratch(`mem${accounts}`);
    await pgbench(urlOf(pg.url, scratch.database), ['-i', '-s', String(SCALE), '-I', 'dtpf', '-q']);
    const result = await seed(scratch, { pgbench_branches: SCALE, pgbench_tellers: SCALE * 10, pgbench_accounts: accounts, pgbench_history: 1000 }, true);
    console.log(`  ${accounts.toLocaleString('en').padStart(9)} accounts  peak live heap ${mb(result.peakHeap)}, peak RSS ${mb(result.peakRss)}`);
  }
  console.log(`  process max RSS ${mb(process.resourceUsage().maxRSS * 1024)}\n`);

  // 3. The example shop on the other engines.
  await shop('pglite', 'pglite');
  if (findProgram('mariadbd')) {
    const maria = await startMariadb();
    stops.push(maria.stop);
    await shop('mariadb', maria.url);
  }
}

/** The example shop's schema and rows, seeded on one engine. */
async function shop(name: string, engineSetting: string): Promise<void> {
  const report = await runGate({ configFile: 'examples/shop/sluice.yml', engine: engineSetting });
  const seeded = report.seed.tables;
  const rows = seeded.reduce((n, t) => n + t.rows, 0);
  const ms = seeded.reduce((n, t) => n + t.ms, 0);
  console.log(`example shop on ${name}: ${fmt(rows / (ms / 1000))} rows/s (${rows.toLocaleString('en')} rows, ${(ms / 1000).toFixed(2)} s)`);
}

/** Seeds `rows` through the factory; with `live`, samples the heap after a forced collection (slower, exact). */
async function seed(engine: Engine, rows: Record<string, number>, live = false): Promise<{ rate: number; ms: number; peakHeap: number; peakRss: number }> {
  const data: DataConfig = { seed: 42, rows, columns: {} } as unknown as DataConfig;
  const plan = planSeed(await engine.introspect(), data);
  gc();
  let peakHeap = 0;
  let peakRss = 0;
  const sample = () => {
    if (live) gc();
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed + m.external + m.arrayBuffers);
    peakRss = Math.max(peakRss, m.rss);
  };
  const timer = setInterval(sample, live ? 250 : 20);
  const started = performance.now();
  const seeded = await seedData(engine, plan, data);
  const ms = performance.now() - started;
  clearInterval(timer);
  sample();
  const total = seeded.reduce((n, t) => n + t.rows, 0);
  return { rate: total / (ms / 1000), ms, peakHeap, peakRss };
}

async function pgbench(url: string, args: string[]): Promise<void> {
  const u = new URL(url);
  await execFileAsync(PGBENCH, [...args, '-h', u.hostname, '-p', u.port, '-U', decodeURIComponent(u.username), u.pathname.slice(1) || 'postgres'], {
    env: { ...process.env, PGPASSWORD: decodeURIComponent(u.password) },
  });
}

function urlOf(base: string, database: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

async function stopAll(): Promise<void> {
  await cleanupAll().catch(() => undefined);
  for (const stop of stops.splice(0)) await stop().catch((error) => console.error(String(error)));
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

