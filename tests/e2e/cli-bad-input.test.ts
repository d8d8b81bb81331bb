// Bad configuration and bad command lines as a user meets them, through the bundled CLI
// (bin/sluice.js → dist/cli.js): exit code 2, exactly one line on stderr naming the place
// (sluice.yml:line:col, the flag or the file) and the fix, nothing claiming a pass on
// stdout, and never "unexpected error" or a stack trace.
//
// dist/ must be built first (`npm run build`).

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runToEnd } from '../support/process.js';
import { tempFolder } from '../support/project.js';

const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const bin = path.join(repoDir, 'bin', 'sluice.js');

const MIGRATION = [
  'create table customers (id bigint primary key, email text not null unique);',
  'create table products (id bigint primary key, name text not null, price numeric(10, 2) not null);',
  '',
].join('\n');

/** sluice.yml for a project whose migrations live in db/migrations; `extra` is appended as is. */
const config = (extra = '') => `engine: pglite\nmigrations:\n  dir: db/migrations\n${extra}`;

interface BadInput {
  name: string;
  /** sluice.yml's text, or raw bytes; absent: a valid config. */
  sluiceYml?: string | Buffer;
  args?: string[];
  /** Runs in the project folder before sluice does. */
  prepare?: (dir: string) => Promise<void>;
  /** The one line on stderr, after "sluice: ". */
  message: RegExp;
  skip?: string | false;
}

const isRoot = process.getuid?.() === 0;

