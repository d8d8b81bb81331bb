// The pipeline, start to finish: config → engine → migrations → data → checks → baseline →
// verdict. On a pull request it runs twice over one server, for the head and for the base
// branch, each in its own scratch database, and measures both interleaved; otherwise the head
// is compared with the stored baseline. The CLI and the Action both call runGate(); neither
// holds logic the other lacks.
import path from 'node:path';
import { loadConfig, type LoadedConfig } from './config/load.js';
import { checkSchemaReferences } from './config/schema-references.js';
import type { FailOn, SluiceConfig } from './config/schema/index.js';
import { cleanupAll, createdExtensions, dialectOf, PGLITE_EXTENSIONS, startServer, type Dialect, type Engine, type Schema, type Server, type ServerInfo } from './engines/index.js';
import { ConfigError, SluiceError } from './errors.js';
import {
  discoverMigrations, migrate, proveMigrations, validateMigrationRules,
  type AppliedMigration, type MigrationCommand, type MigrationDiscovery, type MigrationFile,
} from './migrations/index.js';
import { relative } from './migrations/formats/index.js';
import { SCHEMA_RULE_IDS, checkSchema } from './checks/schema/index.js';
import { runDataTests, type DataTestResult } from './checks/data-tests/index.js';
import { probeConstraints } from './checks/constraints/index.js';
import type { ConcurrencyReport } from './checks/concurrency/index.js';
import { runConcurrencyStage } from './checks/concurrency/stage.js';
import { assertDurabilityEngine, runDurability } from './checks/durability/index.js';
import { runTransactionChecks, transactionCheckOptions } from './checks/transactions/index.js';
import { runBackupCheck } from './checks/backup/index.js';
import { requireVectorSupport, runVectorChecks, vectorSources } from './checks/vector/index.js';
import { measureQueries, SECTION, type MeasuredQuery, type WorkloadKind } from './checks/performance/index.js';
import { measureScaling, type ScalingReport, type ScalingSide } from './checks/performance/scaling/index.js';
import { loadSkipped, runLoad, type LoadPhaseSummary } from './measure/load/index.js';
import { planSeed, seedData, SeedError, type SeededTable, type VectorSource } from './data/index.js';
import { materialiseBase, inBase } from './baseline/base-branch.js';
import { fingerprint } from './baseline/environment.js';
import { compareWithBaseline } from './baseline/stage.js';
import { gateOutcome } from './baseline/verdict.js';
import type { BaselineDocument, ComparedWith, Comparison, EnvironmentFingerprint } from './baseline/types.js';
import type { CheckResult, Finding, Metric } from './vocabulary.js';

export interface GateOptions {
  configFile: string;
  /** Overrides sluice.yml's engine (--engine, the `engine` input). */
  engine?: string;
  /** A server URL kept apart from `engine` because it is a secret (the `database-url` input). */
  databaseUrl?: string;
  /** Overrides sluice.yml's gate.fail-on. */
  failOn?: FailOn;
  /** What the user calls the engine setting, for error messages: "--engine" or "input 'engine'". */
  engineOrigin?: string;
  /** Overrides baseline.compare (`sluice baseline record` compares with nothing). */
  compare?: ComparedWith;
  /** The base commit or ref to build in the same run (the pull request's base sha, --base). */
  base?: string;
  /** A stored baseline given explicitly (--baseline FILE): compared with instead of any other. */
  baseline?: BaselineDocument;
  /** The pull request's labels, for gate.accept-label, and who the run acts for. */
  labels?: string[];
  /** Who added each label (lower-cased name → login), where GitHub said. */
  labelAuthors?: Record<string, string>;
  /** Progress lines (stderr on the CLI, the log in the Action). */
  log?: (line: string) => void;
}

export type Verdict = 'pass' | 'fail';

export interface GateReport {
  verdict: Verdict;
  failOn: FailOn;
  engine: ServerInfo;
  config: string;
  migrations: AppliedMigration[];
  seed: { seed: number; tables: SeededTable[] };
  queries: MeasuredQuery[];
  /** Each load phase that ran (absent when none did): the report's load table. */
  loads?: LoadPhaseSummary[];
  /** With `scaling`: each workload's work at every multiple, its exponent and class. */
  scaling?: ScalingReport;
  findings: Finding[];
  metrics: Metric[];
  /** Every data test with its outcome, passed or not (the comment lists them all). */
  dataTests: DataTestResult[];
  /** Isolation specs, the isolation matrix, the deadlock search and contention runs, as they ran; absent when none did. */
  concurrency?: ConcurrencyReport;
  /** The baseline stage's result; `against: 'none'` when there was nothing to compare with. */
  comparison: Comparison;
  /** Names this run's figures among others of the same repository (a matrix of engines). */
  suite: string;
  environment: EnvironmentFingerprint;
  durationMs: number;
}

