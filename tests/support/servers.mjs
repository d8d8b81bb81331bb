// Throwaway PostgreSQL and MariaDB servers on loopback for the test suite.
// Each server lives in its own temp dir, listens on 127.0.0.1 on a free port and
// is tuned for speed, not durability: everything is deleted when the run ends.
//
// Root is not required. As an ordinary user both servers run as that user. As root,
// PostgreSQL (which refuses to run as root) runs as the `postgres` account and MariaDB
// as root, and missing server packages are installed with apt-get.

import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chownSync, closeSync, constants, existsSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const POSTGRES_ROOT = '/usr/lib/postgresql';
const STARTUP_TIMEOUT_MS = 30_000;
const isRoot = process.getuid?.() === 0;

/** A server failed to come up; `logTail` holds the last lines of its log for the user. */
export class ServerStartError extends Error {
  /**
   * @param {string} message
   * @param {string} logTail
   */
  constructor(message, logTail) {
    super(message);
    this.name = 'ServerStartError';
    this.logTail = logTail;
  }
}

/**
 * @typedef {object} StartedPostgres
 * @property {string} url         the `sluice` role: LOGIN CREATEDB CREATEROLE, not superuser
 * @property {string} limitedUrl  the `sluice_limited` role on its own database, no CREATEDB
 * @property {string} adminUrl    the `postgres` superuser
 * @property {() => Promise<void>} stop  stops the server and deletes its temp dir
 */

/**
 * @typedef {object} StartedMariadb
 * @property {string} url         the `sluice` user: ALL PRIVILEGES ON *.* WITH GRANT OPTION
 * @property {string} limitedUrl  the `sluice_limited` user: ALL on `sluice_limited_db`.* only
 * @property {string} adminUrl    root over TCP
 * @property {() => Promise<void>} stop  stops the server and deletes its temp dir
 */

/** @returns {string | undefined} the bin dir of the newest PostgreSQL major installed */
export function findPostgresBinDir() {
  if (!existsSync(POSTGRES_ROOT)) return undefined;
  const majors = readdirSync(POSTGRES_ROOT)
    .filter((name) => existsSync(join(POSTGRES_ROOT, name, 'bin', 'initdb')))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  return majors.length > 0 ? join(POSTGRES_ROOT, majors[0], 'bin') : undefined;
}

/**
 * Looks a program up on PATH plus the sbin dirs, which non-login root shells often lack
 * and where Debian puts `mariadbd`.
 * @param {string} program
 * @returns {string | undefined}
 */
export function findProgram(program) {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = join(dir, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here, keep looking
    }
  }
  return undefined;
}

/**
 * Installs the server packages this machine lacks, with one apt run so two installs
 * never fight over the dpkg lock.
 * @param {{ postgres: boolean, mariadb: boolean }} wanted  which servers the run will start
 */
