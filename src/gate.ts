// The pipeline, start to finish: config → engine → migrations → data → checks → verdict.
// The CLI and the Action both call runGate(); neither holds logic the other lacks.
import path from 'node:path';
import { loadConfig } from './config/load.js';
import { checkSchemaReferences } from './config/schema-references.js';
import type { FailOn, SluiceConfig } from './config/schema.js';
import { cleanupAll, dialectOf, startServer, type ServerInfo } from './engines/index.js';
import { ConfigError } from './errors.js';
import { discoverMigrations, migrate, type AppliedMigration } from './migrations/index.js';
import { SCHEMA_RULE_IDS, checkSchema } from './checks/schema/index.js';
import { runDataTests } from './checks/data-tests/index.js';
import { measureQueries, type MeasuredQuery } from './checks/performance/index.js';
import { planSeed, seedData, SeedError, type SeededTable } from './data/factory.js';
import type { CheckResult, Finding, Metric, Severity } from './vocabulary.js';
import type { BaselineDocument, Comparison, EnvironmentFingerprint } from './baseline/types.js';
import { fingerprint } from './baseline/environment.js';
import type { DataTestResult } from './checks/data-tests/index.js';

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
  /** Progress lines (stderr on the CLI, the log in the Action). */
  log?: (line: string) => void;
  /** A stored baseline to compare with instead of the configured source (sluice check --baseline FILE). */
  baseline?: BaselineDocument;
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
  findings: Finding[];
  metrics: Metric[];
  /** Every data test with its outcome, passed or not (the comment lists them all). */
  dataTests: DataTestResult[];
  /** The baseline stage's result; `against: 'none'` when there was nothing to compare with. */
  comparison: Comparison;
  /** Names this run's figures among others of the same repository (a matrix of engines). */
  suite: string;
  environment: EnvironmentFingerprint;
  durationMs: number;
}

const RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };

/** pass unless a finding reaches the fail-on severity. */
export function verdictOf(findings: Finding[], failOn: FailOn): Verdict {
  if (failOn === 'never') return 'pass';
  return findings.some((f) => RANK[f.severity] >= RANK[failOn]) ? 'fail' : 'pass';
}

export async function runGate(options: GateOptions): Promise<GateReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const { config, dir, file, where, location } = await loadConfig(options.configFile);
  const engineSetting = options.engine ?? config.engine;
  const origin = options.engine ? options.engineOrigin ?? '--engine' : `${where(['engine'])} engine`;

  // Everything that can be checked without a database is checked before one is started.
  const dialect = dialectOf(options.databaseUrl ?? engineSetting);
  const migrationsDir = config.migrations.dir;
  const relativeDir = typeof migrationsDir === 'string' ? migrationsDir : migrationsDir?.[dialect];
  const dirPath = typeof migrationsDir === 'string' ? ['migrations', 'dir'] : ['migrations', 'dir', dialect];
  if (!relativeDir) {
    throw new ConfigError(`${where(['migrations'])}: migrations.dir has no directory for ${dialect}; add migrations.dir.${dialect}.`);
  }
  const rules = config.checks.schema.rules;
  const unknownRule = typeof rules === 'object' ? Object.keys(rules).find((id) => !SCHEMA_RULE_IDS.includes(id)) : undefined;
  if (unknownRule) {
    throw new ConfigError(`${where(['checks', 'schema', 'rules', unknownRule])}: unknown schema rule '${unknownRule}'; the rules are ${SCHEMA_RULE_IDS.join(', ')}.`);
  }
  const migrationFiles = await discoverMigrations(path.resolve(dir, relativeDir), `${where(dirPath)} migrations.dir`);

  const server = await startServer({ engine: engineSetting, databaseUrl: options.databaseUrl, origin, privileges: config.migrations.privileges });
  let stagesFailed = false;
  try {
    log(`engine: ${server.info.name} ${server.info.version}`);
    const head = await server.createScratch('head');
    const report: GateReport = {
      verdict: 'pass',
      failOn: options.failOn ?? config.gate['fail-on'],
      engine: server.info,
      config: path.relative(process.cwd(), file) || file,
      migrations: [],
      seed: { seed: config.data.seed, tables: [] },
      queries: [],
      findings: [],
      metrics: [],
      dataTests: [],
      comparison: { against: 'none', metrics: [], environmentDiffers: [] },
      suite: 'default',
      environment: await fingerprint(head),
      durationMs: 0,
    };
    const add = (result: CheckResult) => {
      report.findings.push(...result.findings);
      report.metrics.push(...result.metrics);
    };
    // A stage that could not complete (migrations that do not apply, data that cannot be
    // seeded) fails the gate whatever fail-on says: nothing after it was checked.
    const finish = (completed = true) => {
      report.verdict = completed ? verdictOf(report.findings, report.failOn) : 'fail';
      report.durationMs = performance.now() - started;
      return report;
    };

    log(`migrations: applying ${migrationFiles.length} from ${relativeDir}`);
    const migration = await migrate(server, head, migrationFiles, {
      privileges: config.migrations.privileges,
      timeoutMs: config.migrations['statement-timeout'],
      privilegesSetting: location(['migrations', 'privileges']),
    });
    report.migrations = migration.migrations;
    report.findings.push(...migration.findings);
    if (!migration.completed) return finish(false);
    await head.setStatementTimeout(config.gate['statement-timeout']);

    const schema = await head.introspect();
    add(checkSchema(schema, config.checks.schema, { migrations: migrationFiles, server: server.info }));

    checkSchemaReferences(config, schema, where);
    const plan = planSeed(schema, config.data);
    log(`data: seeding ${plan.tables.reduce((n, t) => n + t.rows, 0)} rows into ${plan.tables.length} tables (seed ${config.data.seed})`);
    try {
      report.seed.tables = await seedData(head, plan, config.data);
    } catch (error) {
      if (!(error instanceof SeedError)) throw error;
      report.findings.push({ check: 'data', rule: 'seed-failed', severity: 'error', message: `${error.message}.`, location: location(['data', 'rows', error.table]) });
      return finish(false);
    }
    for (const t of report.seed.tables) {
      report.metrics.push({ key: `data.${t.table}.rows`, unit: 'rows', kind: 'size', direction: 'lower', value: t.rows });
    }
    await head.analyze();

    const dataTests = await runDataTests(head, config.checks['data-tests'], (i) => location(['checks', 'data-tests', i]));
    add(dataTests);
    report.dataTests = dataTests.results;
    if (config.checks.constraints) {
      report.findings.push({
        check: 'constraints', rule: 'not-yet-available', severity: 'notice',
        message: 'checks.constraints is accepted but constraint probes are not in this version yet; nothing was probed.',
      });
    }

    log(`performance: measuring ${config.queries.length} queries`);
    const performanceResult = await measureQueries(head, config.queries, config.data.seed, (i) => location(['queries', i]));
    add(performanceResult);
    report.queries = performanceResult.measured;
    return finish();
  } catch (error) {
    stagesFailed = true;
    throw error;
  } finally {
    // The first problem is the one to report; a problem closing the server after it goes to the log.
    if (stagesFailed) await server.close().catch((closeError: unknown) => log(String((closeError as Error).message ?? closeError)));
    else await server.close();
  }
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