export async function runGate(options: GateOptions): Promise<GateReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});

  // Everything that can be checked without a database is checked before one is started.
  const loaded = await loadConfig(options.configFile);
  const engineSetting = options.engine ?? loaded.config.engine;
  const dialect = dialectOf(options.databaseUrl ?? engineSetting);
  const head = await planSide(loaded, dialect);
  const compare = options.baseline ? 'stored' : options.compare ?? loaded.config.baseline.compare;
  const base = compare === 'base-branch' && options.base ? await planBase(loaded, options.base, dialect) : undefined;

  const origin = options.engine ? options.engineOrigin ?? '--engine' : `${loaded.where(['engine'])} engine`;
  assertDurabilityEngine(loaded.config.checks.durability, engineSetting, options.databaseUrl, loaded.where(['checks', 'durability']));
  // The embedded engine installs an extension's files only at start: read what the migrations create.
  // A tool's migrations (migrations.command) cannot be read: then every extension PGlite ships.
  const extensions = [head, ...(base && 'plan' in base ? [base.plan] : [])].flatMap((side) =>
    side.command ? Object.keys(PGLITE_EXTENSIONS) : side.files.flatMap((f) => createdExtensions(f.sql)));
  const server = await startServer({ engine: engineSetting, databaseUrl: options.databaseUrl, origin, privileges: loaded.config.migrations.privileges, extensions });
  let stagesFailed = false;
  try {
    log(`engine: ${server.info.name} ${server.info.version}`);
    const config = loaded.config;
    const headSide = await buildSide(server, head, 'head', log);
    if (config.checks.vector) await requireVectorSupport(headSide.engine, loaded.where(['checks', 'vector']));
    const report: GateReport = {
      verdict: 'pass',
      failOn: options.failOn ?? config.gate['fail-on'],
      engine: server.info,
      config: path.relative(process.cwd(), loaded.file) || loaded.file,
      migrations: headSide.migrations,
      seed: { seed: config.data.seed, tables: headSide.seeded },
      queries: [],
      findings: headSide.findings,
      metrics: headSide.metrics,
      dataTests: [],
      comparison: { against: 'none', metrics: [], environmentDiffers: [] },
      suite: config.baseline.suite ?? server.info.name,
      environment: await fingerprint(headSide.engine),
      durationMs: 0,
    };
    // A stage that could not complete (migrations that do not apply, data that cannot be
    // seeded) fails the gate whatever fail-on says: nothing after it was checked.
    if (!headSide.completed) {
      report.verdict = 'fail';
      report.durationMs = performance.now() - started;
      return report;
    }

    // The base branch in the same run; when it cannot be built, the stored baseline stands in.
    let baseSide: BuiltSide | undefined;
    let baseNote = base && 'unavailable' in base ? `The base branch could not be built: ${base.unavailable}` : undefined;
    if (base && 'plan' in base) {
      baseSide = await buildSide(server, base.plan, 'base', log).catch((error: unknown) => {
        if (!(error instanceof SluiceError)) throw error;
        baseNote = `The base branch could not be built: ${error.message}`;
        return undefined;
      });
      if (baseSide && !baseSide.completed) {
        baseNote = `The base branch's own migrations or data did not complete (${baseSide.findings.find((f) => f.severity === 'error')?.message ?? 'see its log'}), so it was not measured.`;
        baseSide = undefined;
      }
    }

    /** A stage's findings and metrics join the report; what else it returns stays with the caller. */
    const absorb = <T extends CheckResult>(result: T): T => {
      report.findings.push(...result.findings);
      report.metrics.push(...result.metrics);
      return result;
    };
    // The base side as built in this run, with the plan it was built from.
    const basePlan = baseSide && base && 'plan' in base ? base.plan : undefined;

    // The pull request's migrations proved: static rules over the files it adds, the lock trace.
    const proved = absorb(await proveMigrations({
      server,
      head: { files: head.files, dir: path.resolve(loaded.dir, head.migrationsDir), ...(head.command ? { command: head.command } : {}), locate: loaded.location },
      ...(baseSide && basePlan ? { base: { files: basePlan.files, dir: path.resolve(basePlan.loaded.dir, basePlan.migrationsDir), ...(baseSide.schema ? { schema: baseSide.schema } : {}), ...(basePlan.command ? { command: basePlan.command } : {}) } } : {}),
      config,
      log,
    }));
    for (const trace of proved.traces) {
      const applied = report.migrations.find((m) => path.resolve(m.file) === path.resolve(trace.file) || m.name === trace.name);
      if (applied) applied.trace = trace;
    }

    report.dataTests = absorb(await runDataTests(headSide.engine, config.checks['data-tests'], (i) => loaded.location(['checks', 'data-tests', i]))).results;
    // Concurrency: isolation specs, deadlock search and contention, on sessions of the head's database.
    const concurrency = absorb(await runConcurrencyStage(headSide.engine, loaded, log));
    if (concurrency.report) report.concurrency = concurrency.report;
    // Savepoints, two-phase commit across two scratch databases, a pool against a connection limit.
    absorb(await runTransactionChecks(server, headSide.engine, transactionCheckOptions(config.checks, (key) => loaded.location(['checks', ...key]))));
    // The backup round trip: the seeded head dumped, restored into a fresh scratch database, proved equal.
    absorb(await runBackupCheck({
      server, head: headSide.engine, config: config.checks.backup, locate: loaded.location, statementTimeoutMs: config.gate['statement-timeout'], log,
      ...(basePlan ? { previous: { files: basePlan.files, command: Boolean(basePlan.command) } } : {}),
    }));
    const baseTests = baseSide && basePlan
      ? await runDataTests(baseSide.engine, basePlan.loaded.config.checks['data-tests'], (i) => basePlan.loaded.location(['checks', 'data-tests', i]))
      : undefined;

    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    log(`performance: measuring ${count(config.queries.length, 'query', 'queries')}, ${count(config.transactions.length, 'transaction', 'transactions')}, ${count(config.bulk.length, 'bulk path', 'bulk paths')}${baseSide ? ' on base and head, interleaved' : ''}`);
    const workloadsOf = (c: SluiceConfig) => ({ queries: c.queries, transactions: c.transactions, bulk: c.bulk });
    const querySides = [
      ...(baseSide && basePlan ? [{ engine: baseSide.engine, ...workloadsOf(basePlan.loaded.config), locate: (kind: WorkloadKind, i: number) => basePlan.loaded.location([SECTION[kind], i]) }] : []),
      { engine: headSide.engine, ...workloadsOf(config), locate: (kind: WorkloadKind, i: number) => loaded.location([SECTION[kind], i]) },
    ];
    const measured = await measureQueries(querySides, { seed: config.data.seed, samples: config.gate.time.samples });
    report.queries = absorb(measured.at(-1)!).measured;
    const load = absorb(await runLoad(headSide.engine, { loads: config.load, queries: config.queries, seed: config.data.seed, statementTimeoutMs: config.gate['statement-timeout'], locate: loaded.location, log }));
    if (load.phases.length) report.loads = load.phases;
    // Vector search after the stages that read the seeded rows: its growth steps add rows.
    const vector = await runVectorChecks([
      ...(baseSide?.schema && basePlan ? [{ engine: baseSide.engine, loaded: basePlan.loaded, schema: baseSide.schema, sources: basePlan.vectors }] : []),
      { engine: headSide.engine, loaded, schema: headSide.schema!, sources: head.vectors },
    ], log);
    absorb(vector.at(-1)!);
    // The base side has nothing left to run: its database goes now.
    await baseSide?.engine.drop();
    // Scaling classes: every side with `scaling` re-seeded at each multiple, measured, dropped.
    const [headScaling, baseScaling] = await measureScaling(server, [scalingSide(head, 'head'), ...(basePlan ? [scalingSide(basePlan, 'base')] : [])], log);
    if (absorb(headScaling!).scaling) report.scaling = headScaling!.scaling;
    // Last of the stages that use the database: it crashes the server, and every session opened before is gone.
    absorb(await runDurability(server, headSide.engine, { config: config.checks.durability, transactions: config.transactions, seed: config.data.seed, statementTimeoutMs: config.gate['statement-timeout'], locate: loaded.location, log }));

    // The baseline stage: the base branch of this run, else the stored baseline.
    const sameRun = baseSide && base && 'plan' in base
      ? {
          metrics: [...baseSide.metrics, ...(baseTests?.metrics ?? []), ...measured[0]!.metrics, ...(vector.length > 1 ? vector[0]!.metrics : []), ...(baseScaling?.metrics ?? [])],
          findings: [
            ...baseSide.findings, ...(baseTests?.findings ?? []), ...measured[0]!.findings, ...(vector.length > 1 ? vector[0]!.findings : []), ...(baseScaling?.findings ?? []),
            // Load phases run on the head only; the base would have said the same of its load section.
            ...loadSkipped(baseSide.engine, basePlan!.loaded.config.load, basePlan!.loaded.location),
          ],
          source: `the base branch (${base.revision}, ${base.plan.sha.slice(0, 7)}) built in this run`,
          sha: base.plan.sha,
        }
      : undefined;
    const baseline = await compareWithBaseline({
      config, server: server.info, suite: report.suite, compare, labels: options.labels ?? [], labelAuthors: options.labelAuthors, log,
      head: { metrics: report.metrics, findings: report.findings, environment: report.environment },
      ...(sameRun ? { base: sameRun } : {}),
      ...(baseNote ? { baseNote } : {}),
      ...(options.baseline ? { given: options.baseline } : {}),
    });
    report.comparison = baseline.comparison;
    report.findings = baseline.findings;

    const outcome = gateOutcome({
      comparisons: report.comparison.metrics,
      findings: report.findings,
      failOn: report.failOn,
      existingFindings: config.gate['existing-findings'],
    });
    report.verdict = outcome.verdict;
    report.durationMs = performance.now() - started;
    return report;
  } catch (error) {
    stagesFailed = true;
    throw error;
  } finally {
    // The first problem is the one to report; a problem closing the server after it goes to the log.
    if (stagesFailed) await server.close().catch((closeError: unknown) => log(String((closeError as Error).message ?? closeError)));
    else await server.close();
  }
}

