// A PostgreSQL server reached by URL (the user's own, a `services:` container, or one that
// testcontainers started). Scratch databases are created beside the URL's database.
import pg from 'pg';
import { EngineUnavailableError } from '../errors.js';
import type { Engine, Server, ServerInfo } from './engine.js';
import { PostgresFamilyEngine, describePostgresError } from './postgres-family.js';
import { assertScratch, onCleanup, scratchName } from './scratch.js';
import { redactSecrets } from '../secrets.js';
import { maskUrl, type ServerUrl } from './url.js';

// Return numeric and bigint as JavaScript numbers: the data factory and metrics only do arithmetic on them.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

export async function connectPostgresServer(target: ServerUrl, setting: string): Promise<Server> {
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
  return new PostgresServer(info, admin, target, setting);
}

class PostgresServer implements Server {
  #admin: pg.Client;
  #scratch: { name: string; client: pg.Client; removeCleanup: () => void }[] = [];
  #closed = false;

  constructor(
    readonly info: ServerInfo,
    admin: pg.Client,
    readonly target: ServerUrl,
    readonly setting: string,
  ) {
    this.#admin = admin;
  }

  async createScratch(label: string): Promise<Engine> {
    const name = scratchName(label);
    try {
      await this.#admin.query(`CREATE DATABASE ${name}`);
    } catch (error) {
      const e = describePostgresError(error);
      if (e.kind === 'permission-denied') {
        const user = decodeURIComponent(this.target.url.username) || 'the connecting role';
        throw new EngineUnavailableError(
          `The PostgreSQL role '${user}' may not create databases, and Sluice works only in scratch databases it creates; grant it with ALTER ROLE ${user} CREATEDB, or pass a role that can in ${this.setting}.`,
        );
      }
      throw new EngineUnavailableError(`Cannot create scratch database ${name} on ${maskUrl(this.target.raw)}: ${e.message}.`);
    }
    const url = new URL(this.target.raw);
    url.pathname = `/${name}`;
    const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 10_000 });
    client.on('error', () => {});
    const removeCleanup = onCleanup(() => this.#drop(name, client));
    this.#scratch.push({ name, client, removeCleanup });
    await client.connect();
    return new PostgresFamilyEngine(this.info, name, client);
  }

  async #drop(name: string, client: pg.Client): Promise<void> {
    assertScratch(name);
    await client.end().catch(() => {});
    await this.#admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const { name, client, removeCleanup } of this.#scratch.reverse()) {
      removeCleanup();
      await this.#drop(name, client);
    }
    await this.#admin.end();
  }
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
