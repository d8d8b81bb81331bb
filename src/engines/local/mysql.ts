// local:mariadb and local:mysql — a throwaway server from the machine's binaries: the system
// tables installed into a temporary folder (mariadb-install-db, mysqld --initialize-insecure),
// the server on 127.0.0.1 at a free port, root given a random password over its socket.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { EngineUnavailableError } from '../../errors.js';
import { rememberSecret } from '../../secrets.js';
import { randomPassword } from '../scratch.js';
import { localServer } from './lifecycle.js';
import { findProgram, freePort, isRoot, run, waitUntilReady } from './process.js';
import type { LocalServer } from './types.js';

type Kind = 'mariadb' | 'mysql';

const PRODUCT: Record<Kind, string> = { mariadb: 'MariaDB', mysql: 'MySQL' };

/** The server program and how its data folder is made, or one sentence naming the package. */
async function programs(kind: Kind, setting: string): Promise<{ server: string; install: (common: string[]) => [string, string[]] }> {
  if (kind === 'mariadb') {
    const server = findProgram('mariadbd') ?? findProgram('mysqld');
    const installer = findProgram('mariadb-install-db') ?? findProgram('mysql_install_db');
    if (!server || !installer) {
      throw new EngineUnavailableError(
        `${setting} local:mariadb needs MariaDB's server programs (mariadbd and mariadb-install-db), not found on PATH or in /usr/sbin; install the mariadb-server package (apt-get install mariadb-server), or use a mysql:// URL.`,
      );
    }
    return {
      server,
      install: (common) => [installer, [...common, '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve']],
    };
  }
  const server = findProgram('mysqld');
  const version = server ? await run(server, ['--version']).catch(() => '') : '';
  if (!server || /mariadb/i.test(version)) {
    throw new EngineUnavailableError(
      `${setting} local:mysql needs MySQL's mysqld${server ? ` (this machine's ${server} is MariaDB: use engine local:mariadb)` : ', not found on PATH or in /usr/sbin'}; install the mysql-server package, or use engine mysql:<tag> (a container) or a mysql:// URL.`,
    );
  }
  return { server, install: (common) => [server, [...common, '--initialize-insecure']] };
}

export async function startLocalMysql(kind: Kind, setting: string): Promise<LocalServer> {
  const product = PRODUCT[kind];
  const found = await programs(kind, setting);
  return localServer({
    folder: `sluice-local-${kind}-`,
    stopSignal: 'SIGKILL',
    log: { file: 'error.log', crash: /Assertion failure|Failing assertion|\[ERROR\]/ },
    failed: (message) => `${setting} local:${kind} could not start a ${product} server: ${message}.`,
    start: async ({ dir, spawn: spawnGroup }) => {
      const dataDir = join(dir, 'data');
      const socket = join(dir, 'sock');
      const logFile = join(dir, 'error.log');
      // As root the server must be told it may stay root; as anyone else it runs as that user.
      const common = ['--no-defaults', `--datadir=${dataDir}`, ...(isRoot() ? ['--user=root'] : [])];
      const [installer, installArgs] = found.install(common);
      await run(installer, installArgs, { cwd: dir });
      const port = await freePort();
      const password = randomPassword();
      rememberSecret(password);
      const url = `mysql://root:${encodeURIComponent(password)}@127.0.0.1:${port}/`;
      const connect = () => mysql.createConnection({ host: '127.0.0.1', port, user: 'root', password, connectTimeout: 5_000 });

      // The durability setting the server runs with; given at every start, as a configuration
      // file would, so a restart keeps what relaxDurability set.
      let flushAtCommit = 1;
      const launch = async (probe: () => Promise<unknown>) => {
        const child = spawnGroup(() => {
          const log = openSync(logFile, 'a');
          const started = spawn(found.server, [
            ...common, `--port=${port}`, '--bind-address=127.0.0.1', `--socket=${socket}`, `--pid-file=${join(dir, 'server.pid')}`,
            `--log-error=${logFile}`, '--skip-name-resolve', '--skip-log-bin', '--innodb-buffer-pool-size=128M', '--max-connections=300',
            `--innodb-flush-log-at-trx-commit=${flushAtCommit}`,
          ], { cwd: dir, detached: true, stdio: ['ignore', log, log] });
          closeSync(log);
          return started;
        });
        await waitUntilReady(product, child, logFile, probe);
      };
      // First start: root has no password yet and logs in over the socket only.
      await launch(async () => {
        const c = await mysql.createConnection({ socketPath: socket, user: 'root', connectTimeout: 2_000 });
        await c.end();
      });
      const local = await mysql.createConnection({ socketPath: socket, user: 'root' });
      try {
        // With --skip-name-resolve TCP logins match 127.0.0.1 accounts only.
        await local.query(`CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY ${local.escape(password)}`);
        await local.query(`ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY ${local.escape(password)}`);
        await local.query(`GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION`);
      } finally {
        await local.end();
      }
      const login = async () => {
        const c = await connect();
        await c.end();
      };
      return {
        url,
        restart: () => launch(login),
        relaxDurability: async (relaxed) => {
          const value = (flushAtCommit = relaxed ? 2 : 1);
          const admin = await connect();
          try {
            await admin.query(`SET GLOBAL innodb_flush_log_at_trx_commit = ${value}`);
          } finally {
            await admin.end();
          }
          return `innodb_flush_log_at_trx_commit = ${value}`;
        },
      };
    },
  });
}
