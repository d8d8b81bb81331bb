// MySQL and MariaDB through mysql2. A `Server` holds one admin connection that creates and
// drops scratch databases; each scratch `Engine` owns ONE dedicated connection (not a pool),
// because the work counters (`Handler_read_*`) are per session and must only see our query.
import { performance } from 'node:perf_hooks';
import mysql from 'mysql2/promise';
import type { Connection, ConnectionOptions, ResultSetHeader, RowDataPacket } from 'mysql2/promise';
import { EngineUnavailableError } from '../errors.js';
import type {
  Column,
  ColumnType,
  DbError,
  DbErrorKind,
  Engine,
  ForeignKey,
  Index,
  Row,
  Schema,
  Server,
  ServerInfo,
  Table,
  WorkProfile,
} from './engine.js';
import { assertScratch, onCleanup, scratchName } from './scratch.js';
import { redactSecrets } from '../secrets.js';
import { maskUrl, type ServerUrl } from './url.js';

/** How long a connection attempt may take before Sluice calls the server unreachable. */
export const MYSQL_CONNECT_TIMEOUT_MS = 10_000;

/** Where the user sets the server, named in every connection error unless the caller knows better. */
const ENGINE_SETTING = '--engine (input `engine` or `database-url`)';

/** URL query parameters passed on to mysql2 (e.g. `?ssl={"rejectUnauthorized":true}`). */
const URL_OPTIONS = new Set(['ssl', 'charset', 'timezone', 'socketPath', 'connectTimeout']);

/** `setting` names where the user gave the URL, for error messages (e.g. "input database-url"). */
export async function connectMysqlServer(url: ServerUrl, setting: string = ENGINE_SETTING): Promise<Server> {
  const admin = await openConnection(url, undefined, setting);
  try {
    const [rows] = await admin.query<RowDataPacket[]>('SELECT VERSION() AS version');
    const info = serverInfo(String(rows[0]?.version ?? ''));
    return new MysqlServer(url, setting, admin, info);
  } catch (error) {
    admin.destroy();
    throw unavailable(url, setting, error);
  }
}

function serverInfo(version: string): ServerInfo {
  return {
    name: /mariadb/i.test(version) ? 'mariadb' : 'mysql',
    version: /^\d+(?:\.\d+)*/.exec(version)?.[0] ?? version,
    dialect: 'mysql',
  };
}

// ---- connections and their errors ---------------------------------------------------------

function connectionOptions(url: ServerUrl, database: string | undefined): ConnectionOptions {
  const { hostname, port, username, password, searchParams } = url.url;
  const options: Record<string, unknown> = {
    host: hostname.startsWith('[') ? hostname.slice(1, -1) : hostname || 'localhost',
    port: port ? Number(port) : 3306,
    user: decodeURIComponent(username),
    password: decodeURIComponent(password),
    database,
    connectTimeout: MYSQL_CONNECT_TIMEOUT_MS,
    multipleStatements: false,
  };
  for (const [key, value] of searchParams) {
    if (!URL_OPTIONS.has(key)) continue;
    try {
      options[key] = JSON.parse(value);
    } catch {
      options[key] = value;
    }
  }
  return options as ConnectionOptions;
}

async function openConnection(
  url: ServerUrl,
  database: string | undefined,
  setting: string,
  extra: ConnectionOptions = {},
): Promise<Connection> {
  let connection: Connection;
  try {
    connection = await mysql.createConnection({ ...connectionOptions(url, database), ...extra });
  } catch (error) {
    throw unavailable(url, setting, error);
  }
  // A connection that dies while idle emits 'error'; without a listener that would crash the
  // process. The next statement on it fails and is reported there instead.
  connection.on('error', () => undefined);
  return connection;
}

interface DriverError {
  message: string;
  code?: string;
  errno?: number;
  sqlMessage?: string;
  fatal?: boolean;
  sql?: string;
  errors?: unknown[];
}

function asDriverError(error: unknown): DriverError | undefined {
  if (typeof error !== 'object' || error === null || !('message' in error)) return undefined;
  return error as DriverError;
}

/** The network code of a failed connect; Node reports several addresses as an AggregateError. */
function networkCode(error: DriverError): string | undefined {
  if (error.code) return error.code;
  const first = asDriverError(error.errors?.[0]);
  return first?.code;
}

