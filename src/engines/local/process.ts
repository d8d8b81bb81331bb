// The plumbing of a server Sluice runs from the machine's own binaries: finding programs,
// running them, a free loopback port, the account a server runs as, waiting until it answers,
// killing its whole process group.
import { execFile, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { EngineUnavailableError } from '../../errors.js';
import { redactSecrets } from '../../secrets.js';

const execFileAsync = promisify(execFile);

/** How long a local server may take to accept its first login. */
export const STARTUP_TIMEOUT_MS = 60_000;

export const isRoot = (): boolean => process.getuid?.() === 0;

/** A program on PATH or in the sbin folders, which non-login root shells often lack (Debian puts mariadbd there). */
export function findProgram(program: string): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = join(dir, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

const POSTGRES_ROOT = '/usr/lib/postgresql';

/** The folder holding initdb and postgres: PATH first, else the newest /usr/lib/postgresql/<major>/bin. */
export function findPostgresBinDir(): string | undefined {
  const onPath = findProgram('initdb');
  if (onPath && existsSync(join(onPath, '..', 'postgres'))) return join(onPath, '..');
  if (!existsSync(POSTGRES_ROOT)) return undefined;
  const majors = readdirSync(POSTGRES_ROOT)
    .filter((name) => existsSync(join(POSTGRES_ROOT, name, 'bin', 'initdb')) && existsSync(join(POSTGRES_ROOT, name, 'bin', 'postgres')))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  return majors.length > 0 ? join(POSTGRES_ROOT, majors[0]!, 'bin') : undefined;
}

export interface Account {
  uid?: number;
  gid?: number;
}

/** Runs a program to completion; on failure the message carries its last lines of output, secrets masked. */
export async function run(program: string, args: readonly string[], options: Account & { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  try {
    const { stdout } = await execFileAsync(program, args, { maxBuffer: 16 * 1024 * 1024, ...options });
    return stdout;
  } catch (error) {
    const { stderr = '', stdout = '', message } = error as { stderr?: string; stdout?: string; message: string };
    const output = `${stderr}`.trim() || `${stdout}`.trim() || message;
    throw new Error(`${program.split('/').pop()} failed: ${redactSecrets(output.split('\n').slice(-5).join(' | '))}`);
  }
}

/** The uid and gid of a system account, or undefined when there is none. */
export async function accountOf(name: string): Promise<Account | undefined> {
  try {
    return { uid: Number(await run('id', ['-u', name])), gid: Number(await run('id', ['-g', name])) };
  } catch {
    return undefined;
  }
}

/** Asks the kernel for a free loopback port (released before the server binds it: a tiny race). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export const exited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

/** Polls `probe` until it succeeds; fails at once, with the log's last lines, if the server exits. */
export async function waitUntilReady(product: string, child: ChildProcess, logFile: string, probe: () => Promise<unknown>): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    if (exited(child)) {
      throw new EngineUnavailableError(`The local ${product} server exited while starting (${child.exitCode ?? child.signalCode}); its log ends: ${tail(logFile)}`);
    }
    if (await probe().then(() => true, () => false)) return;
    if (Date.now() > deadline) {
      throw new EngineUnavailableError(`The local ${product} server did not accept a login within ${STARTUP_TIMEOUT_MS / 1000} s; its log ends: ${tail(logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * SIGKILLs the server's whole process group (PostgreSQL's backends too: a postmaster killed
 * alone leaves backends holding the shared memory, and no new one could start on the folder),
 * and waits until the leader is reaped.
 */
export async function killGroup(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (!child || exited(child)) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid!, signal);
  } catch {
    child.kill(signal);
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 10_000);
  await gone;
  clearTimeout(timer);
  // Backends of the group may outlive the leader by a moment: wait until none is left.
  for (let i = 0; i < 200; i++) {
    try {
      process.kill(-child.pid!, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The first `count` lines matching `pattern` that a log gained after byte `from`, on one line, secrets masked. */
export function linesSince(file: string, from: number, pattern: RegExp, count: number): string {
  try {
    const added = readFileSync(file).subarray(from).toString('utf8');
    return redactSecrets(added.split('\n').filter((line) => pattern.test(line)).slice(0, count).map((line) => line.trim()).join(' | '));
  } catch {
    return '';
  }
}

/** The last lines of a server log, on one line, secrets masked. */
export function tail(file: string, lines = 5): string {
  try {
    return redactSecrets(readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join(' | '));
  } catch {
    return '(no log written)';
  }
}
