// engine: local:postgres / local:mariadb — a throwaway server from the machine's binaries: a
// tiny project runs end to end on it, and nothing is left behind (the server's processes, its
// temp folder), also when SIGTERM arrives mid-run.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, test } from 'node:test';
import { EngineUnavailableError } from '../../src/errors.js';
import { runGate } from '../../src/gate.js';
import { localServerFolders, localServerProcesses } from '../support/local-servers.js';
import { makeProject } from '../support/project.js';

const engines = [
  { engine: 'local:postgres', name: 'postgresql', sleep: 'select pg_sleep(600)' },
  { engine: 'local:mariadb', name: 'mariadb', sleep: 'select sleep(600)' },
];

const PROJECT = `migrations: { dir: migrations }
data: { rows: { items: 200 } }
queries:
  - name: by-id
    sql: select name from items where id = $1
    params: [{ from: items.id }]
`;

for (const e of engines) {
  describe(`engine ${e.engine}`, () => {
    test('starts a server, runs the project end to end, and removes the server and its folder', { timeout: 120_000 }, async () => {
      const before = localServerFolders();
      const config = await makeProject(PROJECT, { '001_items.sql': 'create table items (id int primary key, name varchar(40) not null);\n' });
      const report = await runGate({ configFile: config, engine: e.engine });
      assert.equal(report.verdict, 'pass');
      assert.equal(report.engine.name, e.name);
      assert.equal(report.migrations[0]?.status, 'applied');
      assert.equal(report.seed.tables.find((t) => t.table === 'items')?.rows, 200);
      assert.ok(report.queries.some((q) => q.name === 'by-id'));
      assert.deepEqual(localServerFolders(), before);
      assert.deepEqual(localServerProcesses(), []);
    });

    test('SIGTERM mid-run stops the server and removes its folder, exit 143', { timeout: 120_000 }, async () => {
      const before = localServerFolders();
      const config = await makeProject('migrations: { dir: migrations }\n', { '001_slow.sql': `create table t (id int primary key);\n${e.sleep};\n` });
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'check', '--config', config, '--engine', e.engine], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      const reached = new Promise<boolean>((resolve) => {
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (stderr.includes('migrations: applying')) resolve(true);
        });
        child.on('exit', () => resolve(false));
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      assert.ok(await reached, `the run never reached its migration: ${stderr}`);
      assert.equal(localServerProcesses().length > 0, true, 'a server runs while the migration sleeps');
      child.kill('SIGTERM');
      assert.equal(await exited, 143, stderr);
      assert.match(stderr, /SIGTERM received/);
      assert.deepEqual(localServerFolders(), before);
      assert.deepEqual(localServerProcesses(), []);
    });
  });
}

test('local:mysql on a machine whose mysqld is MariaDB (or absent) says what to use instead, exit 2', async () => {
  const config = await makeProject('migrations: { dir: migrations }\n', { '001_t.sql': 'create table t (id int primary key);\n' });
  await assert.rejects(runGate({ configFile: config, engine: 'local:mysql' }), (error: unknown) => {
    if (!(error instanceof EngineUnavailableError)) return false;
    // Where MySQL itself is installed the run would start it; here it must name the alternative.
    assert.match(error.message, /^--engine local:mysql needs MySQL's mysqld .*(local:mariadb|not found).*mysql-server/);
    assert.equal(error.exitCode, 2);
    return true;
  });
});
