// Deadlock search (checks.deadlocks): declared transactions, two at a time, run on two sessions
// in every interleaving of their statements (bounded, sampled from the seed beyond the limit),
// the lock-wait monitor making sure no statement is sent to a session that waits. A deadlock the
// engine breaks (PostgreSQL 40P01, InnoDB 1213) is an error naming the two statements and the
// locks they wait for, with the advice; the surviving transaction must have committed and left
// exactly what it leaves when it runs alone. The seeded rows are put back after each run.
import type { DeadlockSearch } from '../../../config/schema/contention.js';
import type { TransactionConfig } from '../../../config/schema/index.js';
import type { Engine, Schema } from '../../../engines/engine.js';
import type { CheckResult, Finding, Location } from '../../../vocabulary.js';
import { resolveParams, nameHash } from '../../performance/params.js';
import { slug, toDialect } from '../../performance/index.js';
import { openLockMonitor, type LockMonitor } from '../lock-monitor.js';
import { runPermutation, type StepResult } from '../run-permutation.js';
import { copySeededState, writtenTables, type SeededState } from '../seeded-state.js';
import { SpecSession } from '../spec-session.js';
import { interleavings } from './interleavings.js';
import { waitedLocks, type WaitedLock } from './locks.js';
import { shortSql, type DeadlockSummary } from '../summary.js';

export interface DeadlockOptions {
  search: DeadlockSearch | undefined;
  transactions: readonly TransactionConfig[];
  seed: number;
  /** Where a key of sluice.yml is, from its root (['transactions', 0, 'statements', 1]). */
  locate: (path: readonly (string | number)[]) => Location;
}

/** One side of a pair: the transaction's statements in the engine's dialect, bound to its values. */
interface BoundTransaction {
  name: string;
  index: number;
  statements: { sql: string; values: unknown[]; text: string }[];
}

export interface PairResult {
  transactions: [string, string];
  /** Interleavings there are; more than `run` when sampled. */
  total: number;
  run: number;
  /** Interleavings that ended in a deadlock, by their order of steps. */
  deadlocked: string[][];
}

const ENGINE_NAME = { postgresql: 'PostgreSQL', mysql: 'MySQL', mariadb: 'MariaDB', pglite: 'PGlite' } as const;

export async function searchDeadlocks(engine: Engine, options: DeadlockOptions): Promise<CheckResult & { pairs: PairResult[]; summaries: DeadlockSummary[] }> {
  const result = { findings: [] as Finding[], metrics: [] as CheckResult['metrics'], pairs: [] as PairResult[], summaries: [] as DeadlockSummary[] };
  const search = options.search;
  if (!search) return result;
  if (!engine.openSession) {
    result.findings.push({
      check: 'concurrency', rule: 'deadlocks-skipped', severity: 'notice', location: options.locate(['checks', 'deadlocks']),
      message: `The deadlock search was skipped: ${engine.info.name} has one connection, so two transactions cannot run side by side; run it with engine: postgres:<tag>, mysql:<tag>, mariadb:<tag> or a server URL.`,
    });
    return result;
  }
  const schema = await engine.introspect();
  const names = search.transactions;
  const pairs: [number, number][] = [];
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) pairs.push([i, j]);
  for (const [i, j] of pairs) {
    const location = options.locate(['checks', 'deadlocks', 'transactions', j]);
    const sides = [await bind(engine, options, names[i]!, 0), await bind(engine, options, names[j]!, names[i] === names[j] ? 1 : 0)] as const;
    if ('missing' in sides[0] || 'missing' in sides[1]) {
      const missing = 'missing' in sides[0] ? sides[0].missing : (sides[1] as { missing: string }).missing;
      result.findings.push({ check: 'concurrency', rule: 'deadlock-search-error', severity: 'error', location, message: `The deadlock search could not run ${names[i]} with ${names[j]}: ${missing}.` });
      continue;
    }
    const pair = await searchPair(engine, schema, search, sides as unknown as [BoundTransaction, BoundTransaction], options.seed).catch((error: unknown) => {
      const e = engine.describeError(error);
      result.findings.push({ check: 'concurrency', rule: 'deadlock-search-error', severity: 'error', location, message: `The deadlock search could not run "${names[i]}" with "${names[j]}": ${e.message}${e.code === 'unknown' ? '' : ` (${e.code})`}.` });
      return undefined;
    });
    if (!pair) continue;
    result.pairs.push(pair.summary);
    result.summaries.push(pair.report);
    result.metrics.push({
      key: `deadlocks.${slug(names[i]!)}.${slug(names[j]!)}`, unit: 'interleavings', kind: 'size', direction: 'lower', value: pair.summary.deadlocked.length, informational: true,
      detail: `${pair.summary.deadlocked.length} of ${pair.summary.run} interleavings deadlocked${pair.summary.total > pair.summary.run ? ` (${pair.summary.total} exist; a sample ran)` : ''}`,
    });
    if (pair.finding) result.findings.push({ ...pair.finding, location: options.locate(pair.finding.at) });
  }
  return result;
}

