// The migration trace: the pull request's new migrations observed on a real server, with the
// base branch's schema in place and its tables seeded, so locks, rewrites and blocked traffic
// happen as they would in production. One entry, traceMigrations(); each concept beside it:
// locks, probe, rewrites, constraints, mysql-algorithm, preservation, estimate, advice.
import path from 'node:path';
import type { SluiceConfig } from '../../config/schema/index.js';
import type { Engine, Server } from '../../engines/engine.js';
import { planSeed, seedData, SeedError } from '../../data/index.js';
import type { Finding, Metric } from '../../vocabulary.js';
import { applyMigrations } from '../apply.js';
import type { MigrationFile } from '../formats/index.js';
import { relative } from '../formats/index.js';
import { splitStatements } from '../statements.js';
import { saferWay } from './advice.js';
import { estimateHold, formatMs } from './estimate.js';
import { blockRank, currentTimeouts, type HeldLock } from './locks.js';
import { PROBE_SESSIONS, type ProbeAttempt } from './probe.js';
import { MigrationObservation, type CatalogState, type MigrationTrace, type StatementTrace, type TraceContext } from './observer.js';
import { contentChanges, evaluateAssertion, tableContents, type TableContents } from './preservation.js';
import { storedRelations } from './rewrites.js';

export type { MigrationTrace, StatementTrace } from './observer.js';
export type { HeldLock, LockBlocks } from './locks.js';
export type { TableProbe, ProbeAttempt } from './probe.js';
export type { TracedConstraint } from './constraints.js';
export type { AlgorithmTrial, MysqlAlgorithm } from './mysql-algorithm.js';
export type { ContentChange } from './preservation.js';
export type { LockEstimate } from './estimate.js';
export { weighObserved } from './verdicts.js';

export interface TraceOptions {
  server: Server;
  /** The base branch's migrations: applied first, then their tables seeded. */
  existing: MigrationFile[];
  /** The pull request's new migrations, traced one by one. */
  added: MigrationFile[];
  config: Pick<SluiceConfig, 'data' | 'migrations' | 'production' | 'checks'>;
  log?: (line: string) => void;
}

export interface TraceResult {
  traces: MigrationTrace[];
  findings: Finding[];
  metrics: Metric[];
}

const CHECK = 'migrations';
/** How many times the seeded rows the second measurement uses, for the production estimate. */
const ESTIMATE_SCALE = 2;
/** Scratch names must differ within a run: a second trace on the same server gets its own. */
let traces = 0;
const scratchLabel = (label: string) => (traces === 1 ? label : `${label}${traces}`);

/**
 * Applies `existing` on a scratch database, seeds its tables, then applies each of `added`
 * while recording its locks, rewrites, blocked probes and data changes. Never throws for what a
 * migration does: a failed migration or seed ends the trace with a notice.
 */
export async function traceMigrations(options: TraceOptions): Promise<TraceResult> {
  const { server, existing, added, config } = options;
  const log = options.log ?? (() => {});
  const result: TraceResult = { traces: [], findings: [], metrics: [] };
  if (added.length === 0) return result;

  traces += 1;
  log(`migrations: tracing ${added.length} new migration${added.length === 1 ? '' : 's'} on the base branch's seeded tables`);
  const side = await traceSide(server, 'trace', existing, added, config, { scale: 1, watch: true });
  if ('problem' in side) {
    result.findings.push({ check: CHECK, rule: 'trace-incomplete', severity: 'notice', subject: 'migration trace', message: side.problem });
    return result;
  }
  result.traces = side.traces;
  result.findings.push(...side.findings);

  await addEstimates(server, existing, added, config, side, log);
  for (const trace of side.traces) {
    result.findings.push(...lockFindings(trace, side.observations.get(trace.name)!, side.rows, server.info.dialect));
    result.findings.push(...dataFindings(trace));
    result.metrics.push(...traceMetrics(trace));
  }
  return result;
}

interface TracedSide {
  traces: MigrationTrace[];
  observations: Map<string, MigrationObservation>;
  /** Rows seeded per table. */
  rows: Map<string, number>;
  findings: Finding[];
}

/**
 * One scratch database: base migrations, seed (scaled), then the new migrations under
 * observation. `watch` adds what only the first pass needs: the probe, the MySQL algorithm
 * trials, data preservation and assertions.
 */
async function traceSide(
  server: Server,
  label: string,
  existing: MigrationFile[],
  added: MigrationFile[],
  config: TraceOptions['config'],
  mode: { scale: number; watch: boolean },
): Promise<TracedSide | { problem: string }> {
  const engine = await server.createScratch(scratchLabel(label));
  // Dropped when the side is traced (a failure leaves it to the server's close, which reports it).
  const side = await traceOn(engine, existing, added, config, mode);
  await engine.drop();
  return side;
}

