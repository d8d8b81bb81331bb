// One execution of a workload. A query is profiled as it is. A transaction's statements, and a
// bulk path's statement, run inside BEGIN … ROLLBACK: every run starts from the same seeded
// rows, so the work it does is the same work each time, and nothing it writes stays.
import { performance } from 'node:perf_hooks';
import type { Engine, WorkProfile } from '../../engines/engine.js';
import { settleAfterWrite } from './repeatable.js';
import type { WorkloadKind } from './workload.js';

export interface Execution {
  /** Summed over the statements (a transaction's work is all of its statements' work). */
  counters: WorkProfile['counters'];
  operators: string[];
  /** One line per statement, joined with " ; ". */
  shape: string;
  /** Each statement's plan as the engine gave it. */
  plans: unknown[];
  /** A query: its execution; a bulk path: its statement; a transaction: BEGIN to its last statement. */
  timeMs: number;
}

export interface BoundStatement {
  sql: string;
  values: unknown[];
}

export async function executeOnce(engine: Engine, kind: WorkloadKind, statements: readonly BoundStatement[]): Promise<Execution> {
  if (kind === 'query') return combine([await engine.profile(statements[0]!.sql, statements[0]!.values)]);
  await engine.exec('BEGIN');
  const started = performance.now();
  const profiles: WorkProfile[] = [];
  try {
    for (const statement of statements) profiles.push(await engine.profile(statement.sql, statement.values));
  } finally {
    // Also after a failure: a statement's own error is the one to report (after a timeout on
    // PGlite the session is gone and ROLLBACK fails too).
    await engine.exec('ROLLBACK').catch(() => undefined);
  }
  await settleAfterWrite(engine);
  const execution = combine(profiles);
  if (kind === 'transaction') execution.timeMs = performance.now() - started;
  return execution;
}

/**
 * The control beside one execution: the trivial statement `SELECT 1` in place of each of the
 * workload's statements, timed as executeOnce times the workload (server-side where the engine
 * reports it, BEGIN to the last statement for a transaction) on the same session. Nothing is
 * written, so nothing is settled afterwards.
 */
export async function controlOnce(engine: Engine, kind: WorkloadKind, statements: readonly BoundStatement[]): Promise<number> {
  if (kind !== 'transaction') return (await engine.profile(CONTROL_SQL)).timeMs;
  await engine.exec('BEGIN');
  const started = performance.now();
  try {
    for (let i = 0; i < statements.length; i++) await engine.profile(CONTROL_SQL);
    return performance.now() - started;
  } finally {
    await engine.exec('ROLLBACK').catch(() => undefined);
  }
}

const CONTROL_SQL = 'SELECT 1';

function combine(profiles: WorkProfile[]): Execution {
  const counters: WorkProfile['counters'] = [];
  for (const counter of profiles.flatMap((p) => p.counters)) {
    const known = counters.find((c) => c.name === counter.name);
    if (known) known.value += counter.value;
    else counters.push({ ...counter });
  }
  return {
    counters,
    operators: [...new Set(profiles.flatMap((p) => p.operators))],
    shape: profiles.map((p) => p.shape).join(' ; '),
    plans: profiles.map((p) => p.plan),
    timeMs: profiles.reduce((sum, p) => sum + p.timeMs, 0),
  };
}