async function bind(engine: Engine, options: DeadlockOptions, name: string, instance: number): Promise<BoundTransaction | { missing: string }> {
  const index = options.transactions.findIndex((t) => t.name === name);
  const transaction = options.transactions[index]!;
  // The second instance of a transaction paired with itself draws other values.
  const values = await resolveParams(engine, transaction.params, options.seed + nameHash(name) + instance);
  const statements: BoundTransaction['statements'] = [];
  for (const [s, statement] of transaction.statements.entries()) {
    const text = typeof statement === 'string' ? statement : statement[engine.dialect];
    if (text === undefined) return { missing: `statement ${s + 1} of "${name}" has no ${engine.dialect} text; add its ${engine.dialect}: variant` };
    statements.push({ ...toDialect(engine, text, values), text });
  }
  return { name, index, statements };
}

interface PairOutcome {
  summary: PairResult;
  report: DeadlockSummary;
  finding?: Omit<Finding, 'location'> & { at: (string | number)[] };
}

async function searchPair(engine: Engine, schema: Schema, search: DeadlockSearch, sides: [BoundTransaction, BoundTransaction], seed: number): Promise<PairOutcome> {
  const [a, b] = sides;
  const steps = new Map<string, { session: string; sql: string; values?: readonly unknown[] }>();
  for (const [session, side] of [['a', a], ['b', b]] as const) {
    side.statements.forEach((s, i) => steps.set(`${session}${i + 1}`, { session, sql: s.sql, values: s.values }));
    steps.set(`${session}${side.statements.length + 1}`, { session, sql: 'commit' });
  }
  const { orders, total } = interleavings(a.statements.length + 1, b.statements.length + 1, search.interleavings, seed, `${a.name}\u0000${b.name}`);
  const summary: PairResult = { transactions: [a.name, b.name], total, run: orders.length, deadlocked: [] };
  const state = await copySeededState(engine, writtenTables([...steps.values()].map((s) => s.sql), schema), `dl${nameHash(a.name + b.name)}`);
  const monitor = await openLockMonitor(engine);
  let first: { order: string[]; outcome: StepResult[]; locks: WaitedLock[]; survivorCheck: string } | undefined;
  const alone = new Map<string, string>();
  // Once the steps up to the second wait deadlocked, every interleaving sharing them does the
  // same (the engine is deterministic there): counted, not run again (PostgreSQL's detector
  // waits deadlock_timeout, a second, each time).
  const deadlockPrefixes: string[][] = [];
  try {
    for (const order of orders) {
      if (deadlockPrefixes.some((p) => p.every((step, i) => order[i] === step))) {
        summary.deadlocked.push(order);
        continue;
      }
      try {
        const { outcome, locks } = await runInterleaving(engine, schema, search, steps, order, monitor);
        const victim = outcome.find((s) => s.error?.kind === 'deadlock');
        if (!victim) continue;
        summary.deadlocked.push(order);
        const waited = outcome.filter((s) => s.blocked || s === victim).map((s) => order.indexOf(s.step));
        deadlockPrefixes.push(order.slice(0, Math.max(...waited) + 1));
        if (first) continue;
        // The survivor: it must have committed, and left what it leaves alone.
        const survivor = victim.step.startsWith('a') ? 'b' : 'a';
        const survivorSide = survivor === 'a' ? a : b;
        const failed = outcome.find((s) => s.step.startsWith(survivor) && s.error);
        let survivorCheck: string;
        if (failed) {
          survivorCheck = `The survivor "${survivorSide.name}" did not commit either: its step ${failed.step} failed with ${failed.error!.kind} (${failed.error!.code}).`;
        } else {
          const after = await state.changes();
          await state.restore();
          if (!alone.has(survivor)) alone.set(survivor, await runAlone(engine, search, steps, survivor, survivorSide.statements.length + 1, state));
          survivorCheck = after === alone.get(survivor)
            ? `The engine resolved it: the survivor "${survivorSide.name}" committed and its writes are visible, exactly as when it runs alone.`
            : `The survivor "${survivorSide.name}" committed, but the data differs from what it leaves when it runs alone (${firstLine(after, alone.get(survivor)!)}).`;
        }
        first = { order, outcome, locks, survivorCheck };
      } finally {
        await state.restore();
      }
    }
  } finally {
    await monitor.close();
    await state.drop();
  }
  const report: DeadlockSummary = { transactions: summary.transactions, total: summary.total, run: summary.run, deadlocked: summary.deadlocked.length };
  if (!first) return { summary, report };
  return { summary, report: { ...report, first: firstDeadlock(sides, first) }, finding: describeDeadlock(engine, sides, first, summary) };
}