async function traceOn(
  engine: Engine,
  existing: MigrationFile[],
  added: MigrationFile[],
  config: TraceOptions['config'],
  mode: { scale: number; watch: boolean },
): Promise<TracedSide | { problem: string }> {
  await engine.setStatementTimeout(config.migrations['statement-timeout']);
  const base = await applyMigrations(engine, existing);
  const failed = base.find((r) => r.status !== 'applied');
  if (failed) {
    return { problem: `The base branch's migration ${failed.file} did not apply${failed.error ? ` (${failed.error.message})` : ''}, so the new migrations were not traced.` };
  }
  await engine.resetSession();
  const schema = await engine.introspect();
  const plan = planSeed(schema, config.data);
  for (const entry of plan.tables) entry.rows *= mode.scale;
  const rows = new Map<string, number>();
  try {
    for (const seeded of await seedData(engine, plan, config.data)) rows.set(seeded.table, seeded.rows);
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    return { problem: `Seeding the base branch's tables failed (${error.message}), so the new migrations were not traced.` };
  }
  // Statistics for the seeded rows; with nothing seeded (no base tables) there is nothing to analyse.
  if ([...rows.values()].some((n) => n > 0)) await engine.analyze();

  const session = mode.watch ? await engine.openSession?.() : undefined;
  const probeSessions = session && engine.dialect === 'postgres' ? [session] : [];
  try {
    // More sessions, so the probes of one statement run at once rather than one after another.
    // A server short of connections probes with fewer.
    while (probeSessions.length > 0 && probeSessions.length < PROBE_SESSIONS) {
      const more = await engine.openSession?.().catch(() => undefined);
      if (!more) break;
      probeSessions.push(more);
    }
    const context = await traceContext(engine, session, probeSessions, new Set(schema.tables.map((t) => t.name)), mode.watch);
    const side: TracedSide = { traces: [], observations: new Map(), rows, findings: [] };
    const assertions = config.checks.migrations.assert;
    const names = new Set([...existing, ...added].flatMap(migrationNames));
    for (const assertion of assertions.filter((a) => a.after !== undefined && !names.has(a.after))) {
      side.findings.push(assertionFinding(assertion, added.at(-1)!, `names no migration called ${assertion.after}, so it was not evaluated`, 'warning'));
    }
    // The contents after one migration are the next one's "before" (see contentChanges).
    let carried: Map<string, TableContents> | undefined;
    let catalog: CatalogState | undefined;
    for (const migration of added) {
      const statements = splitStatements(migration.sql, engine.dialect);
      const before = mode.watch
        ? carried ?? (await tableContents(engine, (await engine.introspect()).tables.filter((t) => context.tables.has(t.name))))
        : undefined;
      const observation = new MigrationObservation(context, catalog);
      const [applied] = await applyMigrations(engine, [migration], observation);
      const trace = observation.trace(migration);
      if (!session && mode.watch) {
        trace.notes.push(engine.info.name === 'pglite' ? 'the blocking probe needs a second connection, which PGlite does not have: not probed' : 'no second connection could be opened: not probed');
      }
      side.traces.push(trace);
      side.observations.set(migration.name, observation);
      if (applied?.status !== 'applied') {
        trace.notes.push(`the migration did not apply (${applied?.error?.message ?? applied?.status}); the trace stops here`);
        break;
      }
      catalog = observation.catalog;
      // What a migration SET on its session must not look like the next one's doing; most set nothing.
      if (changesSession(migration.sql)) await engine.resetSession();
      if (before) {
        // Only the tables the migration wrote to can hold other rows now; the rest carry over.
        const written = observation.writtenTables();
        const compare = written === 'all' ? before : new Map([...before].filter(([table]) => written.has(table)));
        const compared = await contentChanges(engine, compare, statements);
        trace.data = compared.changes;
        carried = new Map([...before].filter(([table]) => !compare.has(table)));
        for (const [table, contents] of compared.after) carried.set(table, contents);
      }
      if (!mode.watch) continue;
      const last = migration === added.at(-1);
      for (const assertion of assertions.filter((a) => (a.after === undefined ? last : migrationNames(migration).includes(a.after)))) {
        const outcome = await evaluateAssertion(engine, assertion.sql);
        if (!outcome.holds) side.findings.push(assertionFinding(assertion, migration, `does not hold after ${path.basename(migration.file)}: ${outcome.why}`, 'error'));
      }
    }
    return side;
  } finally {
    for (const opened of probeSessions.length > 0 ? probeSessions : [session]) await opened?.close();
  }
}

