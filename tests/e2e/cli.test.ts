// The CLI as users run it (`npx sluice` → bin/sluice.js → the bundled dist/cli.js): exit
// codes, the report on stdout, and one clear sentence on stderr for what a user got wrong.
//
// dist/ must be built first (`npm run build`).

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runToEnd } from '../support/process.js';
import type { JsonReport } from '../../src/report/json.js';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(repoDir, 'bin', 'sluice.js');

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/sluice.js …` in `cwd` with no database URL from the environment. */
function sluice(args: string[], cwd: string = repoDir): Promise<CliRun> {
  const env = { ...process.env };
  delete env.SLUICE_DATABASE_URL;
  return runToEnd(process.execPath, [bin, ...args], { cwd, env });
}

const transcript = (run: CliRun) => `exit ${run.code}\n--- stdout\n${run.stdout.slice(-4000)}\n--- stderr\n${run.stderr.slice(-4000)}`;

/** A throwaway project: sluice.yml plus db/migrations with the given files. */
async function project(sluiceYml: string, migrations: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmp, 'project-'));
  await mkdir(path.join(dir, 'db', 'migrations'), { recursive: true });
  await writeFile(path.join(dir, 'sluice.yml'), sluiceYml);
  for (const [name, sql] of Object.entries(migrations)) await writeFile(path.join(dir, 'db', 'migrations', name), sql);
  return dir;
}

const MINIMAL_CONFIG = ['engine: pglite', 'migrations:', '  dir: db/migrations', ''].join('\n');

let tmp: string;

before(async () => {
  assert.ok(existsSync(path.join(repoDir, 'dist', 'cli.js')), 'dist/cli.js is missing: run `npm run build` first');
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sluice-e2e-cli-'));
});

after(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('the CLI (bin/sluice.js)', () => {
  it('passes the example shop, prints the report and writes the JSON report', { timeout: 180_000 }, async () => {
    const jsonFile = path.join(tmp, 'report.json');
    const run = await sluice(['check', '--config', 'examples/shop/sluice.yml', '--json', jsonFile]);
    assert.equal(run.code, 0, transcript(run));
    assert.match(run.stdout, /^## ⚠️ Sluice: pass with findings to review/m); // the shop's planted warning
    const report = JSON.parse(await readFile(jsonFile, 'utf8')) as JsonReport;
    assert.equal(report.verdict, 'pass');
    assert.equal(report.engine.name, 'pglite');
    assert.ok(report.findings.some((f) => f.rule === 'foreign-key-without-index'));
  });

  it('names a config file that does not exist', { timeout: 60_000 }, async () => {
    const run = await sluice(['check', '--config', 'missing.yml']);
    assert.equal(run.code, 2, transcript(run));
    assert.match(run.stderr, /missing\.yml/);
    assert.equal(run.stdout, '');
  });

  it('points at the line and column of an unknown key in sluice.yml', { timeout: 60_000 }, async () => {
    // `colour` is on line 4, column 1.
    const dir = await project(`${MINIMAL_CONFIG}colour: blue\n`, { '0001_init.sql': 'create table t (id int primary key);\n' });
    const run = await sluice(['check'], dir);
    assert.equal(run.code, 2, transcript(run));
    assert.match(run.stderr, /sluice\.yml:4:1\b/);
    assert.match(run.stderr, /colour/);
  });

  it('fails the gate on a migration with a syntax error and shows its file, line and SQLSTATE', { timeout: 120_000 }, async () => {
    const dir = await project(MINIMAL_CONFIG, {
      '0001_init.sql': 'create table customers (id bigint primary key, email text not null);\n',
      // The error is on line 3.
      '0002_bad.sql': ['-- add orders', 'create table orders (id bigint primary key);', 'create tabel order_items (id bigint);', ''].join('\n'),
    });
    const run = await sluice(['check', '--quiet'], dir);
    assert.equal(run.code, 1, transcript(run));
    assert.match(run.stdout, /Sluice: fail/);
    assert.match(run.stdout, /0002_bad\.sql:3\b/);
    assert.match(run.stdout, /42601/);
  });

  it('names an empty migrations directory', { timeout: 60_000 }, async () => {
    const dir = await project(MINIMAL_CONFIG, {});
    const run = await sluice(['check'], dir);
    assert.equal(run.code, 2, transcript(run));
    assert.match(run.stderr, /db\/migrations/);
    assert.equal(run.stderr.trim().split('\n').length, 1, `more than one line on stderr:\n${run.stderr}`);
  });
});
