// One MySQL/MariaDB scratch database over ONE dedicated connection (not a pool): the work
// counters (`Handler_read_*`) are per session and must only see Sluice's own query.
import { performance } from 'node:perf_hooks';
import type { Connection, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import type { DbError, Engine, EngineSession, Row, Schema, ScratchUrl, ServerInfo, WorkProfile } from '../engine.js';
import { sessionCannotDrop } from '../engine.js';
import { asDriverError, networkCode, type DriverError } from './connection.js';
import { MARIADB_ERRORS, errorKind, syntaxErrorPosition } from './errors.js';
import { introspectMysql, text } from './introspect.js';
import { summarisePlan, type PlanSummary } from './plan.js';

export const quoteIdent = (name: string): string => `\`${name.replace(/`/g, '``')}\``;

type HandlerCounts = Map<string, number>;

/** How long after its deadline a statement the server did not cancel itself is killed from outside. */
const WATCHDOG_GRACE_MS = 1_000;

/**
 * Reads performance_schema.events_statements_history for a session (by its connection id):
 * the newest statement that is not Sluice's SHOW STATUS. Undefined where performance_schema
 * or its statement history is off.
 */
export type StatementEventReader = (connectionId: number) => Promise<{ rowsExamined: number; noIndexUsed: number } | undefined>;

/** The metadata locks a connection holds (performance_schema.metadata_locks), read by the admin connection: the per-run user may not. */
export type MetadataLockReader = (connectionId: number) => Promise<{ table: string; type: string }[] | undefined>;

/** What the admin connection reads about this engine's own connection. */
export interface AdminReaders {
  statementEvent: StatementEventReader;
  metadataLocks: MetadataLockReader;
}

export class MysqlEngine implements Engine {
  readonly dialect = 'mysql' as const;
  readonly info: ServerInfo;
  readonly database: string;
  readonly #connection: Connection;
  /** The statement each failed call ran, so a syntax error can be placed in it. */
  readonly #statementOf = new WeakMap<object, string>();
  #lastStatement: string | undefined;
  #transactionDepth = 0;
  /** What one SHOW STATUS adds to the counters itself, measured once for this session. */
  #showOverhead: HandlerCounts | undefined;

  /** Cancels the running statement of a session from the admin connection (KILL QUERY). */
  readonly #cancel: (threadId: number) => Promise<void>;

  /** Another connection to the same scratch database as the same user. */
  readonly openSession?: () => Promise<EngineSession>;

  /** See Engine.lockWaiting: innodb_trx read by the admin connection. */
  readonly lockWaiting?: (connectionIds: readonly number[]) => Promise<number[]>;

  /** See Engine.drop; a second session has nothing to drop. */
  readonly drop: () => Promise<void>;

