// The crash workload: K connections commit the declared transactions, each with one ledger row
// whose id is logged here only when COMMIT was acknowledged. Mid-workload the server is killed
// (SIGKILL) and restarted; the connections keep going, reopening their session after every
// error, so what clients see across a crash — errors, and the time until a transaction
// commits again — is measured too.
import type { TransactionConfig } from '../../config/schema/index.js';
import type { Engine, EngineSession, ScratchConnection } from '../../engines/engine.js';
import { paramSources, type ParamSource } from '../../measure/load/parameters.js';
import { SeededRandom } from '../../measure/load/schedule.js';
import { toDialect } from '../performance/index.js';
import type { Supervisor } from './supervisor.js';
import { LEDGER, snapshotSequences, type SequencePositions } from './verify.js';

/** How long the restarted server has to commit a transaction before the check gives up. */
export const RECOVERY_LIMIT_MS = 30_000;

/** A declared transaction ready to run: each statement's SQL in the dialect and which parameter each placeholder binds. */
interface PreparedTransaction {
  name: string;
  statements: { sql: string; binds: number[] }[];
  sources: ParamSource[];
}

export interface CrashPlan {
  transactions: readonly TransactionConfig[];
  connections: number;
  killAfterMs: number;
  afterRestartMs: number;
  seed: number;
  statementTimeoutMs: number;
  /** Ledger ids of this run start above this (a second run must not collide with the first). */
  idBase: number;
}

export interface CrashOutcome {
  /** Ledger ids whose COMMIT was acknowledged, with when (ms since the workload began). */
  acknowledged: Map<number, number>;
  /** Ids whose COMMIT was sent but never answered: either outcome is allowed. */
  unanswered: Set<number>;
  /** Sequence positions read in a transaction acknowledged just before the kill. */
  sequences: SequencePositions;
  killedAtMs: number;
  /** Kill → the restarted server's first successful login. */
  recoveryMs: number;
  /** Kill → the first transaction a client saw committed after the restart (undefined: none within the limit). */
  reconnectMs: number | undefined;
  /** Errors clients saw, by the engine's code, before and after the kill. */
  errorsBeforeKill: Map<string, { count: number; message: string }>;
  errorsAfterKill: Map<string, { count: number; message: string }>;
}

export async function prepareTransactions(engine: ScratchConnection, transactions: readonly TransactionConfig[]): Promise<PreparedTransaction[]> {
  const prepared: PreparedTransaction[] = [];
  for (const tx of transactions) {
    const sources = await paramSources(engine, tx.params);
    const statements = tx.statements.map((statement) => {
      const text = typeof statement === 'string' ? statement : statement[engine.dialect] ?? '';
      const { sql, values } = toDialect(engine, text, sources.map((_, i) => i));
      return { sql, binds: values as number[] };
    });
    prepared.push({ name: tx.name, statements: statements.filter((s) => s.sql.trim() !== ''), sources });
  }
  return prepared;
}

/**
 * `engine` only opens sessions: after an earlier crash its own connection is gone. `supervisor`
 * kills and restarts the server, and starts it again whenever it stops by itself afterwards.
 */
