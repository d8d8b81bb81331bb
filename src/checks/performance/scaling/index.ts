// Scaling classes: with `scaling: [1, 2, 4]`, every workload's work is measured on scratch
// databases seeded at those multiples of the configured rows, and its growth fitted on a
// log-log scale (classify.ts): constant, logarithmic, linear or worse. A growth beyond what the
// workload may show is a finding at its sluice.yml line; the exponent is a metric
// (<kind>.<slug>.scaling-exponent) that the comparison holds against the base.
//
// Each multiple is a fresh scratch database — migrated, seeded (data.rows × data.scale ×
// multiple), analysed, made repeatable like the main one — measured and dropped before the
// next is built, so at most one extra database (one PGlite instance) is alive at a time.
import type { SluiceConfig } from '../../../config/schema/index.js';
import type { Engine, Server } from '../../../engines/engine.js';
import { planSeed, seedData, SeedError } from '../../../data/index.js';
import { migrate, type MigrationCommand, type MigrationFile } from '../../../migrations/index.js';
import type { CheckResult, Finding, Location } from '../../../vocabulary.js';
import { toDialect } from '../dialect.js';
import { nameHash, resolveParams } from '../params.js';
import { makeRepeatable } from '../repeatable.js';
import { executeOnce, type BoundStatement, type Execution } from '../run.js';
import { SECTION, textFor, workloadsOf, type Workload, type WorkloadKind } from '../workload.js';
import { classWords, fitScaling, rankOf, times, type ScalingClass, type ScalingFit } from './classify.js';

export { fitScaling, classOf, CONSTANT_BELOW, LOGARITHMIC_BELOW, LINEAR_UP_TO, type ScalingFit } from './classify.js';

/** One side (head, or the base built in the same run) whose workloads are scaled. */
export interface ScalingSide {
  label: 'head' | 'base';
  config: SluiceConfig;
  files: MigrationFile[];
  command?: MigrationCommand;
  /** Where a setting is in this side's sluice.yml. */
  location: (path: readonly (string | number)[]) => Location;
}

export interface ScaledWorkload {
  kind: WorkloadKind;
  name: string;
  key: string;
  /** The work counter fitted: blocks (PostgreSQL, PGlite) or rows-read (MySQL, MariaDB). */
  metric: string;
  /** One figure per multiple. */
  work: number[];
  exponent: number;
  class: ScalingClass;
  growth: number;
  span: number;
  /** The worst class it may show: expect.scaling, else the kind's default. */
  allowed: ScalingClass;
}

export interface ScalingReport {
  multiples: number[];
  /** Rows seeded at each multiple, all tables together. */
  rows: number[];
  workloads: ScaledWorkload[];
}

export interface ScalingResult extends CheckResult {
  /** Absent when the side has no `scaling` or it could not be measured (then a finding says why). */
  scaling?: ScalingReport;
}

/** Without expect.scaling: a query or transaction should not read in proportion to the data; a bulk path may. */
const DEFAULT_ALLOWED: Record<WorkloadKind, ScalingClass> = { query: 'logarithmic', transaction: 'logarithmic', bulk: 'linear' };
const LABEL = { query: 'Query', transaction: 'Transaction', bulk: 'Bulk path' } as const;

/** The counter whose growth is classified, per dialect. */
const workCounter = (engine: Engine) => (engine.dialect === 'postgres' ? 'blocks' : 'rows-read');

export async function measureScaling(server: Server, sides: readonly ScalingSide[], log: (line: string) => void): Promise<ScalingResult[]> {
  const results: ScalingResult[] = [];
  for (const side of sides) results.push(side.config.scaling ? await scaleSide(server, side, side.config.scaling, log) : { findings: [], metrics: [] });
  return results;
}

interface Series {
  workload: Workload;
  params?: unknown[];
  work: number[];
  /** The counter fitted (workCounter of the engine it ran on). */
  metric?: string;
  last?: Execution;
  failure?: string;
}

