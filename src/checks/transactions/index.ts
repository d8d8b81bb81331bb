// Transaction checks: savepoints (checks.savepoints), two-phase commit across two scratch
// databases (checks.two-phase-commit) and a connection pool against a connection limit
// (checks.pool). Each reports what the engine in use really does; a difference from what it
// documents, or anything left behind (a prepared transaction, a connection), is an error.
// Two-phase commit and the pool need a server: on PGlite they are skipped with one notice.
import type { SluiceConfig } from '../../config/schema/index.js';
import type { Engine, Server } from '../../engines/engine.js';
import type { CheckResult, Finding, Location, Metric } from '../../vocabulary.js';
import { checkPool, type PoolSettings } from './pool.js';
import { checkSavepoints } from './savepoints.js';
import { checkTwoPhaseCommit } from './two-phase.js';

export interface TransactionCheckOptions {
  savepoints: boolean;
  twoPhaseCommit: boolean;
  pool?: PoolSettings;
  /** Where a key of sluice.yml is, below checks (e.g. ['pool']). */
  locate: (path: readonly (string | number)[]) => Location;
}

/** The options as sluice.yml's checks section gives them. */
export function transactionCheckOptions(checks: SluiceConfig['checks'], locate: TransactionCheckOptions['locate']): TransactionCheckOptions {
  const { pool } = checks;
  return {
    savepoints: checks.savepoints, twoPhaseCommit: checks['two-phase-commit'], locate,
    ...(pool ? { pool: { connections: pool.connections, limit: pool.limit, operations: pool.operations, acquireTimeoutMs: pool['acquire-timeout'], ...(pool.sql ? { sql: pool.sql } : {}) } } : {}),
  };
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

export async function runTransactionChecks(server: Server, engine: Engine, options: TransactionCheckOptions): Promise<CheckResult> {
  const findings: Finding[] = [];
  const metrics: Metric[] = [];
  const on = `${engine.info.name} ${engine.info.version}`;
  const serverOnly = [options.twoPhaseCommit && 'two-phase-commit', options.pool && 'pool'].filter((k): k is string => Boolean(k));
  if (serverOnly.length && !engine.openSession) {
    findings.push({
      check: 'transactions', rule: 'transactions-skipped', severity: 'notice', location: options.locate([serverOnly[0]!]),
      message: `checks.${serverOnly.join(' and checks.')} ${serverOnly.length > 1 ? 'were' : 'was'} skipped: ${engine.info.name} has one connection and one database; run ${serverOnly.length > 1 ? 'them' : 'it'} with engine: postgres:<tag>, mysql:<tag>, mariadb:<tag> or a server URL.`,
    });
  }

  if (options.savepoints) {
    const location = options.locate(['savepoints']);
    const result = await checkSavepoints(engine);
    if (result.problem) {
      findings.push({ check: 'transactions', rule: 'savepoints-failed', severity: 'error', location, subject: 'savepoints', message: `The savepoint check could not run: ${result.problem}.` });
    } else {
      findings.push({ check: 'transactions', rule: 'savepoints-observed', severity: 'notice', location, subject: 'savepoints', message: `Savepoints on ${on}: ${result.facts.map((f) => f.observed).join('; ')}.` });
      for (const fact of result.facts.filter((f) => !f.agrees)) {
        findings.push({ check: 'transactions', rule: 'savepoints-differ-from-documentation', severity: 'error', location, subject: `savepoints ${fact.id}`, message: `Savepoints on ${on}: ${fact.observed}, though the engine's documentation says ${fact.documented}.` });
      }
    }
  }

  // The pool first: the two-phase check's two scratch databases keep a connection each until the end.
  if (options.pool && engine.openSession) {
    const location = options.locate(['pool']);
    const pool = options.pool;
    const result = await checkPool(server, engine, pool);
    if (result.skipped) {
      findings.push({ check: 'transactions', rule: 'pool-skipped', severity: 'notice', location, subject: 'pool', message: `checks.pool was skipped: ${result.skipped}.` });
    } else {
      const refused = [...result.refused].map(([code, n]) => `${n} × ${code}`).join(', ');
      findings.push({
        check: 'transactions', rule: 'pool-exhausted', severity: 'notice', location, subject: 'pool',
        message: `Pool of ${pool.connections} against a limit of ${pool.limit} connections on ${on}: the pool held at most ${result.opened} connections; ${refused ? `the server refused ${refused} ("${result.refusal}")` : 'the server refused no connection'}; ${result.waits.length} of ${result.operations} acquisitions queued for a released connection (wait p50 ${ms(percentile(result.waits, 50))}, p95 ${ms(percentile(result.waits, 95))}, max ${ms(percentile(result.waits, 100))}); ${result.timeouts} timed out after ${pool['acquireTimeoutMs']} ms; ${result.completed} operations completed.`,
      });
      if (result.failed.size) findings.push({ check: 'transactions', rule: 'pool-operation-failed', severity: 'error', location, subject: 'pool', message: `Pool: operations failed once they had a connection: ${[...result.failed].map(([code, n]) => `${n} × ${code}`).join(', ')}.` });
      if (result.after > result.before) findings.push({ check: 'transactions', rule: 'connection-leaked', severity: 'error', location, subject: 'pool', message: `Pool: ${result.after - result.before} connections of the run were still open on the server after the pool closed (${result.before} before it).` });
      const metric = (key: string, unit: string, value: number): Metric => ({ key: `pool.${key}`, unit, kind: 'time', direction: 'lower', value, informational: true });
      metrics.push(
        metric('queued', 'acquisitions', result.waits.length),
        metric('wait-p95', 'ms', percentile(result.waits, 95)),
        metric('acquire-timeouts', 'acquisitions', result.timeouts),
        metric('refused', 'connections', [...result.refused.values()].reduce((a, b) => a + b, 0)),
      );
    }
  }
  if (options.twoPhaseCommit && engine.openSession) {
    const location = options.locate(['two-phase-commit']);
    const result = await checkTwoPhaseCommit(server);
    if (result.disabled) {
      findings.push({ check: 'transactions', rule: 'two-phase-commit-disabled', severity: 'warning', location, subject: 'two-phase commit', message: `Two-phase commit was not checked: ${result.disabled}.` });
    } else {
      if (result.observed.length) findings.push({ check: 'transactions', rule: 'two-phase-commit-observed', severity: 'notice', location, subject: 'two-phase commit', message: `Two-phase commit on ${on}: ${result.observed.join('; ')}.` });
      for (const failure of result.failures) findings.push({ check: 'transactions', rule: 'two-phase-commit-failed', severity: 'error', location, subject: 'two-phase commit', message: `Two-phase commit on ${on}: ${failure}.` });
      if (result.leftPrepared.length) findings.push({ check: 'transactions', rule: 'prepared-transaction-left', severity: 'error', location, subject: 'two-phase commit', message: `Prepared transactions ${result.leftPrepared.join(', ')} are still on the server after the check; they hold their locks until ROLLBACK PREPARED / XA ROLLBACK.` });
    }
  }

  return { findings, metrics };
}
