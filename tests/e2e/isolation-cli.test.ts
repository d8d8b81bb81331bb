// `sluice isolation` as users run it (bin/sluice.js → the bundled dist/cli.js) against the
// loopback PostgreSQL and MariaDB: the matrix rows a user reads, the exit code, one sentence
// for the embedded engine, and no scratch database or per-run role left behind.
//
// dist/ must be built first (`npm run build`).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { rolesOnPostgres, scratchDatabasesOnMysql, scratchDatabasesOnPostgres, usersOnMysql } from '../support/leftovers.js';
import { runToEnd } from '../support/process.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(repoDir, 'bin', 'sluice.js');

function sluice(args: string[]) {
  const env = { ...process.env };
  delete env.SLUICE_DATABASE_URL;
  return runToEnd(process.execPath, [bin, ...args], { cwd: repoDir, env });
}

/** The matrix row of one anomaly, as its cells: "✓ prevented", "✗ allowed", … per level. */
function row(stdout: string, anomaly: string): string[] {
  const line = stdout.split('\n').find((l) => l.startsWith(`| ${anomaly} `));
  assert.ok(line, `no row for ${anomaly} in:\n${stdout}`);
  return line.split('|').slice(2, -1).map((cell) => cell.trim());
}

const LEVELS = ['read uncommitted', 'read committed', 'repeatable read', 'serializable'];

before(() => {
  assert.ok(existsSync(path.join(repoDir, 'dist', 'cli.js')), 'dist/cli.js is missing: run `npm run build` first');
});

describe('sluice isolation', () => {
  it('prints the PostgreSQL matrix: read committed loses updates, repeatable read does not, only serializable prevents write skew', { timeout: 120_000 }, async () => {
    const run = await sluice(['isolation', '--database-url', postgresUrl()]);
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /^Isolation on postgresql \d+\.\d+/);
    assert.match(run.stdout, new RegExp(`\\| anomaly \\| ${LEVELS.join(' \\| ')} \\|`));
    assert.deepEqual(row(run.stdout, 'P4 lost update'), ['✗ allowed', '✗ allowed', '✓ prevented', '✓ prevented']);
    assert.deepEqual(row(run.stdout, 'G-single read skew'), ['✗ allowed', '✗ allowed', '✓ prevented', '✓ prevented']);
    assert.deepEqual(row(run.stdout, 'G2-item write skew'), ['✗ allowed', '✗ allowed', '✗ allowed', '✓ prevented']);
    // PostgreSQL's read uncommitted is read committed: no dirty reads at any level.
    assert.deepEqual(row(run.stdout, 'G1a aborted read'), ['✓ prevented', '✓ prevented', '✓ prevented', '✓ prevented']);
    // Every cell as documented: nothing weaker, so no "(documented …)" note and nothing on stderr but progress.
    assert.doesNotMatch(run.stdout, /documented ✓/);
    assert.doesNotMatch(run.stderr, /weaker/);
    assert.deepEqual(await scratchDatabasesOnPostgres(), []);
    assert.deepEqual((await rolesOnPostgres()).filter((r) => /^sluice_[0-9a-f]{8}$/.test(r)), []);
  });

  it('prints the MariaDB matrix: repeatable read still loses updates, read uncommitted reads dirty rows', { timeout: 120_000 }, async () => {
    const run = await sluice(['isolation', '--database-url', mysqlUrl()]);
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /^Isolation on mariadb \d+\.\d+/);
    assert.deepEqual(row(run.stdout, 'P4 lost update'), ['✗ allowed', '✗ allowed', '✗ allowed', '✓ prevented']);
    assert.deepEqual(row(run.stdout, 'G1a aborted read'), ['✗ allowed', '✓ prevented', '✓ prevented', '✓ prevented']);
    assert.deepEqual(row(run.stdout, 'G-single read skew'), ['✗ allowed', '✗ allowed', '✓ prevented', '✓ prevented']);
    assert.deepEqual(row(run.stdout, 'G2-item write skew'), ['✗ allowed', '✗ allowed', '✗ allowed', '✓ prevented']);
    assert.deepEqual(row(run.stdout, 'G0 dirty write'), ['✓ prevented', '✓ prevented', '✓ prevented', '✓ prevented']);
    // Stronger than documented is shown, never an error; weaker would be (exit 1, a sentence on stderr).
    assert.doesNotMatch(run.stdout, /✗ allowed \(documented ✓\)/);
    assert.doesNotMatch(run.stderr, /weaker/);
    assert.deepEqual(await scratchDatabasesOnMysql(), []);
    assert.deepEqual((await usersOnMysql()).filter((u) => /^sluice_[0-9a-f]{8}@/.test(u)), []);
  });

  it('says in one sentence that the embedded engine cannot run sessions side by side (exit 2)', { timeout: 60_000 }, async () => {
    const run = await sluice(['isolation', '--engine', 'pglite']);
    assert.equal(run.code, 2, `${run.stdout}\n${run.stderr}`);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^sluice: sluice isolation needs sessions side by side, which pglite cannot give \(one connection\); run it with --engine postgres:<tag>, mariadb:<tag> or --database-url\.\n$/m);
  });

  it('refuses an extra argument with one sentence (exit 2)', async () => {
    const run = await sluice(['isolation', 'serializable']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, "sluice: unexpected argument 'serializable'; sluice isolation takes only --engine, --database-url or --config (see sluice --help).\n");
  });
});
