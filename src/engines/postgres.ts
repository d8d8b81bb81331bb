// A PostgreSQL server reached by URL (the user's own, a `services:` container, or one that
// testcontainers started). The URL's role is the admin: it only creates and drops the scratch
// databases and a per-run login role. The project's SQL runs as that per-run role, which owns
// the scratch databases and nothing else (NOSUPERUSER NOCREATEDB NOCREATEROLE), so a migration
// cannot drop, create or write into anything Sluice did not make.
import pg from 'pg';
import { EngineUnavailableError } from '../errors.js';
import type { Engine, EngineSession, Privileges, Server, ServerInfo } from './engine.js';
import { PostgresFamilyEngine, describePostgresError, type PgSession } from './postgres-family.js';
import { copyIn } from './postgres-copy.js';
import { assertRunning, assertScratch, onCleanup, randomPassword, runRoleName, scratchName } from './scratch.js';
import { redactSecrets, rememberSecret } from '../secrets.js';
import { maskUrl, type ServerUrl } from './url.js';

// Return numeric and bigint as JavaScript numbers: the data factory and metrics only do arithmetic on them.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

/** How long after its deadline a statement the server did not cancel itself is cancelled from outside. */
const WATCHDOG_GRACE_MS = 1_000;

export async function connectPostgresServer(target: ServerUrl, setting: string, privileges: Privileges = 'confined'): Promise<Server> {
  const admin = new pg.Client({ connectionString: target.raw, connectionTimeoutMillis: 10_000 });
  admin.on('error', () => {}); // a dropped admin connection surfaces on the next query instead
  try {
    await admin.connect();
  } catch (error) {
    await admin.end().catch(() => {});
    throw unavailable(error, target, setting);
  }
  const { rows } = await admin.query<{ server_version: string }>('show server_version');
  const info: ServerInfo = { name: 'postgresql', version: rows[0]!.server_version.split(' ')[0]!, dialect: 'postgres' };
  return new PostgresServer(info, admin, target, setting, privileges);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

class PostgresServer implements Server {
  #admin: pg.Client;
  #scratch: { name: string; client: pg.Client; removeCleanup: () => void }[] = [];
  #runRole: Promise<{ name: string; password: string }> | undefined;
  #adopted = new Set<string>();
  /** Set just before CREATE ROLE, so a signal during it still drops the role. */
  #runRoleCreated = false;
  #removeRolesCleanup: () => void;
  #closed = false;

  constructor(
    readonly info: ServerInfo,
    admin: pg.Client,
    readonly target: ServerUrl,
    readonly setting: string,
    readonly privileges: Privileges,
  ) {
    this.#admin = admin;
    // Registered before any database, so on a signal the roles go after the databases they own.
    this.#removeRolesCleanup = onCleanup(async () => {
      const problems = await this.#dropRoles();
      if (problems.length) throw new Error(`could not drop ${problems.join(', ')}`);
    });
  }

  get #adminUser(): string {
    return decodeURIComponent(this.target.url.username) || 'the connecting role';
  }

  async createScratch(label: string): Promise<Engine> {
    const role = this.privileges === 'confined' ? await (this.#runRole ??= this.#createRunRole()) : undefined;
    const name = scratchName(label);
    assertScratch(name);
    // Registered before the create: a signal during CREATE DATABASE still drops it (the admin
    // connection runs the DROP after the CREATE it is busy with).
    let client: pg.Client | undefined;
    const removeCleanup = onCleanup(() => this.#drop(name, client));
    try {
      await this.#admin.query(`CREATE DATABASE ${name}${role ? ` OWNER ${quote(role.name)}` : ''}`);
    } catch (error) {
      // The server answered with an error (a SQLSTATE): nothing was made. A lost connection may have made it: the cleanup stays.
      const e = describePostgresError(error);
      if (/^[0-9A-Z]{5}$/.test(e.code)) removeCleanup();
      if (e.kind === 'permission-denied') {
        throw new EngineUnavailableError(
          `The PostgreSQL role '${this.#adminUser}' may not create databases, and Sluice works only in scratch databases it creates; grant it with ALTER ROLE ${this.#adminUser} CREATEDB, or pass a role that can in ${this.setting}.`,
        );
      }
      throw new EngineUnavailableError(`Cannot create scratch database ${name} on ${maskUrl(this.target.raw)}: ${redactSecrets(e.message)}.`);
    }
    const url = new URL(this.target.raw);
    url.pathname = `/${name}`;
    if (role) {
      url.username = encodeURIComponent(role.name);
      url.password = encodeURIComponent(role.password);
      // libpq-style ?password= (or ?user=) would win over the role's own login.
      url.searchParams.delete('password');
      url.searchParams.delete('user');
    }
    client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 10_000 });
    client.on('error', () => {});
    this.#scratch.push({ name, client, removeCleanup });
    try {
      await client.connect();
    } catch (error) {
      const e = describePostgresError(error);
      if (role && e.kind === 'auth-failed') {
        throw new EngineUnavailableError(
          `The server refused a password login for Sluice's per-run role ${role.name} (${e.message}); allow password logins for roles named sluice_% to databases named sluice_% in pg_hba.conf, or set migrations.privileges: superuser to run everything as '${this.#adminUser}'.`,
        );
      }
      throw new EngineUnavailableError(`Cannot connect to scratch database ${name} on ${maskUrl(this.target.raw)}: ${redactSecrets(e.message)}.`);
    }
    const connectionString = url.toString();
    const openSession = async (): Promise<EngineSession> => {
      // DROP DATABASE … WITH (FORCE) ends this connection too if the caller forgets to close it.
      const second = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
      second.on('error', () => {});
      await second.connect();
      const session = new PostgresFamilyEngine(this.info, name, watchedSession(second, this.#admin), { url: connectionString });
      return Object.assign(session, { close: () => second.end().catch(() => {}) });
    };
    return new PostgresFamilyEngine(this.info, name, watchedSession(client, this.#admin), { url: connectionString, openSession });
  }

  /**
   * NOSUPERUSER NOCREATEDB NOCREATEROLE: it can work in the databases it owns, nothing more.
   * The admin is made a member so it may hand it ownership, cancel its statements and drop it.
   */
  async #createRunRole(): Promise<{ name: string; password: string }> {
    // Asked first, so a role lacking both rights hears about both in one sentence.
    const { rows } = await this.#admin.query<{ rolsuper: boolean; rolcreatedb: boolean; rolcreaterole: boolean }>(
      'select rolsuper, rolcreatedb, rolcreaterole from pg_roles where rolname = current_user',
    );
    const rights = rows[0];
    if (rights && !rights.rolsuper && (!rights.rolcreatedb || !rights.rolcreaterole)) {
      const missing = [!rights.rolcreatedb && 'databases', !rights.rolcreaterole && 'roles'].filter(Boolean).join(' or ');
      const grant = [!rights.rolcreatedb && 'CREATEDB', !rights.rolcreaterole && 'CREATEROLE'].filter(Boolean).join(' ');
      throw new EngineUnavailableError(
        `The PostgreSQL role '${this.#adminUser}' may not create ${missing}, and Sluice works only in scratch databases it creates, as a per-run role that can reach nothing else; grant it with ALTER ROLE ${this.#adminUser} ${grant}, or pass a role that can in ${this.setting}${rights.rolcreatedb ? `, or set migrations.privileges: superuser to run everything as '${this.#adminUser}'` : ''}.`,
      );
    }
    const name = runRoleName();
    const password = randomPassword();
    rememberSecret(password);
    assertRunning();
    this.#runRoleCreated = true;
    try {
      await this.#admin.query(`CREATE ROLE ${quote(name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '${password}'`);
      await this.#admin.query(`GRANT ${quote(name)} TO CURRENT_USER`);
    } catch (error) {
      const e = describePostgresError(error);
      if (e.code !== '42710') this.#runRoleCreated = (await this.listRoles().catch(() => [name])).includes(name);
      if (e.kind === 'permission-denied') {
        throw new EngineUnavailableError(
          `The PostgreSQL role '${this.#adminUser}' may not create roles, and Sluice runs the project's SQL as a per-run role that can reach only its scratch databases; grant it with ALTER ROLE ${this.#adminUser} CREATEROLE, pass a role that can in ${this.setting}, or set migrations.privileges: superuser to run everything as '${this.#adminUser}'.`,
        );
      }
      throw new EngineUnavailableError(`Cannot create Sluice's per-run role on ${maskUrl(this.target.raw)}: ${redactSecrets(e.message)}.`);
    }
    return { name, password };
  }

  async dropScratch(engine: Engine): Promise<void> {
    const i = this.#scratch.findIndex((s) => s.name === engine.database);
    if (i < 0) return;
    const { name, client, removeCleanup } = this.#scratch.splice(i, 1)[0]!;
    removeCleanup();
    await this.#drop(name, client);
  }

  async listRoles(): Promise<string[]> {
    const { rows } = await this.#admin.query<{ rolname: string }>('select rolname from pg_roles order by rolname');
    return rows.map((r) => r.rolname);
  }

  adoptRoles(names: string[]): void {
    for (const name of names) this.#adopted.add(name);
  }

  async #drop(name: string, client: pg.Client | undefined): Promise<void> {
    assertScratch(name);
    await client?.end().catch(() => {});
    await this.#admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }

  /** Drops the roles the project's migrations created, then the per-run role; returns what could not be dropped. */
  async #dropRoles(): Promise<string[]> {
    const problems: string[] = [];
    const runRole = this.#runRoleCreated ? runRoleName() : undefined;
    for (const name of [...this.#adopted, ...(runRole ? [runRole] : [])]) {
      try {
        await this.#admin.query(`DROP ROLE IF EXISTS ${quote(name)}`);
      } catch (error) {
        problems.push(`role ${name} (${redactSecrets(describePostgresError(error).message)})`);
      }
    }
    return problems;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const problems: string[] = [];
    for (const { name, client, removeCleanup } of this.#scratch.reverse()) {
      removeCleanup();
      await this.#drop(name, client).catch((error) => problems.push(`database ${name} (${redactSecrets(describePostgresError(error).message)})`));
    }
    // Roles go after the databases they own.
    this.#removeRolesCleanup();
    problems.push(...(await this.#dropRoles()));
    await this.#admin.end();
    if (problems.length) {
      throw new EngineUnavailableError(`Could not drop ${problems.join(', ')} on ${maskUrl(this.target.raw)}; drop it by hand.`);
    }
  }
}

/**
 * The scratch connection as a PgSession with a deadline the server cannot be talked out of: a
 * migration may `SET statement_timeout = 0` (every pg_dump file does), so past the deadline the
 * admin connection cancels the statement from outside.
 */
function watchedSession(client: pg.Client, admin: pg.Client): PgSession {
  let deadlineMs: number | undefined;
  const watched = async <T>(run: () => Promise<T>): Promise<T> => {
    if (deadlineMs === undefined) return run();
    let cancelled = false;
    const pid = (client as unknown as { processID: number }).processID;
    const timer = setTimeout(() => {
      cancelled = true;
      admin.query('select pg_cancel_backend($1)', [pid]).catch(() => {});
    }, deadlineMs + WATCHDOG_GRACE_MS);
    try {
      return await run();
    } catch (error) {
      if (cancelled && (error as { code?: string }).code === '57014') {
        (error as Error).message = 'canceling statement due to statement timeout';
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    setDeadline(ms: number) {
      deadlineMs = ms;
    },
    query: (sql: string, params?: unknown[]) => watched(() => client.query(sql, params)),
    copyFrom: (sql: string, chunks: AsyncIterable<string>) => watched(() => copyIn(client, sql, chunks)),
  };
}

function unavailable(error: unknown, target: ServerUrl, setting: string): EngineUnavailableError {
  const where = maskUrl(target.raw);
  const e = error as { code?: string; message?: string };
  const user = decodeURIComponent(target.url.username);
  let why: string;
  switch (e.code) {
    case 'ECONNREFUSED':
      why = `connection refused; start the server or fix the host and port in ${setting}`;
      break;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      why = `host '${target.url.hostname}' not found; fix the host in ${setting}`;
      break;
    case '28P01':
    case '28000':
      why = `the server rejected role '${user}' (wrong password?); fix the user or password in ${setting}`;
      break;
    case '3D000':
      why = `the database in the URL does not exist; name one that does (Sluice only connects there to create its scratch databases) in ${setting}`;
      break;
    default:
      why = `${redactSecrets(e.message ?? String(error))}; check ${setting}`;
  }
  return new EngineUnavailableError(`Cannot reach ${where}: ${why}.`);
}
