// One interface over PostgreSQL (pg), MySQL/MariaDB (mysql2) and embedded PostgreSQL (PGlite).
// Lifecycle as types: a `Server` is something started (or reached); an `Engine` is a live
// connection to one scratch database that Sluice created on it. Nothing else is ever written to.

export type Dialect = 'postgres' | 'mysql';

export interface ServerInfo {
  /** What the report shows: postgresql, mysql, mariadb or pglite. */
  name: 'postgresql' | 'mysql' | 'mariadb' | 'pglite';
  version: string;
  dialect: Dialect;
}

export type Row = Record<string, unknown>;

/**
 * Who runs the project's SQL: `confined` (a per-run login role that can reach only this run's
 * scratch databases) or `superuser` (the URL's own account, for extensions only it may create).
 */
export type Privileges = 'confined' | 'superuser';

/** A server on which Sluice may create scratch databases. */
export interface Server {
  readonly info: ServerInfo;
  /** Creates a database with a name unique to this run and connects to it. */
  createScratch(label: string): Promise<Engine>;
  /** Every role (PostgreSQL) or user (MySQL) on the server, to see what migrations created. */
  listRoles(): Promise<string[]>;
  /** Roles the project's migrations created: dropped after the scratch databases, also on a signal. */
  adoptRoles(names: string[]): void;
  /**
   * Sets a connection limit on the per-run role (PostgreSQL CONNECTION LIMIT, MySQL/MariaDB
   * MAX_USER_CONNECTIONS), or lifts it with `undefined`; false when there is no per-run role
   * (migrations.privileges: superuser). Absent on PGlite.
   */
  limitRunConnections?(limit: number | undefined): Promise<boolean>;
  /** Connections to the server logged in as the per-run role right now (pg_stat_activity / processlist). */
  runConnections?(): Promise<number>;
  /** Drops every scratch database this server object created, then stops what it started. Safe to call twice. */
  close(): Promise<void>;
  /** Present only on a server Sluice started itself and may crash and restart (engine local:…). */
  readonly control?: ServerControl;
}

/**
 * A server Sluice started from the machine's binaries: it may kill the server's processes
 * (SIGKILL, no shutdown) and start it again on the same data folder (the durability check).
 * Every connection dies with the kill; scratch engines opened before it stay dead.
 */
export interface ServerControl {
  /** SIGKILLs every process of the server and waits until they are gone. */
  kill(): Promise<void>;
  /** Starts the server again on the same data folder; resolves at its first successful login. */
  restart(): Promise<void>;
  /**
   * Trades durability for speed server-wide (PostgreSQL synchronous_commit = off, InnoDB
   * innodb_flush_log_at_trx_commit = 2), or restores the default; returns the setting as the
   * report names it.
   */
  relaxDurability(relaxed: boolean): Promise<string>;
  /** True once the server was killed: what was opened before is gone. */
  readonly crashed: boolean;
  /**
   * How the server's process ended by itself since it last started ("ended on signal SIGABRT
   * 273 ms after it started; its log: …"), or undefined while it runs or when Sluice ended it.
   */
  readonly failure: string | undefined;
}

