// A cancelled run (Ctrl-C on the CLI, a cancelled workflow's SIGTERM) drops its scratch
// databases before it exits.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { scratchDatabasesOnMysql, scratchDatabasesOnPostgres } from '../support/leftovers.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

for (const [name, signal, code, url, leftovers] of [
  ['PostgreSQL', 'SIGINT', 130, postgresUrl, scratchDatabasesOnPostgres],
  ['MariaDB', 'SIGTERM', 143, mysqlUrl, scratchDatabasesOnMysql],
] as const) {
  test(`${signal} in the middle of seeding on ${name} drops the scratch database and exits ${code}`, async () => {
    const child = spawn(process.execPath, ['bin/sluice.js', 'check', '--config', 'examples/shop/sluice.yml'], {
      env: { ...process.env, SLUICE_DATABASE_URL: url() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    const seeding = new Promise<boolean>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('data: seeding')) resolve(true);
      });
      child.on('exit', () => resolve(false));
    });
    assert.ok(await seeding, `exited before seeding: ${stderr}`);
    // The scratch database exists now; interrupt while rows are going in.
    assert.equal((await leftovers()).length, 1);
    child.kill(signal);
    assert.equal(await exited, code);
    assert.match(stderr, new RegExp(`${signal} received; dropping scratch databases`));
    assert.deepEqual(await leftovers(), []);
  });
}
