// A MySQL/MariaDB server: the URL's account is the admin, which only creates and drops the
// scratch databases and a per-run user. That user is granted everything on this run's scratch
// databases (`sluice\_<run>\_%`.*) and nothing else, and runs the project's SQL: a migration
// that says `USE other_db` or `DROP DATABASE x` is refused by the server, not only by Sluice.
import type { Connection } from 'mysql2/promise';
import { EngineUnavailableError } from '../../errors.js';
import { redactSecrets, rememberSecret } from '../../secrets.js';
import type { Engine, EngineSession, Privileges, Server, ServerInfo } from '../engine.js';
import { assertRunning, assertScratch, onCleanup, randomPassword, runRoleName, scratchName } from '../scratch.js';
import { maskUrl, type ServerUrl } from '../url.js';
import { asDriverError, closeQuietly, openConnection } from './connection.js';
import { MysqlEngine, quoteIdent } from './engine.js';

interface ScratchDatabase {
  name: string;
  drop: () => Promise<void>;
}

const quoteString = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

export class MysqlServer implements Server {
  readonly info: ServerInfo;
  readonly #url: ServerUrl;
  readonly #setting: string;
  readonly #privileges: Privileges;
  readonly #admin: Connection;
  readonly #scratches: ScratchDatabase[] = [];
  readonly #removeCleanup: () => void;
  /** Accounts to drop after the databases: the per-run user and those the migrations created. */
  readonly #accounts = new Set<string>();
  #runUser: Promise<{ user: string; password: string }> | undefined;
  #closing: Promise<void> | undefined;

  constructor(url: ServerUrl, setting: string, admin: Connection, info: ServerInfo, privileges: Privileges) {
    this.#url = url;
    this.#setting = setting;
    this.#admin = admin;
    this.info = info;
    this.#privileges = privileges;
    // Registered before any scratch database or account, so on a signal it runs after their drops.
    this.#removeCleanup = onCleanup(() => this.close());
  }

  get #adminUser(): string {
    return decodeURIComponent(this.#url.url.username);
  }