/** One side's configuration and migration files, checked before any database starts. */
interface SidePlan {
  loaded: LoadedConfig;
  files: MigrationFile[];
  migrationsDir: string;
  /** The format detected, and the files Sluice cannot run (.go migrations) or pair (a down without its up). */
  discovery?: MigrationDiscovery;
  /** migrations.command: the project's tool applies the migrations; `files` is empty then. */
  command?: MigrationCommand;
  /** Where the declared vector columns' rows come from (checks.vector.columns; files read). */
  vectors: ReadonlyMap<string, VectorSource>;
}

async function planSide(loaded: LoadedConfig, dialect: Dialect): Promise<SidePlan> {
  const { config, where, dir } = loaded;
  const rules = config.checks.schema.rules;
  const unknownRule = typeof rules === 'object' ? Object.keys(rules).find((id) => !SCHEMA_RULE_IDS.includes(id)) : undefined;
  if (unknownRule) {
    throw new ConfigError(`${where(['checks', 'schema', 'rules', unknownRule])}: unknown schema rule '${unknownRule}'; the rules are ${SCHEMA_RULE_IDS.join(', ')}.`);
  }
  validateMigrationRules(config.checks.migrations.rules, `${where(['checks', 'migrations', 'rules'])} checks.migrations.rules`);
  // The project's own tool applies the migrations: there is no folder for Sluice to read.
  const vectors = await vectorSources(loaded);
  const run = config.migrations.command;
  if (run) return { loaded, files: [], migrationsDir: `\`${run}\``, command: { run, cwd: dir, location: loaded.location(['migrations', 'command']) }, vectors };
  const migrationsDir = config.migrations.dir;
  const relativeDir = typeof migrationsDir === 'string' ? migrationsDir : migrationsDir?.[dialect];
  const dirPath = typeof migrationsDir === 'string' ? ['migrations', 'dir'] : ['migrations', 'dir', dialect];
  if (!relativeDir) {
    throw new ConfigError(`${where(['migrations'])}: migrations.dir has no directory for ${dialect}; add migrations.dir.${dialect}.`);
  }
  const discovery = await discoverMigrations(path.resolve(dir, relativeDir), `${where(dirPath)} migrations.dir`, { format: config.migrations.format, placeholders: config.migrations.placeholders, dialect });
  return { loaded, files: discovery.files, migrationsDir: relativeDir, discovery, vectors };
}

