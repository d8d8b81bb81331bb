// Connection URLs: parsed once, and never shown with their password.

export interface ServerUrl {
  dialect: 'postgres' | 'mysql';
  /** The URL as given; pass it to drivers only, never to output. */
  raw: string;
  url: URL;
  /** The database named in the URL: Sluice connects there only to create its scratch databases. */
  database: string | undefined;
}

export function parseServerUrl(raw: string): ServerUrl {
  const url = new URL(raw);
  const scheme = url.protocol.replace(/:$/, '');
  const dialect = scheme === 'mysql' || scheme === 'mariadb' ? 'mysql' : 'postgres';
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || undefined;
  return { dialect, raw, url, database };
}

/** postgres://app:secret@db:5432/x → postgres://app:***@db:5432/x */
export function maskUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return raw.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  }
}

/** Replaces every password from `secrets` in a message (driver errors sometimes echo the URL). */
export function redact(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const secret of secrets) {
    if (secret.length >= 3) out = out.split(secret).join('***');
  }
  return out;
}