  get #product(): string {
    return this.info.name === 'mariadb' ? 'MariaDB' : 'MySQL';
  }

  async createScratch(label: string): Promise<Engine> {
    if (this.#closing) throw new Error('createScratch() called after close()');
    const name = scratchName(label);
    assertScratch(name);

    let connection: Connection | undefined;
    /** Second sessions (openSession) still open: ended with the database, like the first. */
    const others = new Set<Connection>();
    let dropping: Promise<void> | undefined;
    const drop = (): Promise<void> =>
      (dropping ??= (async () => {
        removeCleanup();
        for (const open of [...(connection ? [connection] : []), ...others]) {
          const threadId = open.threadId;
          open.destroy();
          // Closing the socket does not stop a statement the server is still running, and its
          // locks would make DROP DATABASE wait: end the session on the server side too.
          await this.#admin.query(`KILL CONNECTION ${Number(threadId)}`).catch(() => undefined);
        }
        assertScratch(name);
        await this.#admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
      })());
    // Registered before the create: a signal during CREATE DATABASE still drops it (the admin
    // connection runs the DROP after the CREATE it is busy with).
    const removeCleanup = onCleanup(drop);
    this.#scratches.push({ name, drop });
    try {
      await this.#admin.query(`CREATE DATABASE ${quoteIdent(name)} CHARACTER SET utf8mb4`);
    } catch (error) {
      // The server answered with an error: nothing was created, and the drop would only be refused too.
      if (asDriverError(error)?.errno !== undefined) {
        removeCleanup();
        this.#scratches.pop();
      } else {
        await drop().catch(() => undefined);
      }
      throw this.#createFailed(name, error);
    }

    let login: { user: string; password: string } | undefined;
    try {
      if (this.#privileges === 'confined') login = await (this.#runUser ??= this.#createRunUser());
    } catch (error) {
      await drop().catch(() => undefined);
      throw error;
    }
    const connect = () =>
      openConnection(this.#url, name, this.#setting, {
        ...(login ? { user: login.user, password: login.password } : {}),
        multipleStatements: false,
        dateStrings: true,
        supportBigNumbers: true,
        bigNumberStrings: false,
        decimalNumbers: false,
      });
    try {
      connection = await connect();
    } catch (error) {
      await drop().catch(() => undefined);
      throw error;
    }
    const cancel = (threadId: number) => this.#admin.query(`KILL QUERY ${Number(threadId)}`).then(() => undefined);
    const url = this.#scratchUrl(name, login);
    const openSession = async (): Promise<EngineSession> => {
      if (dropping) throw new Error(`scratch database ${name} is being dropped`);
      const second = await connect();
      others.add(second);
      const session = new MysqlEngine(this.info, name, second, cancel, url);
      try {
        await session.resetSession();
      } catch (error) {
        // MariaDB may refuse the session's first statements instead of the login (max_user_connections): do not keep it open.
        others.delete(second);
        await closeQuietly(second);
        throw error;
      }
      return Object.assign(session, {
        close: async () => {
          others.delete(second);
          await closeQuietly(second);
        },
      });
    };
    const lockWaiting = async (ids: readonly number[]): Promise<number[]> => {
      const wanted = ids.map(Number).filter(Number.isInteger);
      if (wanted.length === 0) return [];
      const [rows] = await this.#admin.query(
        `SELECT trx_mysql_thread_id AS id FROM information_schema.innodb_trx WHERE trx_state = 'LOCK WAIT' AND trx_mysql_thread_id IN (${wanted.join(', ')})`,
      );
      return (rows as { id: number }[]).map((row) => Number(row.id));
    };
    const dropNow = async () => {
      const index = this.#scratches.findIndex((s) => s.name === name);
      if (index !== -1) this.#scratches.splice(index, 1);
      await drop();
    };
    const engine = new MysqlEngine(this.info, name, connection, cancel, url, openSession, lockWaiting, dropNow, { statementEvent: (id) => this.#statementEvent(id), metadataLocks: (id) => this.#metadataLocks(id, name) });
    await engine.resetSession();
    return engine;
  }

  /** The scratch database's URL as Sluice's own connection logs in (mysql://, which every tool reads; MariaDB speaks it). */
  #scratchUrl(name: string, login: { user: string; password: string } | undefined): string {
    const url = new URL(this.#url.raw.replace(/^mariadb:/i, 'mysql:'));
    url.pathname = `/${name}`;
    if (login) {
      url.username = encodeURIComponent(login.user);
      url.password = encodeURIComponent(login.password);
    }
    return url.toString();
  }

  /** A user that can do everything in this run's scratch databases and nothing anywhere else. */
  async #createRunUser(): Promise<{ user: string; password: string }> {
    const user = runRoleName();
    const password = randomPassword();
    rememberSecret(password);
    const account = `${quoteString(user)}@'%'`;
    assertRunning();
    this.#accounts.add(account);
    try {
      await this.#admin.query(`CREATE USER ${account} IDENTIFIED BY ${quoteString(password)}`);
      // In a GRANT, _ and % are wildcards: escape the underscores so only this run's names match.
      const pattern = `${`${user}_`.replace(/_/g, '\\_')}%`;
      await this.#admin.query(`GRANT ALL PRIVILEGES ON ${quoteIdent(pattern)}.* TO ${account}`);
    } catch (error) {
      // Nothing was created if CREATE USER itself was refused; a refused GRANT leaves the user to drop.
      const exists = await this.listRoles().then((all) => all.includes(account), () => true);
      if (!exists) this.#accounts.delete(account);
      const driver = asDriverError(error);
      if (/ACCESS_DENIED|ER_CANT_CREATE_USER|ER_PASSWORD_NO_MATCH/.test(driver?.code ?? '')) {
        throw new EngineUnavailableError(
          `The ${this.#product} user '${this.#adminUser}' may not create users or grant privileges, and Sluice runs the project's SQL as a per-run user that can reach only its scratch databases; grant it CREATE USER and GRANT OPTION (GRANT ALL ON *.* TO '${this.#adminUser}'@'%' WITH GRANT OPTION), pass a user that can in ${this.#setting}, or set migrations.privileges: superuser to run everything as '${this.#adminUser}'.`,
        );
      }
      throw new EngineUnavailableError(
        `Cannot create Sluice's per-run user on ${maskUrl(this.#url.raw)}: ${redactSecrets(driver?.sqlMessage ?? driver?.message ?? String(error)).replace(/\.$/, '')}; check ${this.#setting}.`,
      );
    }
    return { user, password };
  }

  /**
   * What performance_schema records here, asked once per server: the statement history (both
   * statement consumers on) and metadata locks (MariaDB leaves that instrument off). Sluice only
   * reads: switching them on is the server owner's call.
   */
  #recorded: Promise<{ history: boolean; metadataLocks: boolean }> | undefined;

  #performanceSchema(): Promise<{ history: boolean; metadataLocks: boolean }> {
    this.#recorded ??= this.#admin
      .query<import('mysql2/promise').RowDataPacket[]>(
        `SELECT @@performance_schema AS enabled,
                (SELECT COUNT(*) FROM performance_schema.setup_consumers WHERE NAME IN ('events_statements_current', 'events_statements_history') AND ENABLED = 'YES') AS consumers,
                (SELECT COUNT(*) FROM performance_schema.setup_instruments WHERE NAME = 'wait/lock/metadata/sql/mdl' AND ENABLED = 'YES') AS instrument`,
      )
      .then(([rows]) => {
        const on = Number(rows[0]?.enabled) === 1;
        return { history: on && Number(rows[0]?.consumers) === 2, metadataLocks: on && Number(rows[0]?.instrument) === 1 };
      }, () => ({ history: false, metadataLocks: false }));
    return this.#recorded;
  }

  /** See MetadataLockReader: granted table locks of one connection in its scratch database. */
  async #metadataLocks(connectionId: number, database: string): Promise<{ table: string; type: string }[] | undefined> {
    if (!(await this.#performanceSchema()).metadataLocks) return undefined;
    const [rows] = await this.#admin.query<import('mysql2/promise').RowDataPacket[]>(
      `SELECT m.OBJECT_NAME AS table_name, m.LOCK_TYPE AS lock_type
         FROM performance_schema.metadata_locks m
         JOIN performance_schema.threads t ON t.THREAD_ID = m.OWNER_THREAD_ID
        WHERE t.PROCESSLIST_ID = ? AND m.OBJECT_TYPE = 'TABLE' AND m.OBJECT_SCHEMA = ? AND m.LOCK_STATUS = 'GRANTED'`,
      [connectionId, database],
    );
    return rows.map((r) => ({ table: String(r.table_name), type: String(r.lock_type) }));
  }

  /** See StatementEventReader. */
  async #statementEvent(connectionId: number): Promise<{ rowsExamined: number; noIndexUsed: number } | undefined> {
    // The history is filled from the current statement: both consumers must be on.
    if (!(await this.#performanceSchema()).history) return undefined;
    const [rows] = await this.#admin.query<import('mysql2/promise').RowDataPacket[]>(
      `SELECT h.ROWS_EXAMINED AS examined, h.NO_INDEX_USED AS no_index
         FROM performance_schema.events_statements_history h
         JOIN performance_schema.threads t ON t.THREAD_ID = h.THREAD_ID
        WHERE t.PROCESSLIST_ID = ? AND h.SQL_TEXT NOT LIKE 'SHOW SESSION STATUS%' AND h.EVENT_NAME LIKE 'statement/sql/%'
        ORDER BY h.EVENT_ID DESC LIMIT 1`,
      [connectionId],
    );
    const row = rows[0];
    return row ? { rowsExamined: Number(row.examined), noIndexUsed: Number(row.no_index) } : undefined;
  }

  /** Accounts as `'user'@'host'`, ready for DROP USER; roles (MariaDB: empty host) as `'role'`. */
  async listRoles(): Promise<string[]> {
    const [rows] = await this.#admin.query<import('mysql2/promise').RowDataPacket[]>('SELECT User AS user, Host AS host FROM mysql.user ORDER BY User, Host');
    return rows.map((r) => (String(r.host) === '' ? quoteString(String(r.user)) : `${quoteString(String(r.user))}@${quoteString(String(r.host))}`));
  }

  adoptRoles(names: string[]): void {
    for (const name of names) this.#accounts.add(name);
  }

  async limitRunConnections(limit: number | undefined): Promise<boolean> {
    if (!this.#runUser) return false;
    const { user } = await this.#runUser;
    await this.#admin.query(`ALTER USER ${quoteString(user)}@'%' WITH MAX_USER_CONNECTIONS ${limit === undefined ? 0 : Math.max(1, Math.trunc(limit))}`);
    return true;
  }

  async runConnections(): Promise<number> {
    const [rows] = await this.#admin.query<import('mysql2/promise').RowDataPacket[]>('SELECT count(*) AS n FROM information_schema.processlist WHERE user = ?', [runRoleName()]);
    return Number(rows[0]!.n);
  }

  #createFailed(name: string, error: unknown): Error {
    const driver = asDriverError(error);
    if (driver?.code === 'ER_DBACCESS_DENIED_ERROR' || driver?.code === 'ER_SPECIFIC_ACCESS_DENIED_ERROR') {
      return new EngineUnavailableError(
        `The ${this.#product} user '${this.#adminUser}' may not create databases; grant it CREATE on \`sluice\\_%\`.* (GRANT ALL ON \`sluice\\_%\`.* TO '${this.#adminUser}'@'%') or pass a user that can in ${this.#setting}.`,
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
        leftBehind.push(`scratch database ${scratch.name} (${redactSecrets(asDriverError(error)?.message ?? String(error))})`);
      }
    }
    // Accounts after the databases; DROP … IF EXISTS, so an account whose CREATE never ran is fine.
    for (const account of this.#accounts) {
      const statement = account.includes('@') ? 'DROP USER IF EXISTS' : 'DROP ROLE IF EXISTS';
      try {
        await this.#admin.query(`${statement} ${account}`);
      } catch (error) {
        leftBehind.push(`account ${account} (${redactSecrets(asDriverError(error)?.message ?? String(error))})`);
      }
    }
    await closeQuietly(this.#admin);
    if (leftBehind.length > 0) {
      throw new EngineUnavailableError(`Could not drop ${leftBehind.join(', ')} on ${maskUrl(this.#url.raw)}; drop it by hand.`);
    }
  }
}