  /** `url`: the scratch database's mysql:// URL as the connection logs in, for Engine.connectionUrl. */
  constructor(
    info: ServerInfo,
    database: string,
    connection: Connection,
    cancel: (threadId: number) => Promise<void>,
    url: string,
    openSession?: () => Promise<EngineSession>,
    lockWaiting?: (connectionIds: readonly number[]) => Promise<number[]>,
    drop: () => Promise<void> = sessionCannotDrop,
    admin?: AdminReaders,
  ) {
    this.drop = drop;
    this.info = info;
    this.database = database;
    this.#connection = connection;
    this.#cancel = cancel;
    this.#url = url;
    if (openSession) this.openSession = openSession;
    if (lockWaiting) this.lockWaiting = lockWaiting;
    if (admin) {
      this.#statementEvent = admin.statementEvent;
      this.heldMetadataLocks = () => admin.metadataLocks(this.#connection.threadId);
    }
  }

  /** See Engine.heldMetadataLocks. */
  readonly heldMetadataLocks?: () => Promise<{ table: string; type: string }[] | undefined>;

  /** performance_schema's record of this session's last measured statement, read by the admin connection. */
  #statementEvent: StatementEventReader | undefined;

  readonly #url: string;

  async connectionUrl(): Promise<ScratchUrl> {
    return { url: this.#url, close: async () => {} };
  }

  quoteIdent(name: string): string {
    return quoteIdent(name);
  }

  placeholder(): string {
    return '?';
  }

  async query<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    const result = await this.#run(sql, params);
    return Array.isArray(result) ? result.map((row) => ({ ...row }) as T) : [];
  }

  async exec(sql: string): Promise<void> {
    await this.#run(sql, undefined);
  }

  /** Text protocol (`query`, not `execute`): every statement works, as in a migration tool. */
  async #run(sql: string, params: readonly unknown[] | undefined): Promise<RowDataPacket[] | ResultSetHeader> {
    this.#lastStatement = sql;
    // The server's own timeout misses what MySQL's max_execution_time does not cover (anything
    // but SELECT) and what a migration switched off (SET max_statement_time = 0): past the
    // deadline the admin connection kills the statement.
    let killed = false;
    const watchdog =
      this.#timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            killed = true;
            this.#cancel(this.#connection.threadId).catch(() => undefined);
          }, this.#timeoutMs + WATCHDOG_GRACE_MS);
    try {
      const [result] =
        params && params.length > 0
          ? await this.#connection.query<RowDataPacket[] | ResultSetHeader>(sql, [...params])
          : await this.#connection.query<RowDataPacket[] | ResultSetHeader>(sql);
      return result;
    } catch (error) {
      if (typeof error === 'object' && error !== null) {
        this.#statementOf.set(error, sql);
        if (killed && (error as DriverError).code === 'ER_QUERY_INTERRUPTED') {
          Object.assign(error, { code: 'ER_QUERY_TIMEOUT', sqlMessage: `statement cancelled after its deadline of ${this.#timeoutMs} ms` });
        }
      }
      throw error;
    } finally {
      clearTimeout(watchdog);
    }
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    // START TRANSACTION inside a transaction would commit the outer one: nest with savepoints.
    const depth = this.#transactionDepth;
    const savepoint = `sluice_savepoint_${depth}`;
    await this.exec(depth === 0 ? 'START TRANSACTION' : `SAVEPOINT ${savepoint}`);
    this.#transactionDepth = depth + 1;
    try {
      const result = await work();
      await this.exec(depth === 0 ? 'COMMIT' : `RELEASE SAVEPOINT ${savepoint}`);
      return result;
    } catch (error) {
      await this.exec(depth === 0 ? 'ROLLBACK' : `ROLLBACK TO SAVEPOINT ${savepoint}`).catch(() => undefined);
      throw error;
    } finally {
      this.#transactionDepth = depth;
    }
  }

  #timeoutMs: number | undefined;

  async setStatementTimeout(ms: number): Promise<void> {
    this.#timeoutMs = Math.max(1, Math.round(ms));
    // MariaDB cancels any statement; MySQL's max_execution_time covers SELECT only.
    await this.exec(
      this.info.name === 'mariadb'
        ? `SET SESSION max_statement_time = ${this.#timeoutMs / 1000}`
        : `SET SESSION max_execution_time = ${this.#timeoutMs}`,
    );
  }

  async resetSession(): Promise<void> {
    // COM_CHANGE_USER resets everything the session holds (variables, USE, temporary tables,
    // an open transaction) and makes the scratch database current again.
    await this.#connection.changeUser({ database: this.database });
    this.#transactionDepth = 0;
    this.#showOverhead = undefined;
    if (this.info.name === 'mariadb') await this.exec('SET SESSION query_cache_type = OFF').catch(() => undefined);
    if (this.#timeoutMs !== undefined) await this.setStatementTimeout(this.#timeoutMs);
  }

  async analyze(): Promise<void> {
    const tables = await this.query<{ name: string }>(
      `SELECT TABLE_NAME AS name FROM information_schema.TABLES
       WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME`,
      [this.database],
    );
    if (tables.length === 0) return;
    await this.query(`ANALYZE TABLE ${tables.map((t) => quoteIdent(text(t.name))).join(', ')}`);
  }

  // ---- errors -------------------------------------------------------------------------------

  describeError(error: unknown): DbError {
    const driver = asDriverError(error);
    if (!driver) return { kind: 'other', code: '', message: String(error) };
    const code = networkCode(driver);
    if (driver.errno === undefined || driver.sqlMessage === undefined) {
      return {
        kind: code === 'ECONNREFUSED' ? 'connection-refused' : 'other',
        code: code ?? '',
        message: driver.message,
      };
    }
    const name = this.#errorName(driver);
    const described: DbError = {
      kind: errorKind(name, driver.fatal === true),
      code: `${name} (${driver.errno})`,
      message: driver.sqlMessage,
    };
    if (name === 'ER_PARSE_ERROR') {
      const statement = this.#statementOf.get(driver) ?? driver.sql ?? this.#lastStatement;
      const position = statement === undefined ? undefined : syntaxErrorPosition(statement, driver.sqlMessage);
      if (position !== undefined) described.position = position;
    }
    return described;
  }

  /** mysql2 names errors from MySQL's list; MariaDB numbers its own errors differently. */
  #errorName(driver: DriverError): string {
    const errno = driver.errno ?? 0;
    if (this.info.name === 'mariadb') {
      const own = MARIADB_ERRORS.get(errno);
      if (own) return own;
      if (errno >= 1900) return 'MARIADB_ERROR';
    }
    return driver.code ?? 'ER_UNKNOWN';
  }

  // ---- introspection -----------------------------------------------------------------------
  async introspect(): Promise<Schema> {
    return introspectMysql((sql, params) => this.query(sql, params), this.database, this.info.name === 'mariadb');
  }