export async function ensureServerPackages(wanted) {
  /** @type {Array<{ package: string, missing: string, envPrefix: string }>} */
  const lacking = [];
  if (wanted.postgres && !findPostgresBinDir()) {
    lacking.push({ package: 'postgresql', missing: `PostgreSQL server binaries not found (no ${POSTGRES_ROOT}/<major>/bin/initdb)`, envPrefix: 'SLUICE_TEST_POSTGRES' });
  }
  if (wanted.mariadb && !findProgram('mariadbd')) {
    lacking.push({ package: 'mariadb-server', missing: 'MariaDB server not found (no mariadbd on PATH or in /usr/sbin)', envPrefix: 'SLUICE_TEST_MYSQL' });
  }
  if (lacking.length === 0) return;
  const packages = lacking.map((entry) => entry.package);
  if (!isRoot) {
    // Only root may install packages; say exactly what to install or which variables to set.
    throw new Error(
      lacking
        .map((entry) =>
          `${entry.missing}. Install it as root with \`apt-get install ${entry.package}\`, or set ` +
          `${entry.envPrefix}_URL, ${entry.envPrefix}_LIMITED_URL and ${entry.envPrefix}_ADMIN_URL to an existing ` +
          'server (README, Development, lists the accounts they need).',
        )
        .join('\n'),
    );
  }
  console.error(`sluice tests: installing ${packages.join(', ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update'], { env });
  await run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env });
}

/** @returns {Promise<StartedPostgres>} */
export async function startPostgres() {
  const binDir = findPostgresBinDir();
  if (!binDir) throw new ServerStartError(`PostgreSQL is not installed (no ${POSTGRES_ROOT}/*/bin/initdb)`, '');
  const bin = (/** @type {string} */ name) => join(binDir, name);

  const dir = await mkdtemp(join(tmpdir(), 'sluice-test-pg-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let server;
  // SIGQUIT is PostgreSQL's immediate shutdown: the data is thrown away, nothing is worth flushing.
  const stop = async () => {
    await stopProcess(server, 'SIGQUIT');
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const port = await freePort();
    const passwords = { postgres: secret(), sluice: secret(), limited: secret() };
    const passwordFile = join(dir, 'superuser-password');
    writeFileSync(passwordFile, `${passwords.postgres}\n`, { mode: 0o600 });
    // PostgreSQL refuses to run as root: as root the dir belongs to `postgres` and so do the
    // processes; as anyone else everything runs as that user.
    const account = isRoot ? await postgresAccount() : {};
    if (account.uid !== undefined && account.gid !== undefined) {
      chownSync(dir, account.uid, account.gid);
      chownSync(passwordFile, account.uid, account.gid);
    }
    const asPostgres = { ...account, cwd: dir };

    await run(bin('initdb'), [
      '-D', dataDir, '-U', 'postgres', `--pwfile=${passwordFile}`,
      '--auth-host=scram-sha-256', '--auth-local=trust',
      '--encoding=UTF8', '--locale=C', '--no-sync', '--no-instructions',
    ], asPostgres);

    // The postmaster is our own child rather than pg_ctl's daemon, so we reap it and see
    // at once if it dies. Its own process group keeps a terminal Ctrl-C away from it:
    // the tests stop first, then we stop the server.
    const log = openSync(logFile, 'a');
    server = spawn(bin('postgres'), [
      '-D', dataDir,
      '-c', 'listen_addresses=127.0.0.1',
      '-c', `port=${port}`,
      '-c', `unix_socket_directories=${dir}`,
      '-c', 'fsync=off',
      '-c', 'synchronous_commit=off',
      '-c', 'full_page_writes=off',
      // The two-phase-commit check needs prepared transactions (the server's default is 0).
      '-c', 'max_prepared_transactions=10',
      // pg_stat_statements, for the transactions' and load phases' server-side deltas.
      '-c', 'shared_preload_libraries=pg_stat_statements',
    ], { ...asPostgres, detached: true, stdio: ['ignore', log, log] });
    closeSync(log);

    const socketArgs = ['-h', dir, '-p', String(port), '-U', 'postgres', '-d', 'postgres'];
    await waitUntilReady('PostgreSQL', server, logFile, () => run(bin('pg_isready'), ['-q', ...socketArgs], asPostgres));

    await run(bin('psql'), [
      '-X', '-q', '-v', 'ON_ERROR_STOP=1', ...socketArgs,
      // Not superuser, but enough to create the per-run login roles and databases the gate makes.
      '-c', `CREATE ROLE sluice LOGIN PASSWORD '${passwords.sluice}' CREATEDB CREATEROLE`,
      '-c', `CREATE ROLE sluice_limited LOGIN PASSWORD '${passwords.limited}'`,
      '-c', 'CREATE DATABASE sluice_limited_db OWNER sluice_limited',
    ], asPostgres);
    // In template1, so every scratch database has the view; in a schema of its own, so the
    // project's schema (public) shows nothing the migrations did not make.
    await run(bin('psql'), [
      '-X', '-q', '-v', 'ON_ERROR_STOP=1', ...socketArgs.slice(0, -1), 'template1',
      '-c', 'CREATE SCHEMA statements',
      '-c', 'CREATE EXTENSION pg_stat_statements SCHEMA statements',
      '-c', 'GRANT USAGE ON SCHEMA statements TO PUBLIC',
    ], asPostgres);

    const at = `127.0.0.1:${port}`;
    return {
      url: `postgres://sluice:${passwords.sluice}@${at}/postgres`,
      limitedUrl: `postgres://sluice_limited:${passwords.limited}@${at}/sluice_limited_db`,
      adminUrl: `postgres://postgres:${passwords.postgres}@${at}/postgres`,
      stop,
    };
  } catch (error) {
    const logTail = error instanceof ServerStartError ? error.logTail : tail(logFile);
    await stop();
    if (error instanceof ServerStartError) throw error;
    throw new ServerStartError(`PostgreSQL setup failed (${firstLine(error)})`, logTail);
  }
}

/** @returns {Promise<StartedMariadb>} */
export async function startMariadb() {
  const mariadbd = findProgram('mariadbd');
  if (!mariadbd) throw new ServerStartError('MariaDB is not installed (no mariadbd on PATH)', '');

  const dir = await mkdtemp(join(tmpdir(), 'sluice-test-mariadb-'));
  const dataDir = join(dir, 'data');
  const socket = join(dir, 'sock');
  const logFile = join(dir, 'error.log');
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let server;
  const stop = async () => {
    await stopProcess(server, 'SIGTERM');
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const port = await freePort();
    const passwords = { root: secret(), sluice: secret(), limited: secret() };
    // As root MariaDB must be told it may stay root; as anyone else it runs as that user
    // (and --user would only draw a warning).
    const common = ['--no-defaults', `--datadir=${dataDir}`, ...(isRoot ? ['--user=root'] : [])];
    // Durability off and no DNS: the server is thrown away, and lookups only slow logins.
    const fast = [
      '--skip-name-resolve',
      '--skip-log-bin',
      '--innodb-flush-log-at-trx-commit=0',
      '--innodb-doublewrite=0',
      '--innodb-buffer-pool-size=256M',
      '--innodb-fast-shutdown=2',
      // Rows examined and NO_INDEX_USED per statement, read from the statement history.
      '--performance-schema=ON',
      '--performance-schema-consumer-events-statements-current=ON',
      '--performance-schema-consumer-events-statements-history=ON',
      // Metadata locks, for the MySQL lock trace (MariaDB leaves this instrument off).
      '--performance-schema-instrument=wait/lock/metadata/sql/mdl=ON',
    ];

    // No `fast` settings here: the bootstrap must shut down cleanly or the datadir is torn.
    await run(findProgram('mariadb-install-db') ?? 'mariadb-install-db', [
      ...common, '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve',
    ], { cwd: dir });

    // Messages printed before --log-error takes over (bad options) land in the same file.
    const log = openSync(logFile, 'a');
    server = spawn(mariadbd, [
      ...common, ...fast,
      `--port=${port}`, '--bind-address=127.0.0.1', `--socket=${socket}`,
      `--pid-file=${join(dir, 'mariadbd.pid')}`, `--log-error=${logFile}`,
    ], { cwd: dir, detached: true, stdio: ['ignore', log, log] });
    closeSync(log);
    const admin = findProgram('mariadb-admin') ?? 'mariadb-admin';
    await waitUntilReady('MariaDB', server, logFile, () =>
      run(admin, ['--no-defaults', `--socket=${socket}`, '-uroot', '--connect-timeout=2', 'ping']));

    // `sluice` creates the per-run users and grants them their databases, hence GRANT OPTION.
    const sql = [
      `CREATE USER 'sluice'@'127.0.0.1' IDENTIFIED BY '${passwords.sluice}'`,
      `GRANT ALL PRIVILEGES ON *.* TO 'sluice'@'127.0.0.1' WITH GRANT OPTION`,
      `CREATE USER 'sluice'@'localhost' IDENTIFIED BY '${passwords.sluice}'`,
      `GRANT ALL PRIVILEGES ON *.* TO 'sluice'@'localhost' WITH GRANT OPTION`,
      `CREATE USER 'sluice_limited'@'127.0.0.1' IDENTIFIED BY '${passwords.limited}'`,
      'CREATE DATABASE sluice_limited_db',
      `GRANT ALL PRIVILEGES ON sluice_limited_db.* TO 'sluice_limited'@'127.0.0.1'`,
      // With --skip-name-resolve TCP logins only match 127.0.0.1 accounts; install-db may
      // already have made a passwordless root@127.0.0.1, so replace it.
      `CREATE OR REPLACE USER 'root'@'127.0.0.1' IDENTIFIED BY '${passwords.root}'`,
      `GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION`,
    ].join(';\n');
    await run(findProgram('mariadb') ?? 'mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', sql], { cwd: dir });

    const at = `127.0.0.1:${port}`;
    return {
      url: `mysql://sluice:${passwords.sluice}@${at}/`,
      limitedUrl: `mysql://sluice_limited:${passwords.limited}@${at}/sluice_limited_db`,
      adminUrl: `mysql://root:${passwords.root}@${at}/`,
      stop,
    };
  } catch (error) {
    const logTail = error instanceof ServerStartError ? error.logTail : tail(logFile);
    await stop();
    if (error instanceof ServerStartError) throw error;
    throw new ServerStartError(`MariaDB setup failed (${firstLine(error)})`, logTail);
  }
}

/**
 * Polls `probe` until it succeeds; gives up early if the server exits.
 * @param {string} engine
 * @param {import('node:child_process').ChildProcess} server
 * @param {string} logFile
 * @param {() => Promise<unknown>} probe
 */
async function waitUntilReady(engine, server, logFile, probe) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new ServerStartError(`${engine} exited during startup (${server.exitCode ?? server.signalCode})`, tail(logFile));
    }
    if (await probe().then(() => true, () => false)) return;
    if (Date.now() > deadline) {
      throw new ServerStartError(`${engine} did not answer within ${STARTUP_TIMEOUT_MS / 1000} s`, tail(logFile));
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Signals a server and waits for it to exit, killing it if it takes too long.
 * @param {import('node:child_process').ChildProcess | undefined} server
 * @param {NodeJS.Signals} signal
 */
async function stopProcess(server, signal) {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill(signal);
  const timer = setTimeout(() => server.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Runs a program to completion; on failure the error message carries its output.
 * @param {string} program
 * @param {string[]} args
 * @param {import('node:child_process').ExecFileOptions} [options]
 */
async function run(program, args, options = {}) {
  try {
    return await execFileAsync(program, args, { maxBuffer: 16 * 1024 * 1024, ...options });
  } catch (error) {
    const { stderr = '', stdout = '' } = /** @type {{ stderr?: string, stdout?: string }} */ (error);
    const output = `${stderr}`.trim() || `${stdout}`.trim();
    throw new Error(`${program.split('/').pop()} ${args[0] ?? ''} failed: ${output.split('\n').slice(-5).join(' | ') || firstLine(error)}`);
  }
}

/** @returns {Promise<{ uid: number, gid: number }>} the `postgres` account, for running as root */
async function postgresAccount() {
  try {
    const { stdout: uid } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    return { uid: Number(uid), gid: Number(gid) };
  } catch {
    throw new ServerStartError(
      'PostgreSQL cannot run as root and there is no `postgres` account to run it as; ' +
        'run the tests as an ordinary user, or create the account (`apt-get install postgresql` does)',
      '',
    );
  }
}

/**
 * Asks the kernel for a free loopback port. The port is released before the server
 * binds it, a tiny race that does not matter on a test machine.
 * @returns {Promise<number>}
 */
function freePort() {
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

/** URL- and SQL-literal-safe random password. */
function secret() {
  return randomBytes(18).toString('base64url');
}

/**
 * @param {string} file
 * @param {number} [lines]
 */
function tail(file, lines = 15) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log written)';
  }
}

/** @param {unknown} error */
function firstLine(error) {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
