// The embedded engine loads the PostgreSQL extensions the PGlite packages ship when a
// migration creates them, from source and from the bundle; one it lacks gets one sentence.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runGate } from '../../src/gate.js';
import { makeProject } from '../support/project.js';
import { runToEnd } from '../support/process.js';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));

const CONFIG = [
  'engine: pglite',
  'migrations:',
  '  dir: migrations',
  'checks:',
  '  data-tests:',
  // Each returns rows only when the extension's function misbehaves.
  "    - sql: select * from accounts where length(api_key_hash) <> 64 or id is null",
  "    - sql: select 1 where '[1,2,3]'::vector <-> '[1,2,4]'::vector <> 1",
  "    - sql: select 1 where similarity('postgres', 'postgrse') <= 0 or 'Hello'::citext <> 'hello'::citext",
  '',
].join('\n');

const MIGRATIONS = {
  '0001_extensions.sql': [
    'CREATE EXTENSION IF NOT EXISTS pgcrypto;',
    'CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;',
    'create extension vector;',
    'CREATE EXTENSION pg_trgm;',
    'CREATE EXTENSION citext;',
    '',
  ].join('\n'),
  '0002_accounts.sql': [
    'CREATE TABLE accounts (',
    '  id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),',
    '  token uuid NOT NULL DEFAULT gen_random_uuid(),',
    '  email citext NOT NULL UNIQUE,',
    "  api_key_hash text NOT NULL DEFAULT encode(digest(gen_random_bytes(32), 'sha256'), 'hex'),",
    '  embedding vector(3)',
    ');',
    "INSERT INTO accounts (email) VALUES ('Ada@example.com');",
    '',
  ].join('\n'),
};

describe('PGlite extensions', () => {
  test('pgcrypto, uuid-ossp, vector, pg_trgm and citext load when the migrations create them', async () => {
    const report = await runGate({ configFile: await makeProject(CONFIG, MIGRATIONS) });
    assert.deepEqual(report.migrations.map((m) => m.status), ['applied', 'applied'], JSON.stringify(report.findings));
    assert.deepEqual(report.dataTests.map((t) => t.passed), [true, true, true]);
  });

  test('an extension PGlite lacks is named at its line, with a server engine to use instead', async () => {
    const configFile = await makeProject('engine: pglite\nmigrations:\n  dir: migrations\n', {
      '0001_geo.sql': 'CREATE TABLE places (id int PRIMARY KEY);\n\nCREATE EXTENSION IF NOT EXISTS postgis;\n',
    });
    const report = await runGate({ configFile });
    assert.equal(report.verdict, 'fail');
    const finding = report.findings.find((f) => f.rule === 'migration-failed');
    assert.ok(finding, JSON.stringify(report.findings));
    assert.equal(finding.location?.line, 3);
    assert.match(finding.message, /creates the extension postgis, which the embedded engine \(PGlite\) does not have; run Sluice on a PostgreSQL server/);
  });

  test('the bundled CLI (dist/) finds the extension files it ships', { timeout: 120_000 }, async () => {
    assert.ok(existsSync(path.join(repoDir, 'dist', 'cli.js')), 'dist/cli.js is missing: run `npm run build` first');
    const configFile = await makeProject(CONFIG, MIGRATIONS);
    const env = { ...process.env };
    delete env.SLUICE_DATABASE_URL;
    const run = await runToEnd(process.execPath, [path.join(repoDir, 'bin', 'sluice.js'), 'check', '--config', configFile], { cwd: path.dirname(configFile), env });
    assert.equal(run.code, 0, `exit ${run.code}\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  });
});