async function traceContext(engine: Engine, session: TraceContext['session'], probeSessions: TraceContext['probeSessions'], tables: Set<string>, watch: boolean): Promise<TraceContext> {
  const postgres = engine.dialect === 'postgres';
  return {
    engine,
    session,
    probeSessions,
    ...(postgres && probeSessions.length > 0 ? { pid: Number((await engine.query<{ pid: number }>('select pg_backend_pid() as pid'))[0]?.pid) } : {}),
    relations: postgres ? await storedRelations(engine) : new Map(),
    tables,
    baseline: postgres ? await currentTimeouts(engine) : { lockTimeout: '', statementTimeout: '' },
    metadataLocks: !postgres,
    tryAlgorithms: !postgres && watch,
  };
}

/** The migration may change its session's settings: SET, RESET, DISCARD, set_config(), or a transaction of its own. */
const changesSession = (sql: string): boolean => /^\s*(?:set|reset|discard|begin|start|commit|end|rollback|abort|prepare|savepoint|use)\b|\bset_config\b/im.test(sql);

/** The names an assertion's `after` may use for a migration: its name, its file name, either without .sql. */
const migrationNames = (m: MigrationFile): string[] => {
  const names = [m.name, path.basename(m.file)];
  return [...new Set([...names, ...names.map((n) => n.replace(/(\.up)?\.sql$/i, ''))])];
};

type Assertion = SluiceConfig['checks']['migrations']['assert'][number];

function assertionFinding(assertion: Assertion, migration: MigrationFile, what: string, severity: 'error' | 'warning'): Finding {
  const label = assertion.name ?? assertion.sql;
  return {
    check: CHECK,
    rule: severity === 'error' ? 'assertion-failed' : 'assertion-unknown-migration',
    severity,
    message: `Assertion ${JSON.stringify(label)} ${what}.`,
    location: { file: relative(migration.file) },
    subject: `assertion ${label}`,
  };
}

/**
 * For migrations whose strongest lock blocks writes on a table production.rows names: the same
 * trace on a second database seeded ESTIMATE_SCALE times larger, and a line through both.
 */
async function addEstimates(server: Server, existing: MigrationFile[], added: MigrationFile[], config: TraceOptions['config'], side: TracedSide, log: (line: string) => void): Promise<void> {
  const production = config.production.rows;
  const wanted = side.traces.filter((t) => t.strongestLock && blockRank(t.strongestLock.blocks) >= blockRank('writes') && production[t.strongestLock.table] !== undefined);
  if (wanted.length === 0) return;
  if (server.info.name === 'pglite') {
    for (const trace of wanted) trace.notes.push('no production estimate on PGlite: its timings do not stand for a server\'s');
    return;
  }
  log(`migrations: tracing again at ${ESTIMATE_SCALE}× the rows, to estimate lock times at production size`);
  const larger = await traceSide(server, 'trace-2x', existing, added, config, { scale: ESTIMATE_SCALE, watch: false });
  if ('problem' in larger) return;
  for (const trace of wanted) {
    const lock = trace.strongestLock!;
    const again = larger.traces.find((t) => t.name === trace.name)?.strongestLock;
    if (!again || again.table !== lock.table) continue;
    const measured = [
      { rows: side.rows.get(lock.table) ?? 0, holdMs: lock.holdMs },
      { rows: larger.rows.get(lock.table) ?? 0, holdMs: again.holdMs },
    ];
    const estimate = estimateHold(lock.table, measured, production[lock.table]!);
    if (estimate) trace.estimate = estimate;
  }
}

/**
 * One finding per statement that took a lock blocking the application's reads or writes on an
 * existing table (confirmed by the probe where there is one), or rewrote one.
 */
