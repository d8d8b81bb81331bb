// Peak memory and wall time of the example shop's run on each engine: the bundled CLI
// (dist/cli.js, so `npm run build` first) as a user runs it, on PGlite and on PostgreSQL and
// MariaDB servers started on loopback as the test runner starts them. Peak RSS is GNU time's
// "Maximum resident set size" of the CLI process, worker threads included.
//
//   npm run bench:memory                 (`-- --runs 5`, `-- --node /path/to/node`)
//
// Run it in a git checkout: the `--base HEAD` row builds the current commit as the base branch.
//
// Never part of `npm test`: it prints figures, nothing more.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { startMariadb, startPostgres, type StartedServer } from '../tests/support/servers.mjs';

const execFileAsync = promisify(execFile);
const ROOT = path.join(import.meta.dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const CONFIG = path.join(ROOT, 'examples', 'shop', 'sluice.yml');
const TIME = '/usr/bin/time';
const RUNS = Number(argument('--runs') ?? 3);
const NODE = argument('--node') ?? process.execPath;

interface Sample {
  peakMiB: number;
  wallS: number;
}

async function runOnce(engineArgs: string[]): Promise<Sample> {
  const started = performance.now();
  // The example has findings that fail the gate; the exit code does not matter here, the figures do.
  const { stderr } = await execFileAsync(TIME, ['-v', NODE, CLI, 'check', '--config', CONFIG, '--quiet', ...engineArgs], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stderr?: string; code?: number }) => {
    if (typeof error.stderr === 'string' && /Maximum resident set size/.test(error.stderr)) return { stderr: error.stderr };
    throw error;
  });
  const wallS = (performance.now() - started) / 1000;
  const kib = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]);
  if (!Number.isFinite(kib)) throw new Error(`no peak RSS in GNU time's output:\n${stderr.slice(-2000)}`);
  return { peakMiB: kib / 1024, wallS };
}

function summary(samples: Sample[]): string {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const peak = samples.map((s) => s.peakMiB);
  const wall = samples.map((s) => s.wallS);
  return `| ${median(peak).toFixed(0)} MiB (${Math.min(...peak).toFixed(0)}–${Math.max(...peak).toFixed(0)}) | ${median(wall).toFixed(1)} s (${Math.min(...wall).toFixed(1)}–${Math.max(...wall).toFixed(1)}) |`;
}

async function measure(label: string, engineArgs: string[]): Promise<string> {
  const samples: Sample[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await runOnce(engineArgs));
  return `| ${label} ${summary(samples)}`;
}

if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');
if (!existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed to read the peak RSS`);

const rows: string[] = [];
const servers: StartedServer[] = [];
try {
  rows.push(await measure('PGlite (embedded)', ['--engine', 'pglite']));
  // A pull request's shape: the base branch built beside the head (here the same commit, so
  // two instances; a pull request that adds migrations also has the trace's and the round
  // trip's, each dropped when its stage is done).
  rows.push(await measure('PGlite, `--base HEAD`', ['--engine', 'pglite', '--base', 'HEAD']));
  const postgres = await startPostgres();
  servers.push(postgres);
  rows.push(await measure('PostgreSQL server', ['--database-url', postgres.url]));
  const mariadb = await startMariadb().catch((error: unknown) => {
    rows.push(`| MariaDB server | not measured: ${(error as Error).message} | |`);
    return undefined;
  });
  if (mariadb) {
    servers.push(mariadb);
    rows.push(await measure('MariaDB server', ['--database-url', mariadb.url]));
  }
} finally {
  await Promise.all(servers.map((server) => server.stop()));
}

const version = (await execFileAsync(NODE, ['--version'])).stdout.trim();
console.log(`Example shop, \`sluice check\` (dist/cli.js), Node ${version}, ${RUNS} runs each: median (min–max)\n`);
console.log('| engine | peak RSS of the CLI process | wall time |');
console.log('|---|---|---|');
for (const row of rows) console.log(row);

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}