export async function runCrashWorkload(engine: Engine, supervisor: Supervisor, plan: CrashPlan): Promise<CrashOutcome> {
  const live = await supervisor.retry(() => engine.openSession!());
  let transactions: PreparedTransaction[];
  try {
    transactions = await prepareTransactions(live, plan.transactions);
  } catch (error) {
    await live.close();
    throw error;
  }
  const started = performance.now();
  const now = () => performance.now() - started;
  const acknowledged = new Map<number, number>();
  const unanswered = new Set<number>();
  const errorsBeforeKill = new Map<string, { count: number; message: string }>();
  const errorsAfterKill = new Map<string, { count: number; message: string }>();
  let killedAtMs: number | undefined;
  /** When the killed server's processes were all gone: a transaction begun after it ran on the restarted server. */
  let deadAtMs = Number.POSITIVE_INFINITY;
  let firstAfterKill: number | undefined;
  /** A client's first login after the kill: it may beat the restart's own readiness probe. */
  let firstLoginAfterKill: number | undefined;
  let stopping = false;

  const record = (error: unknown) => {
    const e = engine.describeError(error);
    const tally = killedAtMs === undefined ? errorsBeforeKill : errorsAfterKill;
    const code = e.code && e.code !== 'unknown' ? e.code : e.kind;
    const entry = tally.get(code) ?? { count: 0, message: e.message.split(/[;\n]/)[0]!.slice(0, 120) };
    entry.count++;
    tally.set(code, entry);
  };
  const insertLedger = `INSERT INTO ${LEDGER} (id, conn) VALUES (${engine.placeholder(1)}, ${engine.placeholder(2)})`;

  const worker = async (connection: number) => {
    const random = new SeededRandom(plan.seed + connection);
    let session: EngineSession | undefined;
    let n = 0;
    while (!stopping) {
      if (!session) {
        const began = now();
        try {
          session = await engine.openSession!();
          if (began > deadAtMs && firstLoginAfterKill === undefined) firstLoginAfterKill = now();
          await session.setStatementTimeout(plan.statementTimeoutMs);
        } catch (error) {
          record(error);
          await session?.close().catch(() => undefined);
          session = undefined;
          await sleep(20);
          continue;
        }
      }
      const tx = transactions[random.below(transactions.length)]!;
      const drawn = tx.sources.map((source) => draw(source, random));
      const id = plan.idBase + connection * 1_000_000_000 + ++n;
      const open = session;
      let committing = false;
      const began = now();
      try {
        await open.transaction(async () => {
          for (const statement of tx.statements) await open.query(statement.sql, statement.binds.map((i) => drawn[i]));
          await open.query(insertLedger, [id, connection]);
          committing = true;
        });
        acknowledged.set(id, now());
        if (began > deadAtMs && firstAfterKill === undefined) firstAfterKill = now();
      } catch (error) {
        if (committing) unanswered.add(id);
        record(error);
        // Whatever failed, a fresh session: after a crash the old one is dead either way.
        await open.close().catch(() => undefined);
        session = undefined;
        if (killedAtMs === undefined) await sleep(5);
      }
    }
    await session?.close().catch(() => undefined);
  };

  const workers = Array.from({ length: plan.connections }, (_, i) => worker(i + 1));
  try {
    await sleep(plan.killAfterMs);
    // The sequences' positions, read in a transaction whose commit was acknowledged: what was
    // written before it is on disk as far as the server's promise goes.
    const sequences = await snapshotSequences(live, plan.idBase).finally(() => live.close());
    acknowledged.set(plan.idBase, now());
    killedAtMs = now();
    await supervisor.control.kill();
    deadAtMs = now();
    await supervisor.restart();
    const recoveryMs = Math.min(now(), firstLoginAfterKill ?? Number.POSITIVE_INFINITY) - killedAtMs;
    const limit = now() + RECOVERY_LIMIT_MS;
    while (firstAfterKill === undefined && now() < limit) {
      await sleep(10);
      await supervisor.ensureUp();
    }
    if (firstAfterKill !== undefined) await sleep(plan.afterRestartMs);
    stopping = true;
    await Promise.all(workers);
    return {
      acknowledged, unanswered, sequences, killedAtMs, recoveryMs,
      reconnectMs: firstAfterKill === undefined ? undefined : firstAfterKill - killedAtMs,
      errorsBeforeKill, errorsAfterKill,
    };
  } finally {
    stopping = true;
    await Promise.all(workers);
    await live.close().catch(() => undefined);
  }
}

function draw(source: ParamSource, random: SeededRandom): unknown {
  switch (source.kind) {
    case 'literal':
      return source.value;
    case 'pool':
      return source.values[random.below(source.values.length)];
    case 'range':
      return source.low + random.below(source.high - source.low + 1);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