const scalingSide = (plan: SidePlan, label: ScalingSide['label']): ScalingSide => ({
  label, config: plan.loaded.config, files: plan.files, location: plan.loaded.location, ...(plan.command ? { command: plan.command } : {}),
});

/** The base commit's sluice.yml and migrations; why not, in one sentence, when they cannot be had. */
async function planBase(head: LoadedConfig, revision: string, dialect: Dialect): Promise<{ plan: SidePlan & { sha: string }; revision: string } | { unavailable: string }> {
  const tree = await materialiseBase(path.dirname(head.file), revision);
  if ('unavailable' in tree) return tree;
  try {
    const loaded = await loadConfig(inBase(tree, head.file));
    return { plan: { ...(await planSide(loaded, dialect)), sha: tree.sha }, revision };
  } catch (error) {
    if (!(error instanceof SluiceError)) throw error;
    const missing = error instanceof ConfigError && /no such file/.test(error.message);
    return { unavailable: missing ? `the base branch has no ${path.basename(head.file)}` : `its configuration or migrations are not usable (${error.message})` };
  }
}

interface BuiltSide {
  engine: Engine;
  migrations: AppliedMigration[];
  findings: Finding[];
  metrics: Metric[];
  seeded: SeededTable[];
  /** The schema the migrations built (absent when they did not complete). */
  schema?: Schema;
  /** False when the migrations or the seeding did not complete: nothing after them can be checked. */
  completed: boolean;
}