/** One sentence naming the setting and the fix; the password never appears in it. */
function unavailable(url: ServerUrl, setting: string, error: unknown): EngineUnavailableError {
  if (error instanceof EngineUnavailableError) return error;
  const where = maskUrl(url.raw);
  const driver = asDriverError(error);
  const code = driver ? networkCode(driver) : undefined;
  const host = url.url.hostname;
  const user = decodeURIComponent(url.url.username);
  const detail = redactSecrets(driver?.sqlMessage ?? driver?.message ?? String(error));
  switch (code) {
    case 'ECONNREFUSED':
      return new EngineUnavailableError(
        `Cannot reach ${where}: connection refused; start the server or fix the host and port in ${setting}.`,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new EngineUnavailableError(`Cannot reach ${where}: host '${host}' not found; fix the host in ${setting}.`);
    case 'ETIMEDOUT':
      return new EngineUnavailableError(
        `Cannot reach ${where}: no answer within ${MYSQL_CONNECT_TIMEOUT_MS / 1000} s; start the server, open the firewall or fix the host and port in ${setting}.`,
      );
    case 'ER_ACCESS_DENIED_ERROR':
    case 'ER_ACCESS_DENIED_NO_PASSWORD_ERROR':
      return new EngineUnavailableError(
        `Cannot connect to ${where}: the server rejected user '${user}' (wrong password?); fix the user or password in ${setting}.`,
      );
    case 'ER_HOST_NOT_PRIVILEGED':
      return new EngineUnavailableError(
        `Cannot connect to ${where}: user '${user}' may not connect from this host; grant it access from this host or pass another user in ${setting}.`,
      );
    case 'ER_BAD_DB_ERROR':
      return new EngineUnavailableError(
        `Cannot connect to ${where}: database '${url.database ?? ''}' does not exist; create it or leave the database out of the URL in ${setting}.`,
      );
    case 'ER_DBACCESS_DENIED_ERROR':
      return new EngineUnavailableError(
        `Cannot connect to ${where}: user '${user}' may not use database '${url.database ?? ''}'; grant it access or leave the database out of the URL in ${setting}.`,
      );
    default:
      return new EngineUnavailableError(`Cannot connect to ${where}: ${detail.replace(/\.$/, '')}; check ${setting}.`);
  }
}

async function closeQuietly(connection: Connection): Promise<void> {
  try {
    await connection.end();
  } catch {
    connection.destroy();
  }
}

// ---- server: scratch databases --------------------------------------------------------------

interface ScratchDatabase {
  name: string;
  drop: () => Promise<void>;
}

class MysqlServer implements Server {
  readonly info: ServerInfo;
  readonly #url: ServerUrl;
  readonly #setting: string;
  readonly #admin: Connection;
  readonly #scratches: ScratchDatabase[] = [];
  readonly #removeCleanup: () => void;
  #closing: Promise<void> | undefined;

  constructor(url: ServerUrl, setting: string, admin: Connection, info: ServerInfo) {
    this.#url = url;
    this.#setting = setting;
    this.#admin = admin;
    this.info = info;
    // Registered before any scratch database, so on a signal it runs after their drops.
    this.#removeCleanup = onCleanup(() => this.close());
  }

  async createScratch(label: string): Promise<Engine> {
    if (this.#closing) throw new Error('createScratch() called after close()');
    const name = scratchName(label);
    assertScratch(name);
    try {
      await this.#admin.query(`CREATE DATABASE ${quoteIdent(name)} CHARACTER SET utf8mb4`);
    } catch (error) {
      throw this.#createFailed(name, error);
    }

    let connection: Connection | undefined;
    let dropping: Promise<void> | undefined;
    const drop = (): Promise<void> =>
      (dropping ??= (async () => {
        removeCleanup();
        if (connection) {
          const threadId = connection.threadId;
          connection.destroy();
          // Closing the socket does not stop a statement the server is still running, and its
          // locks would make DROP DATABASE wait: end the session on the server side too.
          await this.#admin.query(`KILL CONNECTION ${Number(threadId)}`).catch(() => undefined);
        }
        assertScratch(name);
        await this.#admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
      })());
    const removeCleanup = onCleanup(drop);
    this.#scratches.push({ name, drop });

    try {
      connection = await openConnection(this.#url, name, this.#setting, {
        multipleStatements: false,
        dateStrings: true,
        supportBigNumbers: true,
        bigNumberStrings: false,
        decimalNumbers: false,
      });
    } catch (error) {
      await drop().catch(() => undefined);
      throw error;
    }
    if (this.info.name === 'mariadb') {
      // A query answered from the query cache reads no rows: the counters would drop to 0 on
      // the second run. MySQL 8 has no query cache (and no such variable).
      await connection.query('SET SESSION query_cache_type = OFF').catch(() => undefined);
    }
    return new MysqlEngine(this.info, name, connection);
  }

  #createFailed(name: string, error: unknown): Error {
    const driver = asDriverError(error);
    const user = decodeURIComponent(this.#url.url.username);
    const product = this.info.name === 'mariadb' ? 'MariaDB' : 'MySQL';
    if (driver?.code === 'ER_DBACCESS_DENIED_ERROR' || driver?.code === 'ER_SPECIFIC_ACCESS_DENIED_ERROR') {
      return new EngineUnavailableError(
        `The ${product} user '${user}' may not create databases; grant it CREATE on \`sluice\\_%\`.* (GRANT ALL ON \`sluice\\_%\`.* TO '${user}'@'%') or pass a user that can in ${this.#setting}.`,
      );
    }
    if (driver?.code === 'ER_DB_CREATE_EXISTS') {
      return new Error(`scratch database ${name} already exists in this run; give each scratch database its own label`);
    }
    const detail = redactSecrets(driver?.sqlMessage ?? driver?.message ?? String(error));
    return new EngineUnavailableError(
      `Cannot create scratch database ${name} on ${maskUrl(this.#url.raw)}: ${detail.replace(/\.$/, '')}; check ${this.#setting}.`,
    );
  }

  close(): Promise<void> {
    return (this.#closing ??= this.#close());
  }

  async #close(): Promise<void> {
    this.#removeCleanup();
    const leftBehind: string[] = [];
    for (const scratch of [...this.#scratches].reverse()) {
      try {
        await scratch.drop();
      } catch (error) {
        leftBehind.push(`${scratch.name} (${redactSecrets(asDriverError(error)?.message ?? String(error))})`);
      }
    }
    await closeQuietly(this.#admin);
    if (leftBehind.length > 0) {
      throw new EngineUnavailableError(
        `Could not drop scratch database ${leftBehind.join(', ')} on ${maskUrl(this.#url.raw)}; drop it by hand.`,
      );
    }
  }
}

// ---- engine: one scratch database -----------------------------------------------------------

const quoteIdent = (name: string): string => `\`${name.replace(/`/g, '``')}\``;

type HandlerCounts = Map<string, number>;

class MysqlEngine implements Engine {
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

  constructor(info: ServerInfo, database: string, connection: Connection) {
    this.info = info;
    this.database = database;
    this.#connection = connection;
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
    try {
      const [result] =
        params && params.length > 0
          ? await this.#connection.query<RowDataPacket[] | ResultSetHeader>(sql, [...params])
          : await this.#connection.query<RowDataPacket[] | ResultSetHeader>(sql);
      return result;
    } catch (error) {
      if (typeof error === 'object' && error !== null) this.#statementOf.set(error, sql);
      throw error;
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
    const db = [this.database];
    const tableRows = await this.query(
      `SELECT TABLE_NAME AS tableName, ENGINE AS engine FROM information_schema.TABLES
       WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME`,
      db,
    );
    const columnRows = await this.query(
      `SELECT TABLE_NAME AS tableName, COLUMN_NAME AS name, DATA_TYPE AS dataType, COLUMN_TYPE AS columnType,
              IS_NULLABLE AS nullable, COLUMN_DEFAULT AS columnDefault, EXTRA AS extra,
              CHARACTER_MAXIMUM_LENGTH AS maxLength, NUMERIC_PRECISION AS numericPrecision, NUMERIC_SCALE AS numericScale
       FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION`,
      db,
    );
    const indexRows = await this.query(
      `SELECT TABLE_NAME AS tableName, INDEX_NAME AS indexName, NON_UNIQUE AS nonUnique, COLUMN_NAME AS columnName
       FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
      db,
    );
    const foreignKeyRows = await this.query(
      `SELECT k.TABLE_NAME AS tableName, k.CONSTRAINT_NAME AS name, k.COLUMN_NAME AS columnName,
              k.REFERENCED_TABLE_SCHEMA AS refSchema, k.REFERENCED_TABLE_NAME AS refTable,
              k.REFERENCED_COLUMN_NAME AS refColumn
       FROM information_schema.KEY_COLUMN_USAGE k
       JOIN information_schema.REFERENTIAL_CONSTRAINTS r
         ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
        AND r.TABLE_NAME = k.TABLE_NAME
       WHERE k.TABLE_SCHEMA = ? ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`,
      db,
    );
    const checkRows = await this.#checkRows();

    const tables = new Map<string, Table>();
    for (const row of tableRows) {
      const table: Table = { name: text(row.tableName), columns: [], primaryKey: [], uniques: [], foreignKeys: [], indexes: [], checks: [] };
      if (row.engine !== null && row.engine !== undefined) table.storageEngine = text(row.engine);
      tables.set(table.name, table);
    }

    // MariaDB's JSON is LONGTEXT plus an automatic CHECK (json_valid(`col`)).
    const jsonChecked = new Set<string>();
    for (const row of checkRows) {
      const column = jsonValidColumn(text(row.clause));
      if (column !== undefined) jsonChecked.add(`${text(row.tableName)}.${column}`);
    }

    const mariadbJson = new Set<string>();
    for (const row of columnRows) {
      const table = tables.get(text(row.tableName));
      if (!table) continue;
      const column = toColumn(row, this.info.name === 'mariadb');
      if (column.nativeType === 'longtext' && jsonChecked.has(`${table.name}.${column.name}`)) {
        column.type = 'json';
        mariadbJson.add(`${table.name}.${column.name}`);
      }
      table.columns.push(column);
    }

    const indexes = new Map<string, Index & { table: Table }>();
    for (const row of indexRows) {
      const table = tables.get(text(row.tableName));
      if (!table) continue;
      const name = text(row.indexName);
      let index = indexes.get(`${table.name}\0${name}`);
      if (!index) {
        index = { table, name, columns: [], unique: Number(row.nonUnique) === 0, primary: name === 'PRIMARY', partial: false };
        indexes.set(`${table.name}\0${name}`, index);
      }
      // A functional key part (MySQL 8) has no column name.
      if (row.columnName === null || row.columnName === undefined) index.partial = true;
      else index.columns.push(text(row.columnName));
    }
    for (const { table, ...index } of indexes.values()) {
      table.indexes.push(index);
      if (index.primary) table.primaryKey = [...index.columns];
      else if (index.unique && !index.partial) table.uniques.push({ name: index.name, columns: [...index.columns] });
    }
    for (const table of tables.values()) {
      table.indexes.sort((a, b) => Number(b.primary) - Number(a.primary) || a.name.localeCompare(b.name));
    }

    const foreignKeys = new Map<string, ForeignKey & { table: Table }>();
    for (const row of foreignKeyRows) {
      const table = tables.get(text(row.tableName));
      if (!table) continue;
      const name = text(row.name);
      let foreignKey = foreignKeys.get(`${table.name}\0${name}`);
      if (!foreignKey) {
        const refSchema = text(row.refSchema);
        const refTable = refSchema === this.database ? text(row.refTable) : `${refSchema}.${text(row.refTable)}`;
        foreignKey = { table, name, columns: [], refTable, refColumns: [] };
        foreignKeys.set(`${table.name}\0${name}`, foreignKey);
      }
      foreignKey.columns.push(text(row.columnName));
      foreignKey.refColumns.push(text(row.refColumn));
    }
    for (const { table, ...foreignKey } of foreignKeys.values()) table.foreignKeys.push(foreignKey);

    for (const row of checkRows) {
      const table = tables.get(text(row.tableName));
      if (!table) continue;
      const expression = text(row.clause);
      const column = jsonValidColumn(expression);
      if (column !== undefined && mariadbJson.has(`${table.name}.${column}`)) continue;
      table.checks.push({ name: text(row.name), expression });
    }

    return { tables: [...tables.values()] };
  }

  async #checkRows(): Promise<Row[]> {
    // MariaDB names CHECKs per table (a column CHECK is named after its column), so its
    // CHECK_CONSTRAINTS has TABLE_NAME; MySQL 8 names them per schema and needs the join.
    const sql =
      this.info.name === 'mariadb'
        ? `SELECT TABLE_NAME AS tableName, CONSTRAINT_NAME AS name, CHECK_CLAUSE AS clause
           FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? ORDER BY TABLE_NAME, CONSTRAINT_NAME`
        : `SELECT t.TABLE_NAME AS tableName, c.CONSTRAINT_NAME AS name, c.CHECK_CLAUSE AS clause
           FROM information_schema.CHECK_CONSTRAINTS c
           JOIN information_schema.TABLE_CONSTRAINTS t
             ON t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND t.CONSTRAINT_NAME = c.CONSTRAINT_NAME
            AND t.CONSTRAINT_TYPE = 'CHECK'
           WHERE c.CONSTRAINT_SCHEMA = ? ORDER BY t.TABLE_NAME, c.CONSTRAINT_NAME`;
    try {
      return await this.query(sql, [this.database]);
    } catch (error) {
      // Servers before MySQL 8.0.16 / MariaDB 10.2 have no CHECK_CONSTRAINTS: no checks to list.
      if (asDriverError(error)?.code === 'ER_UNKNOWN_TABLE') return [];
      throw error;
    }
  }

  // ---- work counters -----------------------------------------------------------------------

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

    return {
      counters: [
        { name: 'rows-read', unit: 'rows', value: rowsRead },
        { name: 'index-lookups', unit: 'rows', value: delta('Handler_read_key') },
        { name: 'scan-rows', unit: 'rows', value: delta('Handler_read_rnd_next') },
        { name: 'rows', unit: 'rows', value: rows },
      ],
      operators: plan.operators,
      shape: plan.shape,
      timeMs,
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

  async #explain(sql: string, params: readonly unknown[] | undefined): Promise<PlanSummary> {
    try {
      const rows = await this.query(`EXPLAIN FORMAT=JSON ${sql}`, params);
      const document = rows[0] ? Object.values(rows[0])[0] : undefined;
      return summarisePlan(JSON.parse(text(document)) as unknown);
    } catch {
      // Not every statement can be explained; the measured run reports real errors.
      return { operators: [], shape: 'no plan (EXPLAIN does not support this statement)' };
    }
  }
}

// ---- error kinds --------------------------------------------------------------------------

/** MariaDB's own error numbers that mysql2 (MySQL's list) names differently or not at all. */
const MARIADB_ERRORS = new Map<number, string>([[4025, 'ER_CONSTRAINT_FAILED'], [1969, 'ER_STATEMENT_TIMEOUT']]);

const ERROR_KINDS: Record<string, DbErrorKind> = {
  ER_DUP_ENTRY: 'unique-violation',
  ER_DUP_ENTRY_WITH_KEY_NAME: 'unique-violation',
  ER_DUP_KEY: 'unique-violation',
  ER_NO_REFERENCED_ROW: 'foreign-key-violation',
  ER_NO_REFERENCED_ROW_2: 'foreign-key-violation',
  ER_ROW_IS_REFERENCED: 'foreign-key-violation',
  ER_ROW_IS_REFERENCED_2: 'foreign-key-violation',
  ER_CHECK_CONSTRAINT_VIOLATED: 'check-violation',
  ER_CONSTRAINT_FAILED: 'check-violation',
  ER_BAD_NULL_ERROR: 'not-null-violation',
  ER_NO_DEFAULT_FOR_FIELD: 'not-null-violation',
  ER_PARSE_ERROR: 'syntax-error',
  ER_SYNTAX_ERROR: 'syntax-error',
  ER_NO_SUCH_TABLE: 'undefined-object',
  ER_BAD_FIELD_ERROR: 'undefined-object',
  ER_BAD_TABLE_ERROR: 'undefined-object',
  ER_UNKNOWN_TABLE: 'undefined-object',
  ER_BAD_DB_ERROR: 'undefined-object',
  ER_SP_DOES_NOT_EXIST: 'undefined-object',
  ER_CANT_DROP_FIELD_OR_KEY: 'undefined-object',
  ER_KEY_DOES_NOT_EXITS: 'undefined-object',
  ER_ACCESS_DENIED_ERROR: 'permission-denied',
  ER_DBACCESS_DENIED_ERROR: 'permission-denied',
  ER_TABLEACCESS_DENIED_ERROR: 'permission-denied',
  ER_COLUMNACCESS_DENIED_ERROR: 'permission-denied',
  ER_SPECIFIC_ACCESS_DENIED_ERROR: 'permission-denied',
  ER_PROCACCESS_DENIED_ERROR: 'permission-denied',
  ER_QUERY_TIMEOUT: 'timeout',
  ER_STATEMENT_TIMEOUT: 'timeout',
};

function errorKind(name: string, duringLogin: boolean): DbErrorKind {
  // 1045 is also FILE-privilege denial mid-session; only at login (a fatal error) is it auth.
  if (duringLogin && (name === 'ER_ACCESS_DENIED_ERROR' || name === 'ER_ACCESS_DENIED_NO_PASSWORD_ERROR')) return 'auth-failed';
  return ERROR_KINDS[name] ?? 'other';
}

/**
 * "… near 'xyz' at line N": the 1-based offset of 'xyz' within line N of the statement,
 * or of the start of line N when the quoted text cannot be found there. The server quotes
 * the rest of the statement from the error on, so where the text occurs twice ("AND AND"),
 * the occurrence that runs to the end of the statement is the one.
 */
export function syntaxErrorPosition(statement: string, message: string): number | undefined {
  const match = /near '([\s\S]*)' at line (\d+)\s*$/.exec(message);
  if (!match) return undefined;
  const near = match[1] ?? '';
  const line = Number(match[2]);
  let lineStart = 0;
  for (let current = 1; current < line; current++) {
    const newline = statement.indexOf('\n', lineStart);
    if (newline < 0) return undefined;
    lineStart = newline + 1;
  }
  if (near === '') return Math.max(1, statement.trimEnd().length);
  let first: number | undefined;
  for (let at = statement.indexOf(near, lineStart); at >= 0; at = statement.indexOf(near, at + 1)) {
    first ??= at;
    if (/^[\s;]*$/.test(statement.slice(at + near.length))) return at + 1;
  }
  // A long excerpt is cut short by the server, so it does not run to the end: take the first.
  return (first ?? lineStart) + 1;
}

// ---- introspection helpers ----------------------------------------------------------------

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return String(value);
}

function optionalNumber(value: unknown): number | undefined {
  return value === null || value === undefined ? undefined : Number(value);
}

/** `json_valid(`doc`)` → doc */
function jsonValidColumn(clause: string): string | undefined {
  const match = /^\s*json_valid\(\s*`((?:[^`]|``)+)`\s*\)\s*$/i.exec(clause);
  return match?.[1]?.replace(/``/g, '`');
}

const TYPE_NAMES: Record<string, ColumnType> = {
  tinyint: 'smallint',
  smallint: 'smallint',
  mediumint: 'integer',
  int: 'integer',
  integer: 'integer',
  bigint: 'bigint',
  decimal: 'numeric',
  numeric: 'numeric',
  float: 'real',
  double: 'real',
  real: 'real',
  char: 'text',
  varchar: 'text',
  tinytext: 'text',
  text: 'text',
  mediumtext: 'text',
  longtext: 'text',
  date: 'date',
  datetime: 'timestamp',
  timestamp: 'timestamp',
  time: 'time',
  json: 'json',
  enum: 'enum',
  binary: 'binary',
  varbinary: 'binary',
  tinyblob: 'binary',
  blob: 'binary',
  mediumblob: 'binary',
  longblob: 'binary',
  uuid: 'uuid',
};

function toColumn(row: Row, mariadb: boolean): Column {
  const dataType = text(row.dataType).toLowerCase();
  const nativeType = text(row.columnType);
  const type: ColumnType = /^tinyint\(1\)/i.test(nativeType) ? 'boolean' : TYPE_NAMES[dataType] ?? 'other';
  const extra = text(row.extra);
  const rawDefault = row.columnDefault;
  // MariaDB spells "DEFAULT NULL" as the unquoted word NULL (string literals come quoted).
  const defaultIsNull = rawDefault === null || rawDefault === undefined || (mariadb && rawDefault === 'NULL');
  const column: Column = {
    name: text(row.name),
    type,
    nativeType,
    nullable: text(row.nullable) === 'YES',
    hasDefault: !defaultIsNull || /DEFAULT_GENERATED/i.test(extra),
  };
  if (/auto_increment/i.test(extra)) column.generated = 'identity';
  else if (/\b(VIRTUAL|STORED|PERSISTENT) GENERATED\b/i.test(extra)) column.generated = 'computed';
  if (type === 'text' || type === 'binary') {
    const maxLength = optionalNumber(row.maxLength);
    if (maxLength !== undefined) column.maxLength = maxLength;
  }
  if (type === 'numeric') {
    const precision = optionalNumber(row.numericPrecision);
    const scale = optionalNumber(row.numericScale);
    if (precision !== undefined) column.precision = precision;
    if (scale !== undefined) column.scale = scale;
  }
  if (type === 'enum') column.enumValues = parseEnumValues(nativeType);
  return column;
}

/** enum('a','it''s') → ['a', "it's"] */
export function parseEnumValues(columnType: string): string[] {
  const values: string[] = [];
  const pattern = /'((?:[^'\\]|''|\\.)*)'/g;
  for (const match of columnType.matchAll(pattern)) {
    values.push((match[1] ?? '').replace(/''/g, "'").replace(/\\(.)/g, '$1'));
  }
  return values;
}

// ---- plans ----------------------------------------------------------------------------------

interface PlanSummary {
  operators: string[];
  shape: string;
}

type JsonObject = { [key: string]: unknown };

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const INDEX_ACCESS = new Set([
  'range', 'ref', 'eq_ref', 'const', 'system', 'ref_or_null', 'index_merge', 'fulltext', 'unique_subquery', 'index_subquery',
]);

/**
 * Walks EXPLAIN FORMAT=JSON (MySQL 8 and MariaDB shapes) in the order rows flow: the tables
 * first, then the sort or temporary table that consumes them.
 */
export function summarisePlan(plan: unknown): PlanSummary {
  const operators: string[] = [];
  const steps: string[] = [];
  const operator = (name: string): void => {
    if (!operators.includes(name)) operators.push(name);
  };

  const visitTable = (table: JsonObject): void => {
    const rawAccess = typeof table.access_type === 'string' ? table.access_type : undefined;
    if (rawAccess !== undefined) {
      // MariaDB's hash join reads the joined table as hash_ALL, hash_range, …
      const access = rawAccess.replace(/^hash_/, '');
      if (access === 'ALL') operator('seq-scan');
      else if (access === 'index') operator('full-index-scan');
      else if (INDEX_ACCESS.has(access)) operator(table.using_index === true ? 'index-only-scan' : 'index-scan');
      const key = typeof table.key === 'string' ? ` on ${table.key}` : '';
      const covering = table.using_index === true ? ' (covering)' : '';
      steps.push(`${text(table.table_name)}: ${rawAccess}${key}${covering}`);
    }
    // Subqueries and derived tables hang below a table.
    for (const [key, value] of Object.entries(table)) {
      if (key !== 'using_filesort' && key !== 'using_temporary_table' && typeof value === 'object') visit(value);
    }
    wrapperFlags(table);
  };

  const wrapperFlags = (node: JsonObject): void => {
    if (node.using_temporary_table === true) {
      operator('temporary');
      steps.push('temporary');
    }
    if (node.using_filesort === true) {
      operator('sort');
      steps.push('filesort');
    }
  };

  const isHashJoin = (element: unknown): boolean => {
    if (!isObject(element)) return false;
    const block = element['block-nl-join'];
    if (isObject(block) && typeof block.join_type === 'string' && /H$/.test(block.join_type)) return true;
    const table = isObject(block) ? block.table : element.table;
    if (!isObject(table)) return false;
    return (
      (typeof table.using_join_buffer === 'string' && /hash/i.test(table.using_join_buffer)) ||
      (typeof table.access_type === 'string' && table.access_type.startsWith('hash_'))
    );
  };

  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const element of node) visit(element);
      return;
    }
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'table' && isObject(value)) {
        visitTable(value);
      } else if (key === 'nested_loop' && Array.isArray(value)) {
        value.forEach((element, position) => {
          const firstStep = steps.length;
          visit(element);
          if (position === 0) return;
          const join = isHashJoin(element) ? 'hash-join' : 'nested-loop';
          operator(join);
          if (steps[firstStep] !== undefined) steps[firstStep] += join === 'hash-join' ? ' (hash join)' : ' (nested loop)';
        });
      } else if (key === 'filesort' && isObject(value)) {
        visit(value);
        operator('sort');
        steps.push('filesort');
      } else if (key === 'temporary_table' && isObject(value)) {
        visit(value);
        operator('temporary');
        steps.push('temporary');
      } else if (typeof value === 'object') {
        visit(value);
      }
    }
    wrapperFlags(node);
  };

  visit(plan);
  return { operators, shape: steps.length > 0 ? steps.join(' → ') : 'no table read' };
}
