// Proves the timing statistics on a real PostgreSQL server ("prove the statistics").
//
// A/A runs of the example shop (head = base + an empty commit) must show no work regression and
// at most one timing regression over all runs; runs with a planted +25 % slowdown of one query
// must be caught in at least 95 % of them. The rules popular benchmark actions use (a ratio of
// means over a threshold) are applied to the very same samples and printed beside Sluice.
//
//   npm run bench:statistics            (30 + 30 runs; `-- --runs 5` for a quick look)
//
// Exits 1 when Sluice misses a goal. Never part of `npm test`: it prints figures, nothing more.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { mean, median, sampleStandardDeviation } from 'simple-statistics';
import { parse, stringify } from 'yaml';
import { runGate, type GateReport } from '../src/gate.js';
import { cleanupAll } from '../src/engines/index.js';
import { PostgresFamilyEngine } from '../src/engines/postgres-family.js';

const execFileAsync = promisify(execFile);
const repoDir = fileURLToPath(new URL('..', import.meta.url));

const RUNS = Number(argument('--runs') ?? 30);
/** The shop's row counts times this: same tables and shape, a run short enough for 60 of them. */
const DATA_SCALE = 1;
/**
 * The planted query calls a function that spins a loop: pure CPU, no pages, so its time grows in
 * proportion to the loop while its work counters stay put, and it is as exposed to machine noise
 * as a real query. (pg_sleep is no good here: it rounds up to whole milliseconds, 8 ms sleeps
 * 9.1 and 10 ms 10.1, a +11 % slowdown.) The ratio actually measured is printed, so the +25 % is
 * checked, not assumed.
 */
const BASE_SPINS = 300_000;
const HEAD_SPINS = BASE_SPINS * 1.25;
const PLANTED_KEY = 'query.slow-lookup.time';

/** What github-action-benchmark and similar actions do: one figure per side, alert above a ratio. */
const REFERENCE_RULES = [
  { name: 'mean ratio > 2.0 (github-action-benchmark default)', threshold: 2.0 },
  { name: 'mean ratio > 1.5', threshold: 1.5 },
  { name: 'mean 10 % slower', threshold: 1.1 },
] as const;

/** One time metric of one run: Sluice's status and both sides' samples. */
interface TimeComparison {
  key: string;
  status: string;
  p?: number;
  interval?: [number, number];
  base: number[];
  head: number[];
}

interface RunResult {
  kind: 'aa' | 'planted';
  /** The engine as the report names it (PostgreSQL and its version). */
  server: string;
  wallMs: number;
  workRegressions: string[];
  times: TimeComparison[];
}

// tests/support/servers.mjs is plain JS; its shape, as far as this bench uses it.
interface StartedPostgres {
  url: string;
  stop: () => Promise<void>;
}
const serversModule = path.join(repoDir, 'tests/support/servers.mjs');
const { startPostgres } = (await import(serversModule)) as { startPostgres: () => Promise<StartedPostgres> };

