// Secrets stay secret: every password Sluice was given is collected here once, and every
// line Sluice prints or posts passes through `redactSecrets`.
const secrets = new Set<string>();

/** Remembers the password of a connection URL (and the whole URL) so output never shows it. */
export function rememberUrlSecret(raw: string | undefined): string[] {
  if (!raw) return [];
  const found: string[] = [];
  try {
    const encoded = new URL(raw).password;
    // Drivers may echo either spelling: as typed in the URL, or decoded.
    if (encoded) found.push(raw, encoded, decodeURIComponent(encoded));
  } catch {
    // not a URL: nothing to remember
  }
  found.forEach((s) => secrets.add(s));
  return found;
}

export function redactSecrets(text: string): string {
  let out = text;
  // Longest first, so a whole URL is replaced before the password inside it.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 3) out = out.split(secret).join('***');
  }
  return out;
}
