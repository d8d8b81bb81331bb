// Settings given outside sluice.yml — CLI flags and Action inputs — checked before a database
// starts, each with one sentence naming the flag or input and the fix. `origin` is how the
// user wrote the setting: "--engine" on the CLI, "input 'engine'" in the Action.
import { constants } from 'node:fs';
import { open, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { ENGINE_PATTERN, type FailOn } from './schema/index.js';

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

export function checkEngine(value: string | undefined, origin: string): string | undefined {
  if (value !== undefined && !ENGINE_PATTERN.test(value)) {
    // A value that looks like a URL may hold a password: do not echo it.
    const shown = value.includes('://') ? 'this URL' : `'${value}'`;
    throw new UsageError(`${origin}: ${shown} is not an engine; use pglite, postgres:16, mysql:8.4, mariadb:11, local:postgres, local:mariadb, or a postgres:// or mysql:// URL.`);
  }
  return value;
}

export function checkFailOn(value: string | undefined, origin: string): FailOn | undefined {
  if (value !== undefined && !(FAIL_ON as readonly string[]).includes(value)) {
    throw new UsageError(`${origin}: '${value}' is not a fail-on level; use one of ${FAIL_ON.join(', ')}.`);
  }
  return value as FailOn | undefined;
}

/** A server URL: parsed here so a typo is a usage error, not a driver's stack trace. Never echoed (it holds a password). */
export function checkDatabaseUrl(value: string | undefined, origin: string): string | undefined {
  if (value === undefined) return undefined;
  const example = 'such as postgres://user:password@localhost:5432/postgres';
  if (value.trim() === '') throw new UsageError(`${origin} is empty; give a server URL ${example}, or leave it out for the embedded engine.`);
  if (!/^(postgres|postgresql|mysql|mariadb):\/\//.test(value)) {
    throw new UsageError(`${origin} is not a postgres://, postgresql://, mysql:// or mariadb:// URL; give one ${example}.`);
  }
  try {
    const url = new URL(value);
    if (!url.hostname) throw new Error('no host');
  } catch {
    throw new UsageError(`${origin} is not a valid URL; write it ${example}, percent-encoding special characters in the password (@ as %40, # as %23).`);
  }
  return value;
}

/**
 * The report file must be writable before the gate runs, so a typo in its path is not found
 * after the report has already said "pass". Opening it proves more than permission bits (which
 * root ignores): a file that exists is opened without truncating; a new one is created and removed.
 */
export async function checkReportPath(file: string | undefined, origin: string): Promise<string | undefined> {
  if (file === undefined) return undefined;
  if (file.trim() === '') throw new UsageError(`${origin} needs a file name, such as ${origin} sluice-report.json.`);
  const absolute = path.resolve(file);
  const folder = path.dirname(file);
  const existing = await stat(absolute).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw new UsageError(`${origin} ${file}: is a directory; give a file path such as ${path.join(file, 'sluice-report.json')}.`);
  }
  const parent = await stat(path.dirname(absolute)).catch(() => undefined);
  if (!parent) throw new UsageError(`${origin} ${file}: the folder ${folder} does not exist; create it (mkdir -p ${folder}) or write the report elsewhere.`);
  if (!parent.isDirectory()) throw new UsageError(`${origin} ${file}: ${folder} is a file, not a folder; write the report elsewhere.`);
  try {
    const handle = await open(absolute, existing ? constants.O_WRONLY : constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL);
    await handle.close();
    if (!existing) await unlink(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`${origin} ${file}: cannot be written (${code}); make ${existing ? 'the file' : `the folder ${folder}`} writable or write the report elsewhere.`);
  }
  return file;
}
