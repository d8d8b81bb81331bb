// The load runner against the reference tools, on the same server in one run:
//
//   PostgreSQL: pgbench -S -M prepared -c 8 -j 2 -T 5 (a primary-key lookup on
//   pgbench_accounts, scale 10) and Sluice's load runner with the same lookup, clients and
//   duration. MariaDB: sysbench oltp_point_select, when sysbench is installed, likewise.
//
//   npm run bench:load                      (5 rounds of 5 s per tool and mode, about 3.5 min;
//                                            `-- --rounds 1` for a quick look, `-- --seconds 15`
//                                            for longer runs, `-- --server mariadb` or
//                                            `postgresql` for one server, `-- --separate-cores`
//                                            to give the servers and the clients cores apart)
//
// Each round runs the tool, then the runner with its connections on one thread (`threads: 1`)
// and on two (`threads: 2`, as pgbench's -j 2), the two in alternating order. The runner runs
// as it ships: bundled like dist/ (bench/load-phase.ts, built into a temporary folder at the
// start) and in a fresh process each time, as the tools are. Prints the rates, Sluice's share
// of the tool's, and the medians over the rounds: single rounds swing with the machine by ±10
// points or more, so the default is several.
// By default the servers, the tools and the runner share every core, as on a CI runner where
// the database runs beside Sluice: the ratio then also says how much CPU each client leaves to
// the server. With --separate-cores (Linux, taskset) the servers get the first half of the
// cores and the clients the rest, as a load generator is usually run: the ratio then says
// whether the runner drives the server as hard as the tool does.
// Goal: at least 90 % of the tool. Never part of `npm test`: it prints figures, nothing more.
// The servers it starts are always stopped.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import mysql from 'mysql2/promise';
import pg from 'pg';
import type { PhaseFigures, PhaseSpec } from './load-phase.js';
import { bundleOptions } from '../scripts/bundle-options.mjs';
import { findPostgresBinDir, findProgram, startMariadb, startPostgres, type StartedServer } from '../tests/support/servers.mjs';

const execFileAsync = promisify(execFile);
const SECONDS = Number(argument('--seconds') ?? 5);
const ROUNDS = Number(argument('--rounds') ?? 5);
const SERVER = argument('--server');
if (SERVER !== undefined && SERVER !== 'postgresql' && SERVER !== 'mariadb') {
  console.error(`--server ${SERVER}: give postgresql or mariadb (or leave it out for both).`);
  process.exit(2);
}
const CLIENTS = 8;
const THREADS = 2;
/** With --separate-cores: the command prefix that puts a client on the clients' cores. */
const onClientCores = process.argv.includes('--separate-cores') ? separateCores() : [];
/** pgbench -i -s 10: 1,000,000 accounts. */
const SCALE = 10;
/** sysbench's table: as many rows as pgbench's, so both lookups reach a similar index. */
const SYSBENCH_ROWS = 1_000_000;

const servers: StartedServer[] = [];
let stopping = false;
async function stopAll(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled(servers.map((s) => s.stop()));
}
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => void stopAll().finally(() => process.exit(code)));
}

