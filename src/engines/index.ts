// Engines: where the checks run. `startServer` turns the `engine` setting (and an optional
// separate database URL) into a started Server; everything downstream sees only Server/Engine.
import { UsageError } from '../errors.js';
import type { Privileges, Server } from './engine.js';
import { startContainer, stoppingContainer } from './containers.js';
import { LOCAL_ENGINE, startLocalServer } from './local/index.js';
import { connectMysqlServer } from './mysql/index.js';
import { startPglite } from './pglite/index.js';
import { connectPostgresServer } from './postgres.js';
import { parseServerUrl } from './url.js';

export { dialectOf } from './url.js';
export { createdExtensions, missingPgliteExtension, PGLITE_EXTENSIONS } from './pglite/index.js';

export type { Engine, EngineSession, Server, ServerControl, ServerInfo, Dialect, Schema, Table, Column, WorkProfile, DbError, Privileges } from './engine.js';
export { cleanupAll, runIsStopping } from './scratch.js';

export interface EngineSetting {
  /** pglite | postgres:<tag> | mysql:<tag> | mariadb:<tag> | local:postgres | local:mariadb | local:mysql | a URL */
  engine: string;
  /** A server URL given apart from `engine` (the Action's database-url input, a secret). */
  databaseUrl?: string;
  /** How the user set it, for error messages: "--engine", "input engine", "sluice.yml engine". */
  origin: string;
  /** Who runs the project's SQL on a server (migrations.privileges); PGlite has no one else to protect. */
  privileges?: Privileges;
  /** Extensions the migrations create (CREATE EXTENSION), which the embedded engine loads at start. */
  extensions?: readonly string[];
}

export async function startServer(setting: EngineSetting): Promise<Server> {
  const { engine, databaseUrl, origin, privileges = 'confined' } = setting;
  if (databaseUrl) return connectUrl(databaseUrl, 'database-url', privileges);
  if (engine === 'pglite') return startPglite(setting.extensions);
  if (engine.includes('://')) return connectUrl(engine, origin, privileges);
  if (LOCAL_ENGINE.test(engine)) return startLocalServer(engine, origin, (url) => connectUrl(url, origin, privileges));
  if (/^(postgres|mysql|mariadb):[\w.-]+$/.test(engine)) {
    const container = await startContainer(engine, origin);
    try {
      return stoppingContainer(await connectUrl(container.url, origin, privileges), container);
    } catch (error) {
      await container.stop();
      throw error;
    }
  }
  throw new UsageError(
    `${origin}: unknown engine '${engine}'; use pglite, postgres:<tag>, mysql:<tag>, mariadb:<tag>, local:postgres, local:mariadb, local:mysql, or a postgres:// or mysql:// URL.`,
  );
}

async function connectUrl(raw: string, origin: string, privileges: Privileges): Promise<Server> {
  let target;
  try {
    target = parseServerUrl(raw);
  } catch {
    throw new UsageError(`${origin}: not a valid URL; write it as postgres://user:password@host:5432/database or mysql://user:password@host:3306/.`);
  }
  return target.dialect === 'mysql' ? connectMysqlServer(target, origin, privileges) : connectPostgresServer(target, origin, privileges);
}
