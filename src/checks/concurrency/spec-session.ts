// One isolation-spec session: its own connection, isolation level and lock timeouts, and at
// most one statement in flight. The runner never sends a step to a session that is waiting.
import type { DbError, Engine, EngineSession, Row } from '../../engines/engine.js';

export type IsolationLevel = 'read uncommitted' | 'read committed' | 'repeatable read' | 'serializable' | 'engine default';

/** What a statement came back with. */
export type StatementOutcome = { rows: Row[] } | { error: DbError; detail?: string };

/** PostgreSQL's DETAIL and CONTEXT lines (a deadlock's "Process 1 waits for ShareLock on transaction 2 …"). */
function detailOf(error: unknown): string | undefined {
  const { detail, where } = (error ?? {}) as { detail?: unknown; where?: unknown };
  const parts = [detail, where].filter((p): p is string => typeof p === 'string' && p.length > 0);
  return parts.length ? parts.join('\n') : undefined;
}

export class SpecSession {
  readonly name: string;
  /** The server's id of this connection: backend pid or connection_id(). */
  readonly connectionId: number;
  readonly #session: EngineSession;
  #inFlight: Promise<StatementOutcome> | undefined;
  #settled: StatementOutcome | undefined;

  private constructor(name: string, session: EngineSession, connectionId: number) {
    this.name = name;
    this.#session = session;
    this.connectionId = connectionId;
  }

  /**
   * Lock waits end after `lockTimeoutMs` with a lock-timeout error, so no permutation hangs;
   * the statement timeout is a backstop for statements that are slow without waiting.
   * PostgreSQL's deadlock_timeout is a superuser setting: its default (1 s) stays.
   */
  static async open(engine: Engine, name: string, level: IsolationLevel, lockTimeoutMs: number): Promise<SpecSession> {
    const session = await engine.openSession!();
    try {
      await session.setStatementTimeout(lockTimeoutMs * 4);
      let id: number;
      if (engine.dialect === 'postgres') {
        await session.exec(`set lock_timeout = ${Math.round(lockTimeoutMs)}`);
        if (level !== 'engine default') await session.exec(`set session characteristics as transaction isolation level ${level}`);
        id = Number((await session.query<{ id: number }>('select pg_backend_pid() as id'))[0]!.id);
      } else {
        // innodb_lock_wait_timeout counts whole seconds.
        await session.exec(`SET SESSION innodb_lock_wait_timeout = ${Math.max(1, Math.round(lockTimeoutMs / 1000))}`);
        if (level !== 'engine default') await session.exec(`SET SESSION TRANSACTION ISOLATION LEVEL ${level.toUpperCase()}`);
        id = Number((await session.query<{ id: number }>('SELECT connection_id() AS id'))[0]!.id);
      }
      return new SpecSession(name, session, id);
    } catch (error) {
      await session.close();
      throw error;
    }
  }

  get busy(): boolean {
    return this.#inFlight !== undefined && this.#settled === undefined;
  }

  /** Starts a statement; its outcome is read with `outcome()` once `busy` is false. */
  send(sql: string, values?: readonly unknown[]): void {
    if (this.busy) throw new Error(`session ${this.name} still runs a statement`);
    this.#settled = undefined;
    const flight = this.#session.query(sql, values).then(
      (rows): StatementOutcome => ({ rows }),
      (error: unknown): StatementOutcome => {
        const detail = detailOf(error);
        return { error: this.#session.describeError(error), ...(detail ? { detail } : {}) };
      },
    );
    this.#inFlight = flight;
    void flight.then((outcome) => { if (this.#inFlight === flight) this.#settled = outcome; });
  }

  /** The statement's outcome, waiting for it if needed. */
  async outcome(): Promise<StatementOutcome> {
    const outcome = await this.#inFlight!;
    this.#settled = outcome;
    return outcome;
  }

  /** Resolves when the statement in flight returns, or after `ms`; true when it returned. */
  async settleWithin(ms: number): Promise<boolean> {
    if (!this.busy) return true;
    let timer: NodeJS.Timeout | undefined;
    const returned = await Promise.race([
      this.#inFlight!.then(() => true),
      new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(false), ms); }),
    ]);
    clearTimeout(timer);
    if (returned) await this.outcome();
    return returned;
  }

  /** Ends whatever transaction is open and the connection. */
  async close(): Promise<void> {
    if (this.busy) await this.settleWithin(60_000);
    await this.#session.exec('rollback').catch(() => undefined);
    await this.#session.close();
  }
}