async function scaleSide(server: Server, side: ScalingSide, multiples: number[], log: (line: string) => void): Promise<ScalingResult> {
  const { config } = side;
  const say = (line: string) => log(side.label === 'head' ? `scaling: ${line}` : `base: scaling: ${line}`);
  const result: ScalingResult = { findings: [], metrics: [] };
  const setting = side.location(['scaling']);
  const series = new Map<string, Series>();
  const rows: number[] = [];
  for (const multiple of multiples) {
    const data = { ...config.data, scale: config.data.scale * multiple };
    const engine = await server.createScratch(`scale_${side.label}_${multiple}`);
    try {
      const migrated = await migrate(server, engine, side.files, {
        privileges: config.migrations.privileges,
        timeoutMs: config.migrations['statement-timeout'],
        privilegesSetting: side.location(['migrations', 'privileges']),
        ...(side.command ? { command: side.command } : {}),
      });
      // The side's own build reported the migrations; here they only have to complete.
      if (!migrated.completed) return { findings: [notMeasured(setting, `the migrations did not complete on the ×${multiple} database`)], metrics: [] };
      await engine.resetSession();
      await engine.setStatementTimeout(config.gate['statement-timeout']);
      const plan = planSeed(await engine.introspect(), data);
      const total = plan.tables.reduce((n, t) => n + t.rows, 0);
      say(`×${multiple}: seeding ${total.toLocaleString('en-US')} rows`);
      try {
        rows.push((await seedData(engine, plan, data)).reduce((n, t) => n + t.rows, 0));
      } catch (error) {
        if (!(error instanceof SeedError)) throw error;
        return { findings: [notMeasured(setting, `seeding at ×${multiple} failed (${error.message}); lower the largest multiple or loosen the data.columns setting that runs out of values`)], metrics: [] };
      }
      await engine.analyze();
      await makeRepeatable(engine);
      await measureAt(engine, side, config.data.seed, series);
    } finally {
      await engine.drop();
    }
  }

  const workloads: ScaledWorkload[] = [];
  for (const s of series.values()) {
    const { workload } = s;
    const subject = `${workload.kind} ${workload.name}`;
    const what = `${LABEL[workload.kind]} "${workload.name}"`;
    if (s.failure !== undefined || s.work.length !== multiples.length) {
      result.findings.push({
        check: 'performance', rule: 'scaling-not-measured', severity: 'warning', location: workload.location, subject,
        message: `${what} was not classified for scaling: ${s.failure ?? 'it could not run at every multiple'}.`,
      });
      continue;
    }
    const metric = s.metric ?? 'work';
    const fit = fitScaling(rows, s.work);
    const declared = workload.expect.scaling;
    const allowed = declared ?? DEFAULT_ALLOWED[workload.kind];
    workloads.push({ kind: workload.kind, name: workload.name, key: workload.key, metric, work: s.work, exponent: fit.exponent, class: fit.class, growth: fit.growth, span: fit.span, allowed });
    result.metrics.push({
      key: `${workload.key}.scaling-exponent`, unit: 'exponent', kind: 'work', direction: 'lower', value: fit.exponent,
      detail: `${metric} ${s.work.join(' → ')} at ×${multiples.join(', ×')}: ${classWords(fit.class)}`,
    });
    if (rankOf(fit.class) > rankOf(allowed)) {
      result.findings.push({
        check: 'performance', rule: 'scaling-class', severity: declared ? 'error' : 'warning', location: workload.location, subject,
        message: `${what}: ${growthWords(metric, fit)} — ${classWords(fit.class)}: ${hint(fit, s.last!)}${
          declared ? `; its expect.scaling allows ${classWords(declared)} at most` : `; if it is meant to, declare expect.scaling: ${fit.class}`
        }.`,
      });
    }
  }
  say(workloads.map((w) => `${w.name} ${classWords(w.class)} (${w.exponent})`).join(', ') || 'no workload to classify');
  result.scaling = { multiples, rows, workloads };
  return result;
}

/** One warm-up and one counted run of every workload on this multiple's database. */
async function measureAt(engine: Engine, side: ScalingSide, seed: number, series: Map<string, Series>): Promise<void> {
  const locate = (kind: WorkloadKind, i: number) => side.location([SECTION[kind], i]);
  for (const workload of workloadsOf(side.config, locate)) {
    const texts = workload.statements.map((st) => textFor(st, engine.dialect));
    // No text for this dialect: the main measurement already says so.
    if (texts.some((t) => t === undefined)) continue;
    let s = series.get(workload.key);
    if (!s) series.set(workload.key, (s = { workload, work: [] }));
    if (s.failure !== undefined) continue;
    s.metric = workCounter(engine);
    try {
      // Values drawn once, on the smallest database, and reused: the same customer, the same
      // product at every size, so only the amount of data changes.
      s.params ??= await resolveParams(engine, workload.params, seed + nameHash(workload.name));
      const statements: BoundStatement[] = texts.map((text) => toDialect(engine, text!, s.params!));
      await executeOnce(engine, workload.kind, statements);
      const run = await executeOnce(engine, workload.kind, statements);
      s.work.push(run.counters.find((c) => c.name === workCounter(engine))?.value ?? 0);
      s.last = run;
    } catch (error) {
      const e = engine.describeError(error);
      s.failure = e.kind === 'timeout'
        ? `it ran past gate.statement-timeout at a larger multiple (${e.code})`
        : `it failed on ${engine.info.name}: ${e.message}${e.code ? ` (${e.code})` : ''}`;
    }
  }
}

/** "blocks grow ×3.9 per ×4 rows (exponent 0.98)". */
function growthWords(metric: string, fit: ScalingFit): string {
  return `${metric} grow ${times(fit.growth)} per ${times(fit.span)} rows (exponent ${fit.exponent})`;
}

/** What usually makes work grow like that, from the plan at the largest multiple. */
function hint(fit: ScalingFit, last: Execution): string {
  if (fit.class === 'worse-than-linear') return `work outgrows the data, usually a nested loop or a per-row subquery over unindexed rows (${last.shape})`;
  if (last.operators.includes('seq-scan')) return `probably a missing index (${last.shape})`;
  if (last.operators.includes('full-index-scan')) return `it reads a whole index (${last.shape}); an index matching its filter would bound it`;
  return `it reads in proportion to the data (${last.shape})`;
}

function notMeasured(location: Location, why: string): Finding {
  return { check: 'performance', rule: 'scaling-not-measured', severity: 'warning', location, subject: 'scaling', message: `Scaling was not measured: ${why}.` };
}