async function runInterleaving(
  engine: Engine, schema: Schema, search: DeadlockSearch,
  steps: ReadonlyMap<string, { session: string; sql: string; values?: readonly unknown[] }>, order: readonly string[], monitor: LockMonitor,
): Promise<{ outcome: StepResult[]; locks: WaitedLock[] }> {
  const sessions = new Map<string, SpecSession>();
  let locks: WaitedLock[] = [];
  try {
    for (const name of ['a', 'b']) {
      const session = await SpecSession.open(engine, name, search.level, search['lock-timeout']);
      sessions.set(name, session);
      session.send('begin');
      await session.outcome();
    }
    const ids = new Map([...sessions].map(([name, s]) => [name, s.connectionId]));
    const outcome = await runPermutation(order, steps, sessions, monitor, search['lock-timeout'], async (_step, waiting) => {
      // Both waiting is the deadlock itself (PostgreSQL looks for it only after deadlock_timeout).
      if (waiting.size === 2 || locks.length === 0) locks = await waitedLocks(engine, schema, ids);
    });
    return { outcome, locks };
  } finally {
    for (const session of sessions.values()) await session.close();
  }
}

/** The survivor's statements on one session, committed, from the seeded rows: what it leaves alone. */
async function runAlone(
  engine: Engine, search: DeadlockSearch, steps: ReadonlyMap<string, { session: string; sql: string; values?: readonly unknown[] }>,
  session: string, count: number, state: SeededState,
): Promise<string> {
  const alone = await SpecSession.open(engine, session, search.level, search['lock-timeout']);
  try {
    alone.send('begin');
    await alone.outcome();
    for (let i = 1; i <= count; i++) {
      const step = steps.get(`${session}${i}`)!;
      alone.send(step.sql, step.values);
      const outcome = await alone.outcome();
      if ('error' in outcome) return `its step ${session}${i} failed alone: ${outcome.error.message}`;
    }
  } finally {
    await alone.close();
  }
  try {
    return await state.changes();
  } finally {
    await state.restore();
  }
}

const firstLine = (after: string, alone: string) => {
  const a = after.split('\n'), b = new Set(alone.split('\n'));
  const extra = a.find((line) => line && !b.has(line));
  return extra ? `first difference: ${extra}` : 'rows it writes alone are missing';
};