/** A repository holding the shop plus the planted query: a base commit and a head commit. */
async function shopRepository(kind: 'aa' | 'planted'): Promise<{ dir: string; baseSha: string; configFile: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `sluice-bench-${kind}-`));
  folders.push(dir);
  const git = async (...args: string[]) => (await execFileAsync('git', args, { cwd: dir })).stdout.trim();
  await git('init', '-q', '-b', 'main');
  await git('config', 'user.email', 'bench@example.com');
  await git('config', 'user.name', 'Sluice bench');
  await cp(path.join(repoDir, 'examples/shop/migrations'), path.join(dir, 'migrations'), { recursive: true });

  const config = parse(await readFile(path.join(repoDir, 'examples/shop/sluice.yml'), 'utf8')) as {
    data: { rows: Record<string, number> };
    queries: unknown[];
  };
  for (const table of Object.keys(config.data.rows)) config.data.rows[table] = Math.round(config.data.rows[table]! * DATA_SCALE);
  config.queries.push({ name: 'slow lookup', sql: 'select slow_lookup($1)', params: [{ from: 'products.id' }] });
  await writeFile(path.join(dir, 'sluice.yml'), stringify(config));
  const slowLookup = (spins: number) =>
    `-- A lookup whose cost is a known amount of CPU: the benchmark's planted slowdown.\n` +
    `create function slow_lookup(i int) returns int language plpgsql as $$\n` +
    `declare spun int := 0;\n` +
    `begin\n  for step in 1..${spins} loop spun := spun + 1; end loop;\n  return i;\nend $$;\n`;
  const migration = path.join(dir, 'migrations/postgres/0008_slow_lookup.sql');
  await writeFile(migration, slowLookup(BASE_SPINS));
  await git('add', '-A');
  await git('commit', '-q', '-m', 'shop with a slow lookup');
  const baseSha = await git('rev-parse', 'HEAD');

  // The pull request: nothing at all (A/A), or only the function's loop, 25 % longer.
  if (kind === 'planted') await writeFile(migration, slowLookup(HEAD_SPINS));
  await git('commit', '-q', '-a', '--allow-empty', '-m', kind === 'aa' ? 'nothing changed' : 'slow lookup 25 % slower');
  return { dir, baseSha, configFile: path.join(dir, 'sluice.yml') };
}

/** Timings of every profiled statement, by side and SQL text: the report keeps only the head's samples. */
const observed = new Map<string, number[]>();
const profile = PostgresFamilyEngine.prototype.profile;
PostgresFamilyEngine.prototype.profile = async function (this: PostgresFamilyEngine, sql, params) {
  const result = await profile.call(this, sql, params);
  const side = this.database.endsWith('_base') ? 'base' : 'head';
  const key = `${side}\n${sql}`;
  observed.set(key, [...(observed.get(key) ?? []), result.timeMs]);
  return result;
};

async function measuredRun(kind: 'aa' | 'planted', repo: { dir: string; baseSha: string; configFile: string }, databaseUrl: string): Promise<RunResult> {
  observed.clear();
  process.chdir(repo.dir);
  const runStarted = performance.now();
  const report = await runGate({ configFile: repo.configFile, databaseUrl, base: repo.baseSha });
  const wallMs = performance.now() - runStarted;
  await cleanupAll(); // the base's checkout, as the CLI does after each run
  if (report.comparison.against !== 'base-branch') throw new Error(`run compared with ${report.comparison.against}: ${report.comparison.note ?? ''}`);
  const metrics = report.comparison.metrics;
  return {
    kind,
    server: `${report.engine.name} ${report.engine.version}`,
    wallMs,
    workRegressions: metrics.filter((m) => m.kind === 'work' && m.status === 'regression').map((m) => m.key),
    times: metrics.filter((m) => m.kind === 'time').map((m) => ({ key: m.key, status: m.status, p: m.p, interval: m.interval, ...samplesOf(report, m.key, m.base) })),
  };
}

/**
 * Both sides' samples of one time metric. The head's are in the report; the observed timings
 * whose tail equals them name the SQL, and the base's tail of the same SQL must have the
 * median the comparison reports — so a wrong match fails loudly instead of skewing figures.
 */
function samplesOf(report: GateReport, key: string, reportedBaseMedian: number | undefined): { base: number[]; head: number[] } {
  const head = report.metrics.find((m) => m.key === key)?.samples ?? [];
  const tail = (values: number[]) => values.slice(-head.length);
  const sql = [...observed.entries()].find(([k, v]) => k.startsWith('head\n') && sameValues(tail(v), head))?.[0].slice('head\n'.length);
  const base = tail(observed.get(`base\n${sql}`) ?? []);
  if (sql === undefined || base.length !== head.length || median(base) !== reportedBaseMedian) {
    throw new Error(`could not find the base samples of ${key}`);
  }
  return { base, head };
}

