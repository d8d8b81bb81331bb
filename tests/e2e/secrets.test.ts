// A password reaches Sluice in many shapes: a URL with a typo, a port out of range, libpq's
// ?password= and ?sslpassword=, a key=value connection string, percent-encoded characters, an
// environment variable, sluice.yml itself. Whatever the shape and however the run ends, the
// password appears in no output: not stdout, not stderr, not the JSON report.
//
// dist/ must be built first (`npm run build`).

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runToEnd } from '../support/process.js';
import { tempFolder } from '../support/project.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(repoDir, 'bin', 'sluice.js');

/** A password with characters that need percent-encoding in a URL, so both spellings are checked. */
const secret = () => `Pw${randomBytes(6).toString('hex')}@/:`;
const encoded = (password: string) => encodeURIComponent(password);
/** The password with the user swapped in, on the test server: right host and port, wrong password. */
const withPassword = (url: string, password: string) => {
  const parsed = new URL(url);
  parsed.password = encoded(password);
  return parsed.toString();
};

interface SecretCase {
  name: string;
  /** Builds the command line (or environment, or sluice.yml) around the password. */
  build: (password: string) => { args?: string[]; env?: Record<string, string>; engineInConfig?: string };
  code: number;
  /** What stderr must say instead (one sentence). */
  message: RegExp;
}

const CASES: SecretCase[] = [
  { name: 'a URL missing the colon after the scheme', build: (pw) => ({ args: ['--engine', `postgres//app:${pw}@127.0.0.1/db`] }), code: 2, message: /--engine/ },
  { name: 'a port out of range', build: (pw) => ({ args: ['--engine', `postgres://app:${encoded(pw)}@127.0.0.1:99999/db`] }), code: 2, message: /--engine|not a valid URL/ },
  { name: 'an unparseable host', build: (pw) => ({ args: ['--engine', `mysql://root:${encoded(pw)}@[::1:3306/`] }), code: 2, message: /--engine|not a valid URL/ },
  { name: 'libpq ?password= to a server that is not there', build: (pw) => ({ args: ['--engine', `postgres://app@127.0.0.1:1/db?password=${encoded(pw)}`] }), code: 2, message: /Cannot reach .*connection refused/ },
  { name: 'libpq ?sslpassword=', build: (pw) => ({ args: ['--engine', `postgres://app:x@127.0.0.1:1/db?sslmode=require&sslpassword=${encoded(pw)}`] }), code: 2, message: /Cannot reach/ },
  { name: 'a key=value connection string', build: (pw) => ({ args: ['--database-url', `host=127.0.0.1 user=app password=${pw} dbname=db`] }), code: 2, message: /--database-url/ },
  { name: 'SLUICE_DATABASE_URL to a server that is not there', build: (pw) => ({ env: { SLUICE_DATABASE_URL: `mysql://root:${encoded(pw)}@127.0.0.1:1/` } }), code: 2, message: /Cannot reach/ },
  { name: 'a MySQL URL with TLS options', build: (pw) => ({ args: ['--engine', `mysql://root:${encoded(pw)}@127.0.0.1:1/?ssl={"rejectUnauthorized":true}`] }), code: 2, message: /Cannot reach/ },
  { name: 'the wrong password for PostgreSQL', build: (pw) => ({ args: ['--database-url', withPassword(postgresUrl(), pw)] }), code: 2, message: /rejected role 'sluice'/ },
  { name: 'the wrong password for MariaDB', build: (pw) => ({ args: ['--engine', withPassword(mysqlUrl(), pw)] }), code: 2, message: /rejected user 'sluice'/ },
  { name: 'a URL in sluice.yml', build: (pw) => ({ engineInConfig: `postgres://app:${encoded(pw)}@127.0.0.1:1/db` }), code: 2, message: /Cannot reach/ },
  { name: 'a URL in sluice.yml with a typo', build: (pw) => ({ engineInConfig: `postgres:/app:${encoded(pw)}@127.0.0.1/db` }), code: 2, message: /engine/ },
];

describe('no password in any output, whatever form it arrives in (CLI)', () => {
  for (const c of CASES) {
    it(c.name, { timeout: 60_000 }, async () => {
      const password = secret();
      const { args = [], env = {}, engineInConfig } = c.build(password);
      const dir = await tempFolder({
        'sluice.yml': `${engineInConfig ? `engine: '${engineInConfig}'\n` : ''}migrations: { dir: migrations }\n`,
        'migrations/0001_init.sql': 'create table t (id int primary key);\n',
      });
      const json = path.join(dir, 'report.json');
      const childEnv: NodeJS.ProcessEnv = { ...process.env, SLUICE_DATABASE_URL: '', ...env };
      const run = await runToEnd(process.execPath, [bin, 'check', '--config', 'sluice.yml', '--json', json, ...args], { cwd: dir, env: childEnv });
      const jsonText = await readFile(json, 'utf8').catch(() => '');
      assert.equal(run.code, c.code, `exit ${run.code}\n${run.stderr}`);
      const lines = run.stderr.trim().split('\n').filter((l) => !l.startsWith('sluice: engine:'));
      assert.match(lines.at(-1) ?? '', c.message);
      assert.doesNotMatch(run.stderr, /unexpected error|\n\s+at /);
      for (const form of new Set([password, encoded(password), password.slice(0, -3)])) {
        for (const [where, text] of [['stdout', run.stdout], ['stderr', run.stderr], ['the JSON report', jsonText]] as const) {
          assert.ok(!text.includes(form), `the password (${form}) appears in ${where}:\n${text}`);
        }
      }
    });
  }
});

describe('no password in the report of a run that worked', () => {
  it('a libpq ?password= URL that really connects shows the password nowhere', { timeout: 120_000 }, async () => {
    const url = new URL(postgresUrl());
    const password = decodeURIComponent(url.password);
    url.password = '';
    url.searchParams.set('password', password);
    const dir = await tempFolder({
      'sluice.yml': [
        'migrations: { dir: migrations }',
        'checks:',
        '  data-tests:',
        `    - name: mentions ${url.host}`,
        '      sql: select 1 as one',
      ].join('\n'),
      'migrations/0001_init.sql': 'create table t (id int primary key);\n',
    });
    const json = path.join(dir, 'report.json');
    await writeFile(json, '');
    const run = await runToEnd(process.execPath, [bin, 'check', '--database-url', url.toString(), '--json', json], { cwd: dir, env: { ...process.env, SLUICE_DATABASE_URL: '' } });
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, /Data test/);
    for (const text of [run.stdout, run.stderr, await readFile(json, 'utf8')]) assert.ok(!text.includes(password));
  });
});
