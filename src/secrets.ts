// Secrets stay secret: every password Sluice was given is collected here once, and every
// line Sluice prints or posts passes through `redactSecrets`. Known secrets are replaced
// wherever they appear; on top, anything shaped like a credential is masked by pattern, so a
// URL that could not be parsed (a typo, a port out of range) or a libpq-style `?password=`
// never depends on parsing having succeeded.
const secrets = new Set<string>();

/** `//user:password@` or a bare `user:password@` — the password part, however mangled the rest of the URL. */
const USERINFO = /((?:^|[\s'"(=</])[^\s:/@'"`<>]*:)([^\s@'"`<>/][^\s@'"`<>]*)(@)/g;
/** `password=…`, `sslpassword=…`, `pwd=…` in query strings and key=value connection strings. */
const PASSWORD_PARAM = /(\b(?:ssl)?(?:password|passwd|pwd|pass)=)([^\s&;'"`]+)/gi;

/** Remembers the password of a connection URL (and the whole URL) so output never shows it. */
export function rememberUrlSecret(raw: string | undefined): string[] {
  if (!raw) return [];
  const found: string[] = [];
  try {
    const url = new URL(raw);
    // Drivers may echo either spelling: as typed in the URL, or decoded.
    if (url.password) found.push(raw, url.password, safeDecode(url.password));
    for (const [key, value] of url.searchParams) {
      if (/pass|pwd/i.test(key) && value) found.push(raw, value);
    }
  } catch {
    // Not a URL (a typo): take the password out by pattern instead.
    for (const pattern of [USERINFO, PASSWORD_PARAM]) {
      for (const match of raw.matchAll(pattern)) found.push(raw, match[2]!, safeDecode(match[2]!));
    }
  }
  found.forEach(rememberSecret);
  return [...new Set(found)];
}

/** Remembers one secret value (a generated password, a token). */
export function rememberSecret(secret: string): void {
  if (secret.length >= 3) secrets.add(secret);
}

export function redactSecrets(text: string): string {
  let out = text;
  // Longest first, so a whole URL is replaced before the password inside it.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join('***');
  }
  return maskCredentials(out);
}

/** Masks whatever is shaped like a credential in `text`, without knowing any secret. */
export function maskCredentials(text: string): string {
  return text.replace(USERINFO, '$1***$3').replace(PASSWORD_PARAM, '$1***');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