const short = (sql: string) => {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}…` : flat;
};

/** The first deadlock for the report: the victim's statement, the survivor's that waited, the locks. */
function firstDeadlock(sides: [BoundTransaction, BoundTransaction], first: { order: string[]; outcome: StepResult[]; locks: WaitedLock[] }): DeadlockSummary['first'] {
  const side = (session: string) => (session.startsWith('a') ? sides[0] : sides[1]);
  const sql = (step: string) => shortSql(side(step).statements[Number(step.slice(1)) - 1]?.text ?? 'commit');
  const named = (session: string) => (sides[0].name === sides[1].name ? `${side(session).name} (${session[0]})` : side(session).name);
  const victim = first.outcome.find((s) => s.error?.kind === 'deadlock')!;
  const survivor = victim.step.startsWith('a') ? 'b' : 'a';
  const survivorWait = [...first.outcome].reverse().find((s) => s.step.startsWith(survivor) && s.blocked);
  const survivorStep = survivorWait?.step ?? [...first.order].reverse().find((s) => s.startsWith(survivor) && first.order.indexOf(s) < first.order.indexOf(victim.step)) ?? `${survivor}1`;
  return {
    order: first.order,
    victim: { transaction: named(victim.step), statement: `${victim.step}: ${sql(victim.step)}`, code: victim.error!.code },
    survivor: { transaction: named(survivor), statement: `${survivorStep}: ${sql(survivorStep)}` },
    locks: first.locks.map((l) => `${named(l.session)} waits for ${l.text}`),
  };
}

function describeDeadlock(
  engine: Engine, sides: [BoundTransaction, BoundTransaction],
  first: { order: string[]; outcome: StepResult[]; locks: WaitedLock[]; survivorCheck: string }, summary: PairResult,
): PairOutcome['finding'] {
  const side = (session: string) => (session.startsWith('a') ? sides[0] : sides[1]);
  const label = (session: string) => (sides[0].name === sides[1].name ? `"${side(session).name}" (${session[0]})` : `"${side(session).name}"`);
  const statement = (step: string) => {
    const n = Number(step.slice(1));
    const text = side(step).statements[n - 1]?.text;
    return text === undefined ? 'commit' : `statement ${n} (${short(text)})`;
  };
  const victim = first.outcome.find((s) => s.error?.kind === 'deadlock')!;
  const survivor = victim.step.startsWith('a') ? 'b' : 'a';
  const survivorWait = [...first.outcome].reverse().find((s) => s.step.startsWith(survivor) && s.blocked);
  const victimSide = side(victim.step);
  const engineName = ENGINE_NAME[engine.info.name];
  const waits = survivorWait
    ? `${label(survivor)} ${statement(survivorWait.step)} waits for a lock ${label(victim.step)} holds, while ${label(victim.step)} ${statement(victim.step)} waits for one ${label(survivor)} holds`
    : `${label(victim.step)} ${statement(victim.step)} closes a cycle of lock waits with ${label(survivor)}`;
  const locks = first.locks.length
    ? ` Locks: ${first.locks.map((l) => `${label(l.session)} waits for ${l.text}`).join('; ')}.`
    : '';
  const detail = victim.error?.detail ? ` ${engineName} said: ${victim.error.detail.replace(/\s*\n\s*/g, ' ')}` : '';
  const count = summary.deadlocked.length;
  const of = `${count} of ${summary.run} interleaving${summary.run === 1 ? '' : 's'}${summary.total > summary.run ? ` (sampled from ${summary.total})` : ''} deadlocked`;
  const waitStep = survivorWait ?? victim;
  const at = ['transactions', side(waitStep.step).index, 'statements', Math.min(Number(waitStep.step.slice(1)), side(waitStep.step).statements.length) - 1];
  return {
    check: 'concurrency', rule: 'deadlock', severity: 'error', at, subject: `transactions ${sides[0].name} and ${sides[1].name}`,
    message:
      `Transactions "${sides[0].name}" and "${sides[1].name}" deadlock (${of}); in interleaving ${first.order.join(' ')}, ${waits}. ` +
      `${engineName} broke the cycle by failing ${label(victim.step)} with deadlock (${victim.error!.code}).${locks}${detail ? `${detail.endsWith('.') ? detail : `${detail}.`}` : ''} ` +
      `${first.survivorCheck} Take the rows in one order in every transaction (sort by the key), or lock them all first with SELECT … FOR UPDATE … ORDER BY the key, so no two transactions wait for each other; and retry "${victimSide.name}" on deadlock.`,
  };
}