/** A scratch database built from one side: migrated, checked, seeded and analysed. */
async function buildSide(server: Server, plan: SidePlan, label: 'base' | 'head', log: (line: string) => void): Promise<BuiltSide> {
  const { config, where, location } = plan.loaded;
  const say = (line: string) => log(label === 'head' ? line : `base: ${line}`);
  const engine = await server.createScratch(label);
  const side: BuiltSide = { engine, migrations: [], findings: [], metrics: [], seeded: [], completed: false };

  const { discovery } = plan;
  say(
    plan.command || !discovery
      ? `migrations: running ${plan.migrationsDir}`
      : `migrations: applying ${plan.files.length} ${discovery.format} migrations${discovery.detected ? ' (format detected)' : ''} from ${plan.migrationsDir}`,
  );
  for (const unrun of discovery?.unrun ?? []) {
    side.findings.push({
      check: 'migrations', rule: 'migration-not-run', severity: 'warning', location: { file: relative(unrun.file) }, subject: `migration ${path.basename(unrun.file)}`,
      message: `${relative(unrun.file)} was not run: ${unrun.reason}.`,
    });
  }
  for (const warning of discovery?.warnings ?? []) {
    side.findings.push({ check: 'migrations', rule: 'migration-pairing', severity: 'warning', location: { file: relative(warning.file) }, subject: `migration ${path.basename(warning.file)}`, message: warning.message });
  }
  const migration = await migrate(server, engine, plan.files, {
    privileges: config.migrations.privileges,
    timeoutMs: config.migrations['statement-timeout'],
    privilegesSetting: location(['migrations', 'privileges']),
    ...(plan.command ? { command: plan.command } : {}),
  });
  side.migrations = migration.migrations;
  side.findings.push(...migration.findings);
  if (!migration.completed) return side;
  await engine.setStatementTimeout(config.gate['statement-timeout']);

  const schema = await engine.introspect();
  side.schema = schema;
  const schemaCheck = await checkSchema(schema, config.checks.schema, { migrations: plan.files, server: server.info, engine, rows: { ...config.data.rows, ...config.production.rows } });
  side.findings.push(...schemaCheck.findings);
  side.metrics.push(...schemaCheck.metrics);

  checkSchemaReferences(config, schema, where);
  const seedPlan = planSeed(schema, config.data);
  say(`data: seeding ${seedPlan.tables.reduce((n, t) => n + t.rows, 0)} rows into ${seedPlan.tables.length} tables (seed ${config.data.seed})`);
  try {
    side.seeded = await seedData(engine, seedPlan, config.data, { vectors: plan.vectors });
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    side.findings.push({ check: 'data', rule: 'seed-failed', severity: 'error', message: `${error.message}.`, location: location(error.setting ? [...error.setting] : ['data', 'rows', error.table]), subject: `table ${error.table}` });
    return side;
  }
  for (const t of side.seeded) {
    side.metrics.push({ key: `data.${t.table}.rows`, unit: 'rows', kind: 'size', direction: 'lower', value: t.rows, informational: true });
  }
  await engine.analyze();
  if (config.checks.constraints) {
    const probed = await probeConstraints(engine, schema, config.checks.constraints, location, plan.files);
    side.findings.push(...probed.findings);
    side.metrics.push(...probed.metrics);
  }
  side.completed = true;
  return side;
}

let signalsInstalled = false;

/**
 * On SIGINT/SIGTERM drop every scratch database and stop every container before exiting, so
 * a cancelled job leaves nothing behind. Exit codes follow the shell's 128 + signal number.
 */
export function installSignalCleanup(): void {
  if (signalsInstalled) return;
  signalsInstalled = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      process.stderr.write(`sluice: ${signal} received; dropping scratch databases and stopping containers…\n`);
      void cleanupAll({ final: true }).finally(() => process.exit(code));
    });
  }
}

export type { SluiceConfig };