/** A connection to one scratch database. */
export interface Engine {
  readonly info: ServerInfo;
  readonly dialect: Dialect;
  /** The scratch database's name, e.g. sluice_1a2b3c4d_head. */
  readonly database: string;
  /** Runs one statement; placeholders are the dialect's own ($1 or ?), see `placeholder`. */
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs one statement that returns nothing of interest (DDL, SET, …). */
  exec(sql: string): Promise<void>;
  /**
   * PostgreSQL and PGlite only: loads rows with COPY … FROM STDIN in text format. `chunks` are
   * whole lines of COPY text (src/data/load/copy-text.ts); `table` is a Table's name. A COPY
   * that the source aborts (it throws) stores nothing and rejects with the source's error.
   */
  copyFrom?(table: string, columns: readonly string[], chunks: AsyncIterable<string>): Promise<void>;
  /** Runs `work` in a transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** Runs the query for real and returns its deterministic work counters and plan operators. */
  profile(sql: string, params?: readonly unknown[]): Promise<WorkProfile>;
  introspect(): Promise<Schema>;
  /** Maps a driver error to Sluice's error kinds (the constraint probes and the migration runner read it). */
  describeError(error: unknown): DbError;
  quoteIdent(name: string): string;
  placeholder(index: number): string;
  /** Refreshes planner statistics so plans do not depend on autovacuum timing. */
  analyze(): Promise<void>;
  /**
   * Every later statement on this session is cancelled after `ms` milliseconds and fails with
   * a DbError of kind 'timeout' (PostgreSQL statement_timeout, MariaDB max_statement_time,
   * MySQL max_execution_time plus a KILL QUERY watchdog, PGlite a deadline kept by the host).
   */
  setStatementTimeout(ms: number): Promise<void>;
  /**
   * Gives Sluice a session whose settings it controls again: whatever the project's SQL set
   * (search_path, SET …, USE) does not reach seeding, probes or queries.
   */
  resetSession(): Promise<void>;
  /**
   * Opens a second connection to the same scratch database, as the same role, so something can
   * watch from outside while this session holds its locks (the migration trace's blocking
   * probe). Absent where the engine has a single connection (PGlite).
   */
  openSession?(): Promise<EngineSession>;
  /**
   * Of these server connection ids (PostgreSQL backend pid, MySQL connection_id()), the ones
   * whose statement waits for a row lock now. MySQL/MariaDB only, read from the admin
   * connection because information_schema.innodb_trx needs the PROCESS privilege the per-run
   * user lacks; PostgreSQL sessions ask pg_blocking_pids themselves.
   */
  lockWaiting?(connectionIds: readonly number[]): Promise<number[]>;
  /**
   * How another program (a migration tool run by migrations.command) reaches this scratch
   * database: as the role that runs the project's SQL, so it is confined like Sluice's own
   * statements. On PGlite the instance is served on a loopback socket until `close()`, and
   * Sluice's own statements must wait until then.
   */
  connectionUrl(): Promise<ScratchUrl>;
  /**
   * The embedded engine only, which no dump program can reach: a plain SQL dump of the scratch
   * database made inside it (pg_dump compiled to WebAssembly, @electric-sql/pglite-tools) with
   * these pg_dump arguments. The session's settings are pg_dump's afterwards: reset it.
   */
  readonly dumpSql?: (args: readonly string[]) => Promise<string>;
  /**
   * MySQL/MariaDB: the table metadata locks this connection holds in its scratch database, read
   * by the admin connection (performance_schema.metadata_locks needs privileges the per-run user
   * lacks); undefined when the server does not record them (performance_schema or its
   * metadata-lock instrument off). Absent elsewhere.
   */
  readonly heldMetadataLocks?: () => Promise<{ table: string; type: string }[] | undefined>;
  /**
   * Drops this scratch database now, when the stage that made it for itself is done with it
   * (the round trip, the lock trace): on PGlite its worker thread stops and its files go, on a
   * server the database is dropped and its sessions end. Safe to call twice; afterwards
   * Server.close() and the cleanup on a signal pass it by. Nothing can run on it after.
   */
  drop(): Promise<void>;
}

/** A second connection to a scratch database; close it when done (dropping the database closes it too). */
/** What runs SQL on a scratch database: its engine, or a second session on it. */
export type ScratchConnection = Omit<Engine, 'drop'>;

export interface EngineSession extends ScratchConnection {
  close(): Promise<void>;
}

/** What a second session answers to drop(): only the engine that created the database drops it. */
export const sessionCannotDrop = async (): Promise<void> => {
  throw new Error('a second session does not drop its scratch database; the engine that created it does');
};

/** A scratch database's address for another program; see Engine.connectionUrl. */
export interface ScratchUrl {
  /** postgres://… or mysql://…, with the per-run role's password: a secret, never printed. */
  url: string;
  /** Stops serving it (PGlite's socket); nothing to do on a server. */
  close(): Promise<void>;
}

export interface WorkProfile {
  /** Counters that repeat exactly for the same data and plan, e.g. blocks, rows, rows-read. */
  counters: { name: string; unit: string; value: number }[];
  /** Plan operators in Sluice's words: seq-scan, index-scan, index-only-scan, bitmap-scan, full-index-scan, sort, … */
  operators: string[];
  /** One line for the report: "Limit → Sort → Seq Scan on products". */
  shape: string;
  /** Wall time of the measured execution, milliseconds (noisy: a second signal only). */
  timeMs: number;
  /**
   * The engine's plan as it came (PostgreSQL EXPLAIN's `Plan` node, MySQL/MariaDB EXPLAIN
   * FORMAT=JSON), for the plan shape (src/checks/performance/plan-shape.ts); absent when the
   * statement could not be explained.
   */
  plan?: unknown;
}