function lockFindings(trace: MigrationTrace, observation: MigrationObservation, rows: Map<string, number>, dialect: Engine['dialect']): Finding[] {
  const findings: Finding[] = [];
  trace.statements.forEach((statement, index) => {
    const blocking = statement.locks.filter((lock) => blockRank(lock.blocks) >= blockRank('writes') && confirmedBlocking(statement, lock));
    if (blocking.length === 0 && statement.rewrites.length === 0) return;
    const verb = statementVerb(statement.sql);
    const parts: string[] = [];
    for (const lock of blocking) {
      const hold = observation.holdOf(index, lock.relation) ?? statement.ms;
      const size = rows.has(lock.table) ? ` at ${rows.get(lock.table)!.toLocaleString('en-US')} rows` : '';
      const what = dialect === 'mysql' ? `needs ${lock.mode} on ${lock.relation}` : `took ${lock.mode} on ${lock.relation}`;
      parts.push(`${what} for ${formatMs(hold)}${size} and blocked ${lock.blocks}${probeWords(statement, lock)}`);
    }
    for (const relation of statement.rewrites) parts.push(`rewrote ${relation}${rows.has(relation) ? ` (${rows.get(relation)!.toLocaleString('en-US')} rows)` : ''}`);
    const estimate = trace.estimate && trace.strongestLock?.line === statement.line ? `; ${trace.estimate.note}` : '';
    findings.push({
      check: CHECK,
      rule: statement.rewrites.length > 0 ? 'table-rewrite' : 'blocking-lock',
      severity: 'warning',
      message: `${verb} ${parts.join('; ')}${estimate}.`,
      location: { file: trace.file, line: statement.line },
      help: saferWay(statement.sql, dialect, trace.timeouts.lockTimeout !== undefined && trace.timeouts.lockTimeout !== '0'),
      subject: `migration ${trace.name} statement ${index + 1}`,
    });
  });
  return findings;
}

/** Without a probe the lock mode decides; with one, only what the probe saw blocked counts. */
function confirmedBlocking(statement: StatementTrace, lock: HeldLock): boolean {
  const probe = statement.probes.find((p) => p.table === lock.table);
  if (!probe) return true;
  return probe.read.blocked || probe.write.blocked;
}

function probeWords(statement: StatementTrace, lock: HeldLock): string {
  const probe = statement.probes.find((p) => p.table === lock.table);
  if (!probe) return '';
  const verb = (a: ProbeAttempt) => a.statement.split(' ')[0]!.toUpperCase();
  const attempts = [probe.read, probe.write];
  const waited = attempts.filter((a) => a.blocked).map((a) => `${verb(a)} waited`);
  const passed = attempts.filter((a) => !a.blocked && !a.error && !a.inferred).map((a) => `${verb(a)} passed`);
  // Attempts the conflict table says cannot wait were not run.
  const free = attempts.filter((a) => a.inferred).map((a) => `a ${verb(a)} does not conflict with ${lock.mode}`);
  return ` (probe: ${[[...waited, ...passed].join(', '), ...free].filter(Boolean).join('; ')})`;
}

const VERB = /^\s*(create\s+(?:unique\s+)?index|drop\s+index|alter\s+table|create\s+table|drop\s+table|lock\s+table|refresh\s+materialized\s+view|\w+)/i;
const statementVerb = (sql: string): string => (VERB.exec(sql)?.[1] ?? 'The statement').replace(/\s+/g, ' ').toUpperCase();

/** Rows of an existing table that changed although the migration does not name it. */
function dataFindings(trace: MigrationTrace): Finding[] {
  return trace.data
    .filter((change) => !change.expected)
    .map((change) => {
      const message =
        change.rowsAfter === undefined
          ? `${change.table} (${change.rowsBefore.toLocaleString('en-US')} rows) is gone after this migration, which does not name it.`
          : change.rowsAfter < change.rowsBefore
            ? `${change.table} lost ${(change.rowsBefore - change.rowsAfter).toLocaleString('en-US')} of its ${change.rowsBefore.toLocaleString('en-US')} rows in this migration, which does not name it (a cascade or a trigger?).`
            : `Rows of ${change.table} changed (${change.rowsBefore.toLocaleString('en-US')} → ${(change.rowsAfter).toLocaleString('en-US')} rows) in this migration, which does not name it (a cascade or a trigger?).`;
      return {
        check: CHECK,
        rule: 'data-changed',
        severity: 'warning' as const,
        message,
        location: { file: trace.file },
        help: 'make the change explicit in the migration, or check the cascades and triggers it sets off',
        subject: `migration ${trace.name} table ${change.table}`,
      };
    });
}

function traceMetrics(trace: MigrationTrace): Metric[] {
  if (trace.status !== 'applied') return [];
  const metrics: Metric[] = [
    { key: `migration.${trace.name}.ms`, unit: 'ms', kind: 'time', direction: 'lower', value: trace.ms, informational: true },
    { key: `migration.${trace.name}.rewrites`, unit: 'tables', kind: 'work', direction: 'lower', value: trace.statements.reduce((n, s) => n + s.rewrites.length, 0) },
  ];
  if (trace.strongestLock && blockRank(trace.strongestLock.blocks) >= blockRank('writes')) {
    metrics.push({
      key: `migration.${trace.name}.lock-hold-ms`, unit: 'ms', kind: 'time', direction: 'lower', value: trace.strongestLock.holdMs,
      detail: `${trace.strongestLock.mode} on ${trace.strongestLock.relation}`, informational: true,
    });
  }
  return metrics;
}