const bundle = await mkdtemp(path.join(tmpdir(), 'sluice-bench-load-'));
try {
  await bundleRunner(bundle);
  const rows: string[][] = [];
  if (SERVER !== 'mariadb') rows.push(...(await postgresRound()));
  const mariadb = SERVER === 'postgresql' ? undefined : await mariadbRound();
  if (mariadb) rows.push(...mariadb);
  console.log(`\n| server | tool | tool rate /s | Sluice | Sluice rate /s | Sluice / tool |\n|---|---|---|---|---|---|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
} finally {
  await stopAll();
  await rm(bundle, { recursive: true, force: true });
}

/** bench/load-phase.ts and the load worker, bundled with dist/'s settings. */
async function bundleRunner(outdir: string): Promise<void> {
  await build({
    ...bundleOptions,
    absWorkingDir: path.join(import.meta.dirname, '..'),
    entryPoints: { 'load-phase': 'bench/load-phase.ts', 'load-worker': 'src/measure/load/worker.ts' },
    outdir,
  });
}

async function postgresRound(): Promise<string[][]> {
  const server = await startPostgres();
  servers.push(server);
  const admin = new URL(server.adminUrl);
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(admin.password) };
  const connect = ['-h', admin.hostname, '-p', admin.port, '-U', admin.username];
  const pgbench = `${findPostgresBinDir()}/pgbench`;
  const client = new pg.Client({ connectionString: server.adminUrl });
  await client.connect();
  const version = (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]!.v;
  await client.query('CREATE DATABASE bench');
  await client.end();
  console.log(`PostgreSQL ${version}: pgbench -i -s ${SCALE} …`);
  await execFileAsync(pgbench, [...connect, '-i', '-q', '-s', String(SCALE), 'bench'], { env });

  const args = ['-S', '-M', 'prepared', '-c', String(CLIENTS), '-j', String(THREADS), '-T', String(SECONDS), '-n'];
  const url = new URL(server.adminUrl);
  url.pathname = '/bench';
  const sql = 'SELECT abalance FROM pgbench_accounts WHERE aid = $1';
  const command = `pgbench -S -M prepared -c ${CLIENTS} -j ${THREADS} -T ${SECONDS}`;
  const rounds = await interleaved(
    async () => {
      console.log(`pgbench ${args.join(' ')} …`);
      const { stdout } = await runClient(pgbench, [...connect, ...args, 'bench'], { env });
      return Number(/tps = ([\d.]+)/.exec(stdout)?.[1]);
    },
    (threads) => sluice(url.toString(), 'postgresql', sql, SCALE * 100_000, 1, threads),
  );
  console.log(`… and with pipeline: 2 (two lookups in flight per connection), threads: ${THREADS} …`);
  const pipelined = await sluice(url.toString(), 'postgresql', sql, SCALE * 100_000, 2);
  report(rounds[0]!.tool, pipelined);
  const label = `PostgreSQL ${version}`;
  return [...rounds.map((r) => row(label, command, r.mode, r.tool, r.rate, r.ratio)), row(label, command, 'pipeline: 2', rounds[0]!.tool, rate(pipelined))];
}

/**
 * ROUNDS rounds of: the tool, the runner on one thread, the runner on THREADS threads.
 * Returns one line per mode, each with the medians of the rates and of the ratios.
 */
async function interleaved(tool: () => Promise<number>, runner: (threads?: number) => Promise<PhaseFigures>): Promise<{ mode: string; tool: number; rate: number; ratios: number[]; ratio: number }[]> {
  const modes = [{ mode: 'pipeline: 1, threads: 1', threads: 1 }, { mode: `pipeline: 1, threads: ${THREADS}`, threads: THREADS }];
  const tools: number[] = [];
  const rates: number[][] = modes.map(() => []);
  for (let round = 1; round <= ROUNDS; round++) {
    if (ROUNDS > 1) console.log(`round ${round} of ${ROUNDS}`);
    const reference = await tool();
    tools.push(reference);
    // The runner's two modes alternate which goes first, so neither always follows the tool.
    const order = round % 2 ? [0, 1] : [1, 0];
    for (const i of order) {
      const { mode, threads } = modes[i]!;
      console.log(`Sluice load runner (${mode}): ${CLIENTS} connections, ${SECONDS} s …`);
      const result = await runner(threads);
      rates[i]!.push(rate(result));
      report(reference, result);
    }
  }
  if (ROUNDS > 1) {
    const paired = rates[1]!.map((r, round) => (100 * r) / rates[0]![round]!);
    console.log(`threads: ${THREADS} against threads: 1, per round: ${paired.map((r) => r.toFixed(0)).join(', ')} %; median ${median(paired).toFixed(0)} %`);
  }
  return modes.map(({ mode }, i) => {
    const ratios = rates[i]!.map((r, round) => (100 * r) / tools[round]!);
    if (ROUNDS > 1) console.log(`${mode}: ratio per round ${ratios.map((r) => r.toFixed(1)).join(', ')} %; median ${median(ratios).toFixed(1)} %`);
    // The row's ratio is the median of the rounds' ratios, not the ratio of the medians.
    return { mode: ROUNDS > 1 ? `${mode} (median of ${ROUNDS})` : mode, tool: median(tools), rate: median(rates[i]!), ratios, ratio: median(ratios) };
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function rate(result: PhaseFigures): number {
  return result.succeeded / (result.elapsedMs / 1000);
}

async function mariadbRound(): Promise<string[][] | undefined> {
  const sysbench = findProgram('sysbench');
  if (!sysbench) {
    console.log('sysbench is not installed (apt-get install -y sysbench): the MariaDB round is skipped.');
    return undefined;
  }
  const server = await startMariadb();
  servers.push(server);
  const admin = new URL(server.adminUrl);
  const connection = await mysql.createConnection(server.adminUrl);
  const [[{ v: version }]] = (await connection.query('SELECT VERSION() AS v')) as unknown as [[{ v: string }]];
  await connection.query('CREATE DATABASE sbtest');
  await connection.end();
  const common = [
    'oltp_point_select', '--db-driver=mysql', `--mysql-host=${admin.hostname}`, `--mysql-port=${admin.port}`,
    `--mysql-user=${admin.username}`, `--mysql-password=${decodeURIComponent(admin.password)}`, '--mysql-db=sbtest',
    '--tables=1', `--table-size=${SYSBENCH_ROWS}`,
  ];
  console.log(`MariaDB ${version}: sysbench oltp_point_select prepare (${SYSBENCH_ROWS} rows) …`);
  await execFileAsync(sysbench, [...common, 'prepare'], { maxBuffer: 1 << 24 });
  const args = [`--threads=${CLIENTS}`, `--time=${SECONDS}`];
  const url = new URL(server.adminUrl);
  url.pathname = '/sbtest';
  const rounds = await interleaved(
    async () => {
      console.log(`sysbench oltp_point_select ${args.join(' ')} run …`);
      const { stdout } = await runClient(sysbench, [...common, ...args, 'run'], { maxBuffer: 1 << 24 });
      // Each sysbench event runs several point selects: compare queries per second.
      return Number(/queries:\s+\d+\s+\(([\d.]+) per sec/.exec(stdout)?.[1]);
    },
    (threads) => sluice(url.toString(), 'mariadb', 'SELECT c FROM sbtest1 WHERE id = ?', SYSBENCH_ROWS, 1, threads),
  );
  const command = `sysbench oltp_point_select --threads=${CLIENTS} --time=${SECONDS}`;
  console.log(`… and with pipeline: 2 (two lookups in flight per connection), threads: ${THREADS} …`);
  const pipelined = await sluice(url.toString(), 'mariadb', 'SELECT c FROM sbtest1 WHERE id = ?', SYSBENCH_ROWS, 2);
  report(rounds[0]!.tool, pipelined);
  const label = `MariaDB ${version}`;
  return [...rounds.map((r) => row(label, command, r.mode, r.tool, r.rate, r.ratio)), row(label, command, 'pipeline: 2', rounds[0]!.tool, rate(pipelined))];
}

/**
 * Pins this process (and so the servers it starts) to the first half of the cores; returns the
 * prefix that runs a client on the other half.
 */
function separateCores(): string[] {
  const cores = availableParallelism();
  const taskset = findProgram('taskset');
  if (cores < 2 || !taskset) {
    console.error(`--separate-cores needs at least two cores and taskset (util-linux); here: ${cores} core(s), ${taskset ? 'taskset' : 'no taskset'}.`);
    process.exit(2);
  }
  const half = Math.floor(cores / 2);
  const range = (from: number, to: number) => (from === to ? `${from}` : `${from}-${to}`);
  execFileSync(taskset, ['-a', '-p', '-c', range(0, half - 1), String(process.pid)], { stdio: 'ignore' });
  console.log(`Servers on core(s) ${range(0, half - 1)}, the tools and the runner on core(s) ${range(half, cores - 1)}.`);
  return [taskset, '-c', range(half, cores - 1)];
}

/** Runs a client program (a tool or the runner), on the clients' cores when they are apart. */
function runClient(program: string, args: string[], options: { env?: NodeJS.ProcessEnv; maxBuffer?: number } = {}): Promise<{ stdout: string }> {
  const [prefix, ...prefixArgs] = onClientCores;
  return prefix ? execFileAsync(prefix, [...prefixArgs, program, ...args], options) : execFileAsync(program, args, options);
}

async function sluice(url: string, server: 'postgresql' | 'mariadb', sql: string, rows: number, depth = 1, threads = THREADS): Promise<PhaseFigures> {
  const spec: PhaseSpec = {
    url,
    server,
    statements: [{ name: 'lookup', sql, params: [{ kind: 'range', low: 1, high: rows }] }],
    weights: [1],
    connections: CLIENTS,
    seed: 42,
    bounds: { warmupMs: 0, durationMs: SECONDS * 1000, capMs: SECONDS * 1000, windowMs: 1000 },
    timeoutMs: 60_000,
    depth,
    threads,
  };
  const { stdout } = await runClient(process.execPath, [path.join(bundle, 'load-phase.js'), JSON.stringify(spec)]);
  const result = JSON.parse(stdout) as PhaseFigures;
  // CPU per operation: the client's own cost, which the rounds' noise (the tool's rate swings
  // with the machine's load) does not blur. The whole process's: worker start-up included.
  console.log(`  Sluice's own CPU: ${(result.cpuMicros / 10 / result.elapsedMs).toFixed(0)} % of one core, ${(result.cpuMicros / result.succeeded).toFixed(1)} µs per operation (start-up included)`);
  if (result.errors.length) throw new Error(`the load runner saw errors: ${result.errors.join(', ')}`);
  return result;
}

function report(tool: number, result: PhaseFigures): void {
  console.log(`  tool ${tool.toFixed(0)}/s, Sluice ${rate(result).toFixed(0)}/s (p50 ${result.p50.toFixed(3)} ms, p95 ${result.p95.toFixed(3)} ms, p99 ${result.p99.toFixed(3)} ms): ${((100 * rate(result)) / tool).toFixed(1)} %`);
}

function row(server: string, command: string, sluiceMode: string, tool: number, sluiceRate: number, ratio = (100 * sluiceRate) / tool): string[] {
  return [server, `\`${command}\``, tool.toFixed(0), sluiceMode, sluiceRate.toFixed(0), `${ratio.toFixed(1)} %`];
}

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