const BAD_INPUTS: BadInput[] = [
  // --- the command line
  {
    name: '--json into a folder that does not exist is refused before the gate runs',
    args: ['--json', 'no-such-dir/r.json'],
    message: /^--json no-such-dir\/r\.json: the folder no-such-dir does not exist; create it/,
  },
  { name: '--json naming a directory', args: ['--json', 'db'], message: /^--json db: is a directory; give a file path such as db\/sluice-report\.json\.$/ },
  { name: '--json without a value', args: ['--json'], message: /^--json needs a value, such as --json report\.json/ },
  { name: 'an unknown option', args: ['--jsn', 'r.json'], message: /^unknown option '--jsn'; the options are listed by sluice --help\.$/ },
  { name: 'a value given to a flag that takes none', args: ['--quiet=yes'], message: /^--quiet takes no value; write just --quiet\.$/ },
  { name: 'a bad --fail-on level', args: ['--fail-on', 'sometimes'], message: /^--fail-on: 'sometimes' is not a fail-on level; use one of error, warning, never\.$/ },
  { name: 'an unknown --engine', args: ['--engine', 'oracle:19'], message: /^--engine: 'oracle:19' is not an engine; use pglite/ },
  {
    name: 'a --database-url that is not a URL, without echoing it',
    args: ['--database-url', 'secret-host:5432'],
    message: /^--database-url is not a postgres:\/\/, postgresql:\/\/, mysql:\/\/ or mariadb:\/\/ URL; give one such as /,
  },
  { name: 'an extra argument', args: ['check', 'now'], message: /^unexpected argument 'now'; sluice check takes only options/ },
  { name: 'an unknown command', args: ['chek'], message: /^unknown command 'chek'; the commands are sluice check, sluice baseline record and sluice isolation/ },

  // --- the config file itself
  { name: '--config naming a directory', args: ['--config', 'db'], message: /^db: is a directory, not a file; pass --config db\/sluice\.yml/ },
  {
    name: 'an unreadable sluice.yml',
    prepare: (dir) => chmod(path.join(dir, 'sluice.yml'), 0o000),
    message: /^sluice\.yml: cannot be read: permission denied; make it readable/,
    skip: isRoot && 'root reads files whatever their mode',
  },
  { name: 'an empty sluice.yml', sluiceYml: '', message: /^sluice\.yml: the file is empty; add at least migrations: \{ dir: / },
  { name: 'a sluice.yml of comments only', sluiceYml: '# todo\n', message: /^sluice\.yml: the file is empty/ },
  { name: 'a top-level list', sluiceYml: '- engine: pglite\n', message: /^sluice\.yml:1:1: the top level must be a map of settings \(engine:, migrations:, …\), found a list/ },
  { name: 'a top-level scalar', sluiceYml: 'pglite\n', message: /^sluice\.yml:1:1: the top level must be a map of settings .*found the text "pglite"/ },
  { name: 'a duplicate key', sluiceYml: config('engine: postgres:16\n'), message: /^sluice\.yml:4:1: the key 'engine' appears twice in the same map; keep one of them\.$/ },
  { name: 'tab indentation', sluiceYml: 'engine: pglite\nmigrations:\n\tdir: db/migrations\n', message: /^sluice\.yml:3:1: a tab is used for indentation, which YAML does not allow; indent with spaces\.$/ },
  { name: 'two YAML documents', sluiceYml: config('---\nengine: pglite\n'), message: /^sluice\.yml:4:1: the file holds more than one YAML document/ },
  {
    name: 'a Latin-1 sluice.yml',
    sluiceYml: Buffer.from(config('# caf\xe9\n'), 'latin1'),
    message: /^sluice\.yml:4: is not UTF-8 text \(byte 0xE9 on line 4, perhaps Latin-1 or Windows-1252\); save the file as UTF-8\.$/,
  },

  // --- settings with the wrong shape
  { name: 'a fractional seed', sluiceYml: config('data:\n  seed: 4.2\n'), message: /^sluice\.yml:5:9: data\.seed: expected an integer, found 4\.2\.$/ },
  {
    name: 'a row count written as text',
    sluiceYml: config('data:\n  rows: { customers: "100" }\n'),
    message: /^sluice\.yml:5:22: data\.rows\.customers: expected a number, found the text "100"; write it without quotes\.$/,
  },
  { name: 'a negative row count', sluiceYml: config('data:\n  rows: { customers: -5 }\n'), message: /^sluice\.yml:5:22: data\.rows\.customers: expected at least 0, found -5\.$/ },
  {
    name: 'a share of NULLs above 1',
    sluiceYml: config('data:\n  columns:\n    products.price: { nulls: 2 }\n'),
    message: /^sluice\.yml:6:30: data\.columns\."products\.price"\.nulls: expected at most 1, found 2\.$/,
  },
  {
    name: 'a reversed range',
    sluiceYml: config('data:\n  columns:\n    products.price: { range: [10, 1] }\n'),
    message: /^sluice\.yml:6:30: data\.columns\."products\.price"\.range: \[10, 1\] is reversed; write the range low to high, \[1, 10\]\.$/,
  },
  {
    name: 'a data.columns key without its table',
    sluiceYml: config('data:\n  columns:\n    price: { range: [1, 2] }\n'),
    message: /^sluice\.yml:6:5: data\.columns: the key 'price' must be table\.column; write it as <table>\.price\.$/,
  },
  {
    name: 'a statement timeout without a unit',
    sluiceYml: config('gate:\n  statement-timeout: 5 minutes\n'),
    message: /^sluice\.yml:5:22: gate\.statement-timeout: expected a duration such as "500ms", "60s", "10m", "1h" or a number of seconds, found "5 minutes"\.$/,
  },
  {
    name: 'an unknown migrations.privileges',
    sluiceYml: 'engine: pglite\nmigrations:\n  dir: db/migrations\n  privileges: root\n',
    message: /^sluice\.yml:4:15: migrations\.privileges: expected one of "confined", "superuser", found "root"\.$/,
  },

  // --- queries
  {
    name: 'a params.from that is not table.column',
    sluiceYml: config('queries:\n  - name: by id\n    sql: select * from customers where id = $1\n    params: [{ from: customers }]\n'),
    message: /^sluice\.yml:7:22: queries\[0\]\.params\[0\]\.from: expected table\.column, such as customers\.email, found "customers"\.$/,
  },
  {
    name: 'a query using more placeholders than params',
    sluiceYml: config("queries:\n  - name: by email\n    sql: select * from customers where id = $1 and email = $2 and email <> '$3'\n    params: [1]\n"),
    message: /^sluice\.yml:5:5: queries\[0\]: sql uses \$2 but params gives 1 value; add the missing value to params\.$/,
  },
  {
    name: 'a param the query does not use',
    sluiceYml: config('queries:\n  - name: by id\n    sql: select * from customers where id = $1\n    params: [1, 2]\n'),
    message: /^sluice\.yml:7:17: queries\[0\]\.params\[1\]: sql does not use \$2; remove this value from params or use \$2 in the SQL\.$/,
  },
  {
    name: 'a per-dialect query missing a value',
    sluiceYml: config('queries:\n  - name: by id\n    sql:\n      postgres: select * from customers where id = $1\n      mysql: select * from customers where id = $1 or id = $2\n    params: [1]\n'),
    message: /^sluice\.yml:5:5: queries\[0\]: sql\.mysql uses \$2 but params gives 1 value/,
  },
  {
    name: 'two queries with one name',
    sluiceYml: config('queries:\n  - name: by id\n    sql: select 1\n  - name: By ID\n    sql: select 2\n'),
    message: /^sluice\.yml:7:11: queries\[1\]\.name: "By ID" reports as query\.by-id like queries\[0\] does; give each query its own name\.$/,
  },

  // --- names checked against the schema the migrations build (the embedded engine starts)
  {
    name: 'data.columns naming a table the migrations do not create',
    sluiceYml: config('data:\n  columns:\n    product.price: { range: [1, 5] }\n'),
    message: /^sluice\.yml:6:20: data\.columns names table 'product', which the migrations do not create; tables are customers, products\.$/,
  },
  {
    name: 'data.columns naming a column the table does not have',
    sluiceYml: config('data:\n  columns:\n    products.cost: { range: [1, 5] }\n'),
    message: /^sluice\.yml:6:20: data\.columns names column 'cost', which table products does not have; its columns are id, name, price\.$/,
  },
  {
    name: 'a params.from column that does not exist',
    sluiceYml: config('queries:\n  - name: by id\n    sql: select * from customers where id = $1\n    params: [{ from: customers.uid }]\n'),
    message: /^sluice\.yml:7:22: queries\[0\]\.params\[0\]\.from names column 'uid', which table customers does not have/,
  },
];

before(() => {
  assert.ok(existsSync(path.join(repoDir, 'dist', 'cli.js')), 'dist/cli.js is missing: run `npm run build` first');
});

describe('bad input to the CLI', { concurrency: 6 }, () => {
  for (const bad of BAD_INPUTS) {
    it(bad.name, { timeout: 120_000, skip: bad.skip }, async () => {
      const dir = await tempFolder({ 'db/migrations/0001_init.sql': MIGRATION });
      await writeFile(path.join(dir, 'sluice.yml'), bad.sluiceYml ?? config());
      await mkdir(path.join(dir, 'db', 'migrations'), { recursive: true });
      await bad.prepare?.(dir);
      const env = { ...process.env };
      delete env.SLUICE_DATABASE_URL;
      const run = await runToEnd(process.execPath, [bin, '--quiet', ...(bad.args ?? ['check'])], { cwd: dir, env });
      const transcript = `exit ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;

      assert.equal(run.code, 2, transcript);
      assert.doesNotMatch(run.stderr, /unexpected error/, transcript);
      assert.doesNotMatch(run.stderr, /^\s+at /m, `a stack trace:\n${transcript}`);
      assert.equal(run.stdout, '', `nothing may claim a result on stdout:\n${transcript}`);
      const lines = run.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 1, `one line on stderr:\n${transcript}`);
      assert.match(lines[0]!.replace(/^sluice: /, ''), bad.message, transcript);
      assert.doesNotMatch(run.stderr, /secret-host/, 'a --database-url is never echoed');
    });
  }
});
