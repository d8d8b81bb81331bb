// local:postgres — a throwaway PostgreSQL from the machine's binaries: initdb into a temporary
// folder, the postmaster on 127.0.0.1 at a free port, the superuser's password random. As
// root it runs as the `postgres` account (PostgreSQL refuses to run as root).
import { spawn } from 'node:child_process';
import { chownSync, closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { EngineUnavailableError } from '../../errors.js';
import { rememberSecret } from '../../secrets.js';
import { randomPassword } from '../scratch.js';
import { localServer } from './lifecycle.js';
import { accountOf, findPostgresBinDir, freePort, isRoot, run, waitUntilReady, type Account } from './process.js';
import type { LocalServer } from './types.js';

export async function startLocalPostgres(setting: string): Promise<LocalServer> {
  const binDir = findPostgresBinDir();
  if (!binDir) {
    throw new EngineUnavailableError(
      `${setting} local:postgres needs PostgreSQL's server programs (initdb and postgres), found neither on PATH nor in /usr/lib/postgresql/*/bin; install the postgresql package (apt-get install postgresql), or use engine pglite or a postgres:// URL.`,
    );
  }
  let account: Account = {};
  if (isRoot()) {
    const found = await accountOf('postgres');
    if (!found) {
      throw new EngineUnavailableError(
        `${setting} local:postgres: PostgreSQL refuses to run as root and there is no postgres account to run it as; run Sluice as an ordinary user, or create the account (useradd --system postgres; the postgresql package does).`,
      );
    }
    account = found;
  }

  return localServer({
    folder: 'sluice-local-pg-',
    // SIGQUIT is PostgreSQL's immediate shutdown: the data is thrown away, nothing is worth flushing.
    stopSignal: 'SIGQUIT',
    log: { file: 'server.log', crash: /PANIC:|TRAP:|terminated by signal/ },
    failed: (message) => `${setting} local:postgres could not start a server: ${message}.`,
    start: async ({ dir, spawn: spawnGroup }) => {
      const dataDir = join(dir, 'data');
      const logFile = join(dir, 'server.log');
      const password = randomPassword();
      rememberSecret(password);
      const passwordFile = join(dir, 'superuser-password');
      writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
      if (account.uid !== undefined && account.gid !== undefined) {
        chownSync(dir, account.uid, account.gid);
        chownSync(passwordFile, account.uid, account.gid);
      }
      const as = { ...account, cwd: dir };
      await run(join(binDir, 'initdb'), [
        '-D', dataDir, '-U', 'postgres', `--pwfile=${passwordFile}`,
        '--auth-host=scram-sha-256', '--auth-local=trust', '--encoding=UTF8', '--locale=C', '--no-sync', '--no-instructions',
      ], as);
      const port = await freePort();
      const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

      // The postmaster is our own child in its own process group: a terminal's Ctrl-C reaches
      // Sluice, which then stops it; a crash test kills the whole group. fsync is off: the
      // server is thrown away, and a killed process (the OS alive) loses nothing it wrote.
      const launch = async () => {
        const child = spawnGroup(() => {
          const log = openSync(logFile, 'a');
          const started = spawn(join(binDir, 'postgres'), [
            '-D', dataDir, '-c', 'listen_addresses=127.0.0.1', '-c', `port=${port}`, '-c', `unix_socket_directories=${dir}`,
            '-c', 'fsync=off', '-c', 'max_connections=200',
          ], { ...as, detached: true, stdio: ['ignore', log, log] });
          closeSync(log);
          return started;
        });
        await waitUntilReady('PostgreSQL', child, logFile, () => login(url));
      };
      await launch();

      return {
        url,
        restart: async () => {
          // A killed backend can hold the shared memory a moment longer than its group lives on a
          // loaded machine: the new postmaster then refuses to start. Wait for it, a few seconds at most.
          const deadline = Date.now() + 15_000;
          for (;;) {
            try {
              return await launch();
            } catch (error) {
              if (!(error instanceof EngineUnavailableError) || !/shared memory block .* still in use/.test(error.message) || Date.now() > deadline) throw error;
              await new Promise((resolve) => setTimeout(resolve, 250));
            }
          }
        },
        relaxDurability: async (relaxed) => {
          await withAdmin(url, async (admin) => {
            await admin.query(relaxed ? 'ALTER SYSTEM SET synchronous_commit = off' : 'ALTER SYSTEM RESET synchronous_commit');
            await admin.query('SELECT pg_reload_conf()');
          });
          // The postmaster rereads its configuration a moment later: wait until new sessions see it.
          const wanted = relaxed ? 'off' : 'on';
          for (let i = 0; i < 100; i++) {
            const now = await withAdmin(url, async (admin) => (await admin.query<{ synchronous_commit: string }>('SHOW synchronous_commit')).rows[0]?.synchronous_commit);
            if (now === wanted) break;
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          return `synchronous_commit = ${wanted}`;
        },
      };
    },
  });
}

async function login(url: string): Promise<void> {
  await withAdmin(url, async (admin) => {
    await admin.query('SELECT 1');
  });
}

async function withAdmin<T>(url: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  admin.on('error', () => {});
  try {
    await admin.connect();
    return await work(admin);
  } finally {
    await admin.end().catch(() => {});
  }
}
