// Connections to a MySQL/MariaDB server, and what their failures mean to a user: one
// sentence naming the setting and the fix, never the password.
import mysql from 'mysql2/promise';
import type { Connection, ConnectionOptions } from 'mysql2/promise';
import { EngineUnavailableError } from '../../errors.js';
import { redactSecrets } from '../../secrets.js';
import { maskUrl, type ServerUrl } from '../url.js';

/** How long a connection attempt may take before Sluice calls the server unreachable. */
export const MYSQL_CONNECT_TIMEOUT_MS = 10_000;

/** URL query parameters passed on to mysql2 (e.g. `?ssl={"rejectUnauthorized":true}`). */
const URL_OPTIONS = new Set(['ssl', 'charset', 'timezone', 'socketPath', 'connectTimeout']);

export function connectionOptions(url: ServerUrl, database: string | undefined): ConnectionOptions {
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

export async function openConnection(
  url: ServerUrl,
  database: string | undefined,
  setting: string,
  extra: ConnectionOptions = {},
): Promise<Connection> {
  let connection: Connection;
  try {
    connection = await mysql.createConnection({ ...connectionOptions(url, database), ...extra });
  } catch (error) {
    // The driver's error stays reachable as `cause`: a pool check reads the server's code from it.
    throw Object.assign(unavailable(url, setting, error), { cause: error });
  }
  // A connection that dies while idle emits 'error'; without a listener that would crash the
  // process. The next statement on it fails and is reported there instead.
  connection.on('error', () => undefined);
  return connection;
}

export interface DriverError {
  message: string;
  code?: string;
  errno?: number;
  sqlMessage?: string;
  fatal?: boolean;
  sql?: string;
  errors?: unknown[];
}

export function asDriverError(error: unknown): DriverError | undefined {
  if (typeof error !== 'object' || error === null || !('message' in error)) return undefined;
  return error as DriverError;
}

/** The network code of a failed connect; Node reports several addresses as an AggregateError. */
export function networkCode(error: DriverError): string | undefined {
  if (error.code) return error.code;
  const first = asDriverError(error.errors?.[0]);
  return first?.code;
}

/** One sentence naming the setting and the fix; the password never appears in it. */
export function unavailable(url: ServerUrl, setting: string, error: unknown): EngineUnavailableError {
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

export async function closeQuietly(connection: Connection): Promise<void> {
  try {
    await connection.end();
  } catch {
    connection.destroy();
  }
}
