// Connection URLs: parsed once, and never shown with their password.
import { maskCredentials, rememberUrlSecret } from '../secrets.js';
import type { Dialect } from './engine.js';

export interface ServerUrl {
  dialect: Dialect;
  /** The URL as given; pass it to drivers only, never to output. */
  raw: string;
  url: URL;
  /** The database named in the URL: Sluice connects there only to create its scratch databases. */
  database: string | undefined;
}

/** Parses a server URL and remembers its password, so no output can show it (see secrets.ts). */
export function parseServerUrl(raw: string): ServerUrl {
  const url = new URL(raw);
  rememberUrlSecret(raw);
  const dialect = dialectOf(raw);
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || undefined;
  return { dialect, raw, url, database };
}

/** postgres://app:secret@db:5432/x?sslpassword=y → postgres://app:***@db:5432/x?sslpassword=*** */
export function maskUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    for (const key of [...url.searchParams.keys()]) {
      if (/pass|pwd/i.test(key)) url.searchParams.set(key, '***');
    }
    return maskCredentials(url.toString());
  } catch {
    return maskCredentials(raw);
  }
}

/** The SQL dialect of an engine setting or URL: mysql:8.4, mariadb://…, local:mariadb → mysql; the rest postgres. */
export function dialectOf(engine: string): Dialect {
  return /^(local:)?(mysql|mariadb)(:|$)/.test(engine) ? 'mysql' : 'postgres';
}
