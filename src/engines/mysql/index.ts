// MySQL and MariaDB through mysql2. A `Server` holds one admin connection that creates and
// drops the scratch databases and the per-run user (server.ts); each scratch `Engine` owns one
// dedicated connection as that user (engine.ts).
import type { RowDataPacket } from 'mysql2/promise';
import type { Privileges, Server, ServerInfo } from '../engine.js';
import type { ServerUrl } from '../url.js';
import { openConnection, unavailable } from './connection.js';
import { MysqlServer } from './server.js';

export { MYSQL_CONNECT_TIMEOUT_MS } from './connection.js';
export { syntaxErrorPosition } from './errors.js';
export { parseEnumValues } from './introspect.js';
export { summarisePlan } from './plan.js';

/** Where the user sets the server, named in every connection error unless the caller knows better. */
const ENGINE_SETTING = '--engine (input `engine` or `database-url`)';

/** `setting` names where the user gave the URL, for error messages (e.g. "input database-url"). */
export async function connectMysqlServer(url: ServerUrl, setting: string = ENGINE_SETTING, privileges: Privileges = 'confined'): Promise<Server> {
  const admin = await openConnection(url, undefined, setting);
  try {
    const [rows] = await admin.query<RowDataPacket[]>('SELECT VERSION() AS version');
    const info = serverInfo(String(rows[0]?.version ?? ''));
    return new MysqlServer(url, setting, admin, info, privileges);
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