export type DbErrorKind =
  | 'unique-violation'
  | 'foreign-key-violation'
  | 'check-violation'
  | 'not-null-violation'
  | 'syntax-error'
  | 'undefined-object'
  | 'permission-denied'
  | 'auth-failed'
  | 'connection-refused'
  /** The statement ran past its deadline and was cancelled (PostgreSQL 57014, MySQL 3024, MariaDB 1969). */
  | 'timeout'
  /** A serializable (or repeatable read) transaction lost a conflict (PostgreSQL 40001). */
  | 'serialization-failure'
  /** The engine's deadlock detector chose this transaction as the victim (PostgreSQL 40P01, InnoDB 1213). */
  | 'deadlock'
  /** A lock was not granted within the lock wait timeout (PostgreSQL 55P03, InnoDB 1205). */
  | 'lock-timeout'
  | 'other';

export interface DbError {
  kind: DbErrorKind;
  /** The engine's own code: SQLSTATE for PostgreSQL, ER_* name and errno for MySQL. */
  code: string;
  message: string;
  /** 1-based character offset into the statement, when the engine reports one. */
  position?: number;
}

// ---- introspection -------------------------------------------------------------------------

export type ColumnType =
  | 'smallint' | 'integer' | 'bigint' | 'numeric' | 'real'
  | 'text' | 'boolean' | 'date' | 'time' | 'timestamp'
  | 'json' | 'uuid' | 'enum' | 'binary' | 'other';

export interface Column {
  name: string;
  type: ColumnType;
  /** The type as the engine spells it, e.g. character varying(255), decimal(10,2). */
  nativeType: string;
  nullable: boolean;
  hasDefault: boolean;
  /** Filled by the database itself: identity, serial or auto_increment keys, generated columns. */
  generated?: 'identity-always' | 'identity' | 'computed';
  maxLength?: number;
  precision?: number;
  scale?: number;
  enumValues?: string[];
  /** The default as the engine prints it, e.g. nextval('t_id_seq'::regclass), CURRENT_TIMESTAMP. */
  defaultExpression?: string;
  /** MySQL/MariaDB character set of a text column (utf8mb3, utf8mb4, latin1, …). */
  charset?: string;
}

export interface ForeignKey {
  name: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  /** False for a PostgreSQL constraint added NOT VALID and never validated. */
  validated?: boolean;
  /** On a partition: declared on the partitioned parent and cloned here by PostgreSQL. */
  inherited?: boolean;
}

export interface Index {
  name: string;
  columns: string[];
  unique: boolean;
  primary: boolean;
  /** Partial (WHERE …) or expression index: its column list alone does not describe it. */
  partial: boolean;
  /** False for a PostgreSQL index a failed CREATE INDEX CONCURRENTLY left behind (pg_index.indisvalid). */
  valid?: boolean;
  /** Access method: btree, hash, gin, gist, brin (PostgreSQL); BTREE, HASH, FULLTEXT, SPATIAL (MySQL). */
  method?: string;
  /** The WHERE of a partial index (PostgreSQL). */
  predicate?: string;
  /** Non-key INCLUDE columns (PostgreSQL): not part of `columns`. */
  include?: string[];
  /** Everything that makes the index what it is except its name: equal keys mean duplicate indexes. */
  definition?: string;
}

export interface Table {
  /** Unqualified for the default schema (public / the scratch database), schema.table otherwise. */
  name: string;
  columns: Column[];
  primaryKey: string[];
  uniques: { name: string; columns: string[] }[];
  foreignKeys: ForeignKey[];
  indexes: Index[];
  /** `validated` is false for a PostgreSQL CHECK added NOT VALID and never validated. */
  checks: { name: string; expression: string; validated?: boolean }[];
  /** MySQL storage engine (InnoDB, MyISAM, …); undefined on PostgreSQL. */
  storageEngine?: string;
  /** MySQL/MariaDB default character set of the table. */
  charset?: string;
  /**
   * PostgreSQL partitions of this partitioned table (each with `partitionOf` set). They are
   * nested here, not listed in Schema.tables, so the data factory and probes see one table.
   */
  partitions?: Table[];
  /** On a partition: the partitioned table it belongs to. */
  partitionOf?: string;
}

export interface Schema {
  tables: Table[];
}

export const findTable = (schema: Schema, name: string): Table | undefined =>
  schema.tables.find((t) => t.name === name);