async profile(sql: string, params?: readonly unknown[]): Promise<WorkProfile> {
    const plan = await this.#explain(sql, params);
    this.#showOverhead ??= await this.#measureShowOverhead();

    const before = await this.#handlerCounts();
    const started = performance.now();
    const result = await this.#run(sql, params);
    const timeMs = performance.now() - started;
    const after = await this.#handlerCounts();

    const delta = (name: string): number =>
      Math.max(0, (after.get(name) ?? 0) - (before.get(name) ?? 0) - (this.#showOverhead?.get(name) ?? 0));
    let rowsRead = 0;
    for (const name of after.keys()) rowsRead += delta(name);
    const rows = Array.isArray(result) ? result.length : result.affectedRows;
    // The statement before the SHOW that just ran: rows examined and whether it used no index.
    const event = await this.#statementEvent?.(this.#connection.threadId);

    return {
      counters: [
        { name: 'rows-read', unit: 'rows', value: rowsRead },
        { name: 'index-lookups', unit: 'rows', value: delta('Handler_read_key') },
        { name: 'scan-rows', unit: 'rows', value: delta('Handler_read_rnd_next') },
        { name: 'rows', unit: 'rows', value: rows },
        ...(event ? [
          { name: 'rows-examined', unit: 'rows', value: event.rowsExamined },
          { name: 'no-index-used', unit: 'statements', value: event.noIndexUsed },
        ] : []),
      ],
      operators: plan.operators,
      shape: plan.shape,
      timeMs,
      ...(plan.document !== undefined ? { plan: plan.document } : {}),
    };
  }

  async #handlerCounts(): Promise<HandlerCounts> {
    const [rows] = await this.#connection.query<RowDataPacket[]>("SHOW SESSION STATUS LIKE 'Handler_read%'");
    return new Map(rows.map((row) => [text(row.Variable_name), Number(row.Value)]));
  }

  /** Two SHOWs back to back: whatever the second sees is what a SHOW itself costs. */
  async #measureShowOverhead(): Promise<HandlerCounts> {
    const first = await this.#handlerCounts();
    const second = await this.#handlerCounts();
    return new Map([...second].map(([name, value]) => [name, value - (first.get(name) ?? 0)]));
  }

  async #explain(sql: string, params: readonly unknown[] | undefined): Promise<PlanSummary & { document?: unknown }> {
    try {
      const rows = await this.query(`EXPLAIN FORMAT=JSON ${sql}`, params);
      const document = JSON.parse(text(rows[0] ? Object.values(rows[0])[0] : undefined)) as unknown;
      return { ...summarisePlan(document), document };
    } catch {
      // Not every statement can be explained; the measured run reports real errors.
      return { operators: [], shape: 'no plan (EXPLAIN does not support this statement)' };
    }
  }
}
