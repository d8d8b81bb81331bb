// checks.pool: a pool of `connections` against a connection limit Sluice sets on its own
// per-run role, smaller than the demand. Each worker takes a connection, runs one statement and
// gives it back; when none is idle the pool opens one, and when the server refuses ("too many
// connections": PostgreSQL 53300, MySQL/MariaDB 1040 / 1203) the worker queues for a released
// one until the acquisition timeout. Afterwards the limit is lifted and the server is asked
// whether any connection of the run is still open.
import type { Engine, EngineSession, Server } from '../../engines/engine.js';

export interface PoolSettings {
  connections: number;
  limit: number;
  operations: number;
  acquireTimeoutMs: number;
  sql?: string;
}

export interface PoolResult {
  /** Why it did not run, as a sentence. */
  skipped?: string;
  operations: number;
  completed: number;
  /** Most connections the pool held open at once. */
  opened: number;
  /** Connection attempts the server refused, by the engine's code. */
  refused: Map<string, number>;
  /** A refusal's message as the server wrote it (the first one). */
  refusal?: string;
  /** Acquisitions that had to wait for a released connection, and how long each waited (ms). */
  waits: number[];
  timeouts: number;
  /** Statements that failed once they had a connection, by code. */
  failed: Map<string, number>;
  /** Connections of the per-run role open before the check, and after it (must match). */
  before: number;
  after: number;
}

const TOO_MANY = /^(53300|ER_CON_COUNT_ERROR \(1040\)|ER_TOO_MANY_USER_CONNECTIONS \(1203\)|ER_USER_LIMIT_REACHED \(1226\))$/;

export async function checkPool(server: Server, engine: Engine, settings: PoolSettings): Promise<PoolResult> {
  const result: PoolResult = { operations: settings.operations, completed: 0, opened: 0, refused: new Map(), waits: [], timeouts: 0, failed: new Map(), before: 0, after: 0 };
  if (!engine.openSession || !server.limitRunConnections || !server.runConnections) {
    return { ...result, skipped: `${engine.info.name} has one connection, so there is no pool to exhaust; run it with engine: postgres:<tag>, mysql:<tag>, mariadb:<tag> or a server URL` };
  }
  result.before = await server.runConnections();
  if (!(await server.limitRunConnections(settings.limit))) {
    return { ...result, skipped: 'migrations.privileges is superuser, so there is no per-run role whose connections Sluice may limit; use the default (confined) privileges' };
  }
  const sql = settings.sql ?? (engine.dialect === 'postgres' ? 'select pg_sleep(0.01)' : 'select sleep(0.01)');
  const idle: EngineSession[] = [];
  const all = new Set<EngineSession>();
  let opening = 0;
  const queue: ((session: EngineSession) => void)[] = [];
  const release = (session: EngineSession) => {
    const next = queue.shift();
    if (next) next(session);
    else idle.push(session);
  };
  const acquire = async (): Promise<EngineSession | undefined> => {
    const ready = idle.pop();
    if (ready) return ready;
    if (all.size + opening < settings.connections) {
      opening++;
      try {
        const session = await engine.openSession!();
        all.add(session);
        result.opened = Math.max(result.opened, all.size);
        return session;
      } catch (error) {
        // A refused MySQL/MariaDB login arrives wrapped in a sentence; the driver's error is its cause.
        const e = engine.describeError((error as { cause?: unknown }).cause ?? error);
        if (!TOO_MANY.test(e.code)) throw error;
        result.refused.set(e.code, (result.refused.get(e.code) ?? 0) + 1);
        result.refusal ??= e.message;
      } finally {
        opening--;
      }
    }
    // One may have been released while the server was refusing: take it rather than queue behind nobody.
    const released = idle.pop();
    if (released) return released;
    // Queue for a released connection until the acquisition timeout.
    const started = performance.now();
    return new Promise((resolve) => {
      const waiter = (session: EngineSession) => {
        clearTimeout(timer);
        result.waits.push(performance.now() - started);
        resolve(session);
      };
      const timer = setTimeout(() => {
        queue.splice(queue.indexOf(waiter), 1);
        result.timeouts++;
        resolve(undefined);
      }, settings.acquireTimeoutMs);
      queue.push(waiter);
    });
  };
  try {
    let next = 0;
    const worker = async () => {
      while (next < settings.operations) {
        next++;
        const session = await acquire();
        if (!session) continue;
        try {
          await session.query(sql);
          result.completed++;
        } catch (error) {
          const code = session.describeError(error).code;
          result.failed.set(code, (result.failed.get(code) ?? 0) + 1);
        } finally {
          release(session);
        }
      }
    };
    await Promise.all(Array.from({ length: settings.connections }, worker));
  } finally {
    for (const session of all) await session.close();
    await server.limitRunConnections(undefined);
    // A closed connection's server process ends a moment later: ask until the count settles.
    for (let i = 0; i < 50; i++) {
      result.after = await server.runConnections();
      if (result.after <= result.before) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return result;
}
