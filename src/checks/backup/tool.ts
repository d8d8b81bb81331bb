// The engines' own dump and restore programs, run as child processes: found on PATH (one
// sentence naming the package when they are not), credentials passed in the environment or a
// defaults file in a private temporary folder (never on the command line, where `ps` shows
// them), their error output masked, and killed on a signal like everything else Sluice starts.
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EngineUnavailableError } from '../../errors.js';
import { onCleanup } from '../../engines/scratch.js';
import { redactSecrets, rememberUrlSecret } from '../../secrets.js';

/** Lines of a failing tool's error output quoted in the finding. */
const TAIL_LINES = 5;

/** The first of `names` on PATH, or one sentence saying which package brings it. */
export async function findTool(names: readonly string[], install: string, setting: string): Promise<string> {
  const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      try {
        await access(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  throw new EngineUnavailableError(
    `${setting} needs ${names.join(' or ')}, which ${names.length === 1 ? 'is' : 'are'} not on PATH; install ${install}, or remove checks.backup.`,
  );
}

export interface ToolResult {
  /** The exit code; a signal counts as failure (-1). */
  code: number;
  /** The last lines of its error output, secrets masked. */
  tail: string;
  ms: number;
}

export interface ToolRun {
  env?: Record<string, string>;
  /** A file given to the program as its standard input (the mariadb client reads the dump so). */
  stdinFile?: string;
  /** A file its standard output goes to (mariadb-dump writes the dump so). */
  stdoutFile?: string;
}

/** Runs one program to its end; never throws for its exit code (the caller reports it). */
export async function runTool(bin: string, args: readonly string[], run: ToolRun = {}): Promise<ToolResult> {
  const stdin = run.stdinFile ? await open(run.stdinFile, 'r') : undefined;
  const stdout = run.stdoutFile ? await open(run.stdoutFile, 'w', 0o600) : undefined;
  const started = performance.now();
  try {
    const child = spawn(bin, args, {
      env: { ...withoutClientVariables(process.env), ...run.env },
      stdio: [stdin ? stdin.fd : 'ignore', stdout ? stdout.fd : 'ignore', 'pipe'],
    });
    // A signal during a long dump stops the program too; its files go with the temporary folder.
    const forget = onCleanup(async () => {
      child.kill('SIGKILL');
    });
    let errors = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      errors = (errors + chunk).slice(-16_000);
    });
    const code = await new Promise<number>((resolve) => {
      child.once('error', (error) => {
        errors += `\n${error.message}`;
        resolve(-1);
      });
      child.once('close', (exit) => resolve(exit ?? -1));
    });
    forget();
    const tail = errors.split('\n').map((l) => l.trim()).filter(Boolean).slice(-TAIL_LINES).join(' / ');
    return { code, tail: redactSecrets(tail), ms: performance.now() - started };
  } finally {
    await stdin?.close();
    await stdout?.close();
  }
}

// PGHOST, PGPASSWORD, PGSERVICE … or MYSQL_HOST of the runner would decide where the tools
// connect and as whom: Sluice says that itself.
function withoutClientVariables(env: NodeJS.ProcessEnv): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && !/^(PG[A-Z]+|MYSQL_[A-Z_]+|MARIADB_[A-Z_]+)$/.test(key)) kept[key] = value;
  }
  return kept;
}

/** A private temporary folder (mode 0700) for the dump and the defaults file, removed at the end and on a signal. */
export async function scratchFolder(): Promise<{ dir: string; remove: () => Promise<void> }> {
  let dir: string | undefined;
  const forget = onCleanup(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  dir = await mkdtemp(path.join(tmpdir(), 'sluice-backup-'));
  const made = dir;
  return {
    dir: made,
    remove: async () => {
      forget();
      await rm(made, { recursive: true, force: true });
    },
  };
}

/** libpq's variables for a postgres:// URL: the tools read host, role and password from them. */
export function postgresEnvironment(raw: string, database: string): Record<string, string> {
  rememberUrlSecret(raw);
  const url = new URL(raw);
  const env: Record<string, string> = {
    PGHOST: url.hostname.replace(/^\[|\]$/g, '') || 'localhost',
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username),
    PGDATABASE: database,
    PGAPPNAME: 'sluice-backup',
    PGCONNECT_TIMEOUT: '10',
  };
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  for (const [key, variable] of [['sslmode', 'PGSSLMODE'], ['sslrootcert', 'PGSSLROOTCERT'], ['password', 'PGPASSWORD'], ['user', 'PGUSER']] as const) {
    const value = url.searchParams.get(key);
    if (value) env[variable] = value;
  }
  return env;
}

/**
 * A MySQL option file with the URL's account, for --defaults-extra-file (MYSQL_PWD is
 * deprecated in MySQL 8). TCP always: `localhost` would otherwise mean the local socket.
 */
export async function mysqlDefaultsFile(dir: string, raw: string): Promise<string> {
  rememberUrlSecret(raw);
  const url = new URL(raw);
  const quoted = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const lines = [
    '[client]',
    `user=${quoted(decodeURIComponent(url.username))}`,
    `password=${quoted(decodeURIComponent(url.password))}`,
    `host=${quoted(url.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1')}`,
    `port=${url.port || '3306'}`,
    'protocol=tcp',
  ];
  const file = path.join(dir, 'client.cnf');
  await writeFile(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  return file;
}
