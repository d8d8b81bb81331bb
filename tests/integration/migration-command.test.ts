// migrations.command with a real migration tool: Knex (a dev dependency) runs the fixture's
// JavaScript migrations against the scratch database, on PGlite through its loopback socket
// and on the loopback PostgreSQL as the per-run role; a failing tool's last output lines
// reach the finding with the password masked.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runGate, type GateReport } from '../../src/gate.js';
import { tempFolder } from '../support/project.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const fixture = path.join(repoDir, 'tests', 'fixtures', 'knex-project', 'sluice.yml');

function assertKnexRan(report: GateReport) {
  assert.deepEqual(
    report.migrations.map((m) => [m.name, m.status]),
    [['npx knex migrate:latest --knexfile knexfile.cjs', 'applied']],
    JSON.stringify(report.findings),
  );
  // The tables Knex created exist, its bookkeeping has both migrations, users.email is unique.
  assert.deepEqual(report.dataTests.map((t) => t.passed), [true, true, true]);
  // migrations.down-command: the rollback undid the batch and latest rebuilt the same schema.
  assert.deepEqual(report.findings.filter((f) => f.subject === 'migrations.down-command'), []);
  assert.equal(report.verdict, 'pass', JSON.stringify(report.findings));
}

describe('migrations.command runs Knex against the scratch database', () => {
  test('on PGlite, served on a loopback socket', { timeout: 120_000 }, async () => {
    assertKnexRan(await runGate({ configFile: fixture }));
  });

  test('on PostgreSQL, as the per-run role', { timeout: 120_000 }, async () => {
    assertKnexRan(await runGate({ configFile: fixture, engine: postgresUrl() }));
  });

  test('on MariaDB, a tool gets a mysql:// URL as the per-run user', { timeout: 120_000 }, async () => {
    // A one-line "tool" with the mysql2 driver Sluice already has.
    const driver = JSON.stringify(path.join(repoDir, 'node_modules', 'mysql2', 'promise.js'));
    const dir = await tempFolder({
      'tool.mjs': [
        `const { default: mysql } = await import(${driver});`,
        'const connection = await mysql.createConnection(process.env.DATABASE_URL);',
        "await connection.query('CREATE TABLE tool_made (id int primary key)');",
        'await connection.end();',
        '',
      ].join('\n'),
      'sluice.yml': [
        'migrations:',
        '  command: node tool.mjs',
        'checks:',
        '  data-tests:',
        "    - sql: select 1 from dual where not exists (select 1 from information_schema.tables where table_schema = database() and table_name = 'tool_made')",
        '',
      ].join('\n'),
    });
    const report = await runGate({ configFile: path.join(dir, 'sluice.yml'), engine: mysqlUrl() });
    assert.deepEqual(report.migrations.map((m) => m.status), ['applied'], JSON.stringify(report.findings));
    assert.deepEqual(report.dataTests.map((t) => t.passed), [true]);
  });

  test('a failing tool: its last output lines in the finding at the setting, the password masked', { timeout: 120_000 }, async () => {
    const report = await runGate({ configFile: path.join(repoDir, 'tests', 'fixtures', 'knex-broken', 'sluice.yml'), engine: postgresUrl() });
    assert.equal(report.verdict, 'fail');
    assert.deepEqual(report.migrations.map((m) => [m.status, m.error?.code]), [['failed', 'exit 1']]);
    const finding = report.findings.find((f) => f.rule === 'migration-failed');
    assert.ok(finding, JSON.stringify(report.findings));
    assert.equal(finding.location?.line, 4);
    assert.match(finding.message, /^migrations\.command `node -e .*` exited with code 1, so the migrations did not complete\. Its last output:\n/);
    assert.match(finding.message, /relation "missing_table" does not exist/);
    // The per-run role's URL was printed by the tool: its password is masked.
    assert.match(finding.message, /using postgres:\/\/sluice_[0-9a-f]+:\*\*\*@/);
  });
});