const sameValues = (a: number[], b: number[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const ratioOfMedians = (t: TimeComparison) => median(t.head) / median(t.base);
const ratioOfMeans = (t: TimeComparison) => mean(t.head) / mean(t.base);
const coefficientOfVariation = (samples: number[]) => sampleStandardDeviation(samples) / mean(samples);

/** Prints the table and the machine; true when Sluice met its goals. */
function printFigures(results: RunResult[]): boolean {
  const aa = results.filter((r) => r.kind === 'aa');
  const planted = results.filter((r) => r.kind === 'planted');
  const aaTimes = aa.flatMap((r) => r.times);
  const plantedTarget = planted.map((r) => r.times.find((t) => t.key === PLANTED_KEY)!);
  const plantedOthers = planted.flatMap((r) => r.times.filter((t) => t.key !== PLANTED_KEY));
  const workRegressions = aa.reduce((n, r) => n + r.workRegressions.length, 0);
  const plantedWorkRegressions = planted.reduce((n, r) => n + r.workRegressions.length, 0);

  const approaches: Array<{ name: string; flags: (t: TimeComparison) => boolean }> = [
    { name: 'Sluice (Mann-Whitney p < 0.01 and bootstrap CI > +10 %)', flags: (t) => t.status === 'regression' },
    ...REFERENCE_RULES.map((rule) => ({ name: rule.name, flags: (t: TimeComparison) => ratioOfMeans(t) > rule.threshold })),
  ];
  const rows = approaches.map(({ name, flags }) => {
    const alarms = aaTimes.filter(flags).length;
    const runsWithAlarm = aa.filter((r) => r.times.some(flags)).length;
    const detected = plantedTarget.filter(flags).length;
    const othersFlagged = plantedOthers.filter(flags).length;
    return [
      name,
      `${alarms} / ${aaTimes.length} (${percent(alarms, aaTimes.length)})`,
      `${runsWithAlarm} / ${aa.length}`,
      `${detected} / ${planted.length} (${percent(detected, planted.length)})`,
      `${othersFlagged} / ${plantedOthers.length}`,
    ];
  });

  const wall = results.map((r) => r.wallMs / 1000);
  const plantedRatios = plantedTarget.map(ratioOfMedians);
  const allSamples = results.flatMap((r) => r.times.flatMap((t) => [t.base, t.head]));
  const cpus = os.cpus();
  const sluiceAlarms = aaTimes.filter(approaches[0]!.flags).length;
  const detection = plantedTarget.filter(approaches[0]!.flags).length / planted.length;
  const goals = [
    { goal: 'A/A work regressions = 0', met: workRegressions === 0, figure: `${workRegressions} (planted runs: ${plantedWorkRegressions})` },
    { goal: 'A/A time regressions ≤ 1 in total', met: sluiceAlarms <= 1, figure: String(sluiceAlarms) },
    { goal: 'planted +25 % detected ≥ 95 %', met: detection >= 0.95, figure: percent(detection * planted.length, planted.length) },
  ];

  const out = (line = '') => process.stdout.write(`${line}\n`);
  out();
  out(`Sluice statistics benchmark: ${aa.length} A/A runs + ${planted.length} runs with a planted +25 % slowdown`);
  out(`(each run: base and head built on one server, ${aaTimes.length / Math.max(aa.length, 1)} queries × ${aaTimes[0]?.head.length ?? 0} timings per side, interleaved)`);
  out();
  out(table(['approach', 'A/A false alarms (time metrics)', 'A/A runs alarmed', 'planted +25 % detected', 'planted runs: unchanged queries alarmed'], rows));
  out();
  // Where the alarms fall: per query, its typical time and how often each approach cried wolf on it in A/A.
  const keys = [...new Set(aaTimes.map((t) => t.key))];
  out(table(
    ['query (A/A runs)', 'median time', 'Sluice: regr. / impr.', 'mean 10 % slower'],
    keys.map((key) => {
      const runs = aaTimes.filter((t) => t.key === key);
      const count = (status: string) => runs.filter((t) => t.status === status).length;
      return [key, `${median(runs.map((t) => median(t.base))).toFixed(3)} ms`, `${count('regression')} / ${count('improvement')}`, String(runs.filter(approaches[3]!.flags).length)];
    }),
  ));
  out();
  for (const g of goals) out(`${g.met ? 'met   ' : 'MISSED'}  ${g.goal}: ${g.figure}`);
  out();
  out(`planted slowdown measured (median head/base of the slow lookup): median ${ratio(median(plantedRatios))}, range ${ratio(Math.min(...plantedRatios))}–${ratio(Math.max(...plantedRatios))}`);
  // A missed detection, with what Sluice saw: which of the two conditions failed, and how noisy the samples were.
  for (const [i, t] of plantedTarget.entries()) {
    if (approaches[0]!.flags(t)) continue;
    out(`missed in planted run ${i + 1}: median ratio ${ratio(ratioOfMedians(t))}, p ${t.p?.toExponential(1) ?? '?'}, ` +
      `interval ${t.interval?.map(ratio).join('–') ?? '?'}, CV base ${percent(coefficientOfVariation(t.base), 1)} head ${percent(coefficientOfVariation(t.head), 1)}`);
  }
  out(`noise: median coefficient of variation of a side's ${aaTimes[0]?.head.length ?? 0} timings ${percent(median(allSamples.map(coefficientOfVariation)), 1)}` +
    ` (shop queries ${percent(median(results.flatMap((r) => r.times.filter((t) => t.key !== PLANTED_KEY).flatMap((t) => [t.base, t.head])).map(coefficientOfVariation)), 1)},` +
    ` slow lookup ${percent(median(results.flatMap((r) => r.times.filter((t) => t.key === PLANTED_KEY).flatMap((t) => [t.base, t.head])).map(coefficientOfVariation)), 1)})`);
  out(`wall time per run: median ${median(wall).toFixed(1)} s (min ${Math.min(...wall).toFixed(1)}, max ${Math.max(...wall).toFixed(1)}); whole bench ${((performance.now() - started) / 60_000).toFixed(1)} min`);
  out(`machine: ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? '?'}), Node ${process.version}, ${results[0]?.server ?? '?'}, data.rows × ${DATA_SCALE}`);
  return goals.every((g) => g.met);
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
const ratio = (value: number) => `${value.toFixed(3)}×`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const started = performance.now();
let server: StartedPostgres | undefined;
const folders: string[] = [];

async function main(): Promise<void> {
  const stopAll = async () => {
    await cleanupAll();
    await server?.stop();
    server = undefined;
    await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
  };
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => void stopAll().finally(() => process.exit(code)));
  }

  try {
    server = await startPostgres();
    const aa = await shopRepository('aa');
    const planted = await shopRepository('planted');
    const results: RunResult[] = [];
    // A/A and planted runs alternate, so a busy spell of the machine hits both kinds alike.
    for (let i = 0; i < RUNS; i++) {
      for (const [kind, repo] of [['aa', aa], ['planted', planted]] as const) {
        const result = await measuredRun(kind, repo, server.url);
        results.push(result);
        const target = result.times.find((t) => t.key === PLANTED_KEY);
        process.stderr.write(
          `run ${i + 1}/${RUNS} ${kind.padEnd(7)} ${(result.wallMs / 1000).toFixed(1)} s, work regressions ${result.workRegressions.length}, ` +
            `time regressions ${result.times.filter((t) => t.status === 'regression').map((t) => t.key).join(' ') || 'none'}, ` +
            `slow lookup ${target ? `${ratioOfMedians(target).toFixed(3)}×` : 'missing'}\n`,
        );
      }
    }
    const passed = printFigures(results);
    process.exitCode = passed ? 0 : 1;
  } catch (error) {
    process.stderr.write(`bench:statistics failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  } finally {
    await stopAll();
  }
}

await main();
