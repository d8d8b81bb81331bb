// A signal while the backup check holds its restored copy and its dump folder: both go, and
// the run exits 128 + the signal number. Run from source (the CLI through tsx), so it tests
// this tree rather than the last build.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { test } from 'node:test';
import { scratchDatabasesOnPostgres } from '../support/leftovers.js';
import { makeProject } from '../support/project.js';
import { postgresUrl } from '../support/urls.js';

const backupTemps = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('sluice-backup-'));

async function waitFor(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

test('SIGTERM during a restore-check on the restored copy drops it and removes the dump', { timeout: 120_000 }, async () => {
  const tempsBefore = await backupTemps();
  const config = await makeProject(
    'migrations: { dir: migrations }\ndata: { rows: { t: 20 } }\nchecks:\n  backup:\n    restore-check: select pg_sleep(600) is not null\n',
    { '0001.sql': 'create table t (id int primary key, name text not null default \'x\');\n' },
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'check', '--config', config], {
    env: { ...process.env, SLUICE_DATABASE_URL: postgresUrl() },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    await waitFor(async () => stderr.includes('backup: dumping') && (await scratchDatabasesOnPostgres()).some((d) => d.endsWith('_restored')) && (await backupTemps()).length > tempsBefore.length, 'the restored copy');
    // The restore-check sleeps on the copy now (the dump folder lives until the check ends).
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill('SIGTERM');
    assert.equal(await exited, 143, stderr);
  } finally {
    child.kill('SIGKILL');
  }
  assert.match(stderr, /SIGTERM received; dropping scratch databases/);
  assert.deepEqual(await scratchDatabasesOnPostgres(), []);
  assert.deepEqual(await backupTemps(), tempsBefore);
});
