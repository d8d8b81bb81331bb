// Bad sluice.yml, CLI flags and Action inputs: each is one sentence naming the setting (with
// file:line:col) or the flag and the fix, thrown as ConfigError or UsageError (exit 2).
// The new settings (statement timeouts, migration privileges) parse to what callers use.

import assert from 'node:assert/strict';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig, parseConfig } from '../../src/config/load.js';
import { checkDatabaseUrl, checkEngine, checkFailOn, checkReportPath } from '../../src/config/overrides.js';
import { placeholdersIn } from '../../src/config/placeholders.js';
import { checkSchemaReferences } from '../../src/config/schema-references.js';
import { durationMs } from '../../src/config/schema/index.js';
import type { Column, Schema, Table } from '../../src/engines/engine.js';
import { ConfigError, UsageError } from '../../src/errors.js';
import { tempFolder } from '../support/project.js';

const MIGRATIONS = 'migrations: { dir: db }\n';

const errorOf = (text: string) => {
  try {
    parseConfig(text, 'sluice.yml');
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('the config was accepted');
};

const rejection = async (promise: Promise<unknown>, kind: typeof ConfigError | typeof UsageError = ConfigError) => {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof kind, `expected a ${kind.name}, got ${String(error)}`);
    return error.message;
  }
  assert.fail('it was accepted');
};

const thrown = (fn: () => unknown) => rejection(Promise.resolve().then(fn), UsageError);

describe('statement timeouts and migration privileges', () => {
  it('default to 60s for the gate, 10m for migrations and confined privileges, in milliseconds', () => {
    const { config } = parseConfig(MIGRATIONS, 'sluice.yml');
    assert.equal(config.gate['statement-timeout'], 60_000);
    assert.equal(config.migrations['statement-timeout'], 600_000);
    assert.equal(config.migrations.privileges, 'confined');
  });

  it('accept ms, s, m, h and a number of seconds', () => {
    const timeouts = { '500ms': 500, '60s': 60_000, '10m': 600_000, '1h': 3_600_000, '1.5s': 1500, '2': 2000, '0.25': 250 };
    for (const [written, ms] of Object.entries(timeouts)) {
      const value = /^[\d.]+$/.test(written) ? written : JSON.stringify(written);
      const { config } = parseConfig(`migrations: { dir: db, statement-timeout: ${value} }\ngate: { statement-timeout: ${value} }\n`, 'sluice.yml');
      assert.equal(config.migrations['statement-timeout'], ms, written);
      assert.equal(config.gate['statement-timeout'], ms, written);
    }
    assert.equal(durationMs('10m'), 600_000);
    assert.equal(durationMs(90), 90_000);
    assert.equal(durationMs('ten minutes'), undefined);
  });

  it('keep the other gate defaults when only the timeout is set', () => {
    const { config } = parseConfig(`${MIGRATIONS}gate: { statement-timeout: 5s }\n`, 'sluice.yml');
    assert.equal(config.gate['statement-timeout'], 5000);
    assert.deepEqual(
      { ...config.gate, 'statement-timeout': undefined },
      { ...parseConfig(MIGRATIONS, 'sluice.yml').config.gate, 'statement-timeout': undefined },
    );
  });

  it('accept superuser privileges', () => {
    assert.equal(parseConfig('migrations: { dir: db, privileges: superuser }\n', 'sluice.yml').config.migrations.privileges, 'superuser');
  });

  it('refuse a deadline of zero, over a day, negative or without a unit', () => {
    assert.equal(errorOf(`${MIGRATIONS}gate: { statement-timeout: 0s }\n`), 'sluice.yml:2:28: gate.statement-timeout: "0s" is not a deadline; give a duration between 1ms and 24h, such as "60s".');
    assert.match(errorOf('migrations: { dir: db, statement-timeout: 2d }\n'), /^sluice\.yml:1:43: migrations\.statement-timeout: expected a duration such as "500ms"/);
    assert.match(errorOf(`${MIGRATIONS}gate: { statement-timeout: 25h }\n`), /"25h" is longer than 24h/);
    assert.match(errorOf(`${MIGRATIONS}gate: { statement-timeout: -1 }\n`), /gate\.statement-timeout: expected greater than 0, found -1\.$/);
  });
});

describe('sluice.yml with the wrong shape', () => {
  it('says what was expected and what was found', () => {
    assert.equal(errorOf(`${MIGRATIONS}data:\n  seed: 4.2\n`), 'sluice.yml:3:9: data.seed: expected an integer, found 4.2.');
    assert.equal(errorOf(`${MIGRATIONS}data:\n  seed: "42"\n`), 'sluice.yml:3:9: data.seed: expected a number, found the text "42"; write it without quotes.');
    assert.equal(errorOf(`${MIGRATIONS}engine: 16\n`), 'sluice.yml:2:9: engine: expected text, found 16.');
    assert.doesNotMatch(errorOf(`${MIGRATIONS}engine: postgress://app:hunter2@db/app\n`), /hunter2/);
    assert.equal(errorOf('migrations:\n'), 'sluice.yml:1:12: migrations: expected a map of settings, found nothing.');
    assert.equal(errorOf(`${MIGRATIONS}gate: { time: { p: 1 } }\n`), 'sluice.yml:2:20: gate.time.p: expected less than 1, found 1.');
  });

  it('names both accepted forms of a per-dialect setting', () => {
    assert.equal(errorOf(`${MIGRATIONS}queries:\n  - name: q\n    sql: 5\n`), 'sluice.yml:4:10: queries[0].sql: expected text or a map of postgres: and mysql:, found 5.');
    assert.equal(errorOf('migrations: { dir: [a, b] }\n'), 'sluice.yml:1:20: migrations.dir: expected text or a map of postgres: and mysql:, found a list.');
  });

  it('reports a misspelt key in a list item of alternatives as unknown', () => {
    assert.equal(
      errorOf(`${MIGRATIONS}checks:\n  data-tests:\n    - uniqe: customers.email\n`),
      "sluice.yml:4:7: unknown key 'uniqe'; remove it or check its spelling against the README's config reference.",
    );
  });

  it('names a required setting that is missing or empty', () => {
    assert.equal(errorOf('engine: pglite\n'), 'sluice.yml:1:1: migrations: is required (a map of settings); add migrations: { dir: <folder of .sql migrations> }.');
    assert.equal(errorOf(`${MIGRATIONS}queries:\n  - sql: select 1\n`), 'sluice.yml:3:5: queries[0].name: is required (text); add it.');
    assert.equal(errorOf(`${MIGRATIONS}queries:\n  - name: ""\n    sql: select 1\n`), 'sluice.yml:3:11: queries[0].name: is empty; write a value.');
  });

  it('checks data.columns settings: ordered ranges, range or values, table.column keys', () => {
    assert.equal(
      errorOf(`${MIGRATIONS}data:\n  columns:\n    products.price: { range: [10, 1] }\n`),
      'sluice.yml:4:30: data.columns."products.price".range: [10, 1] is reversed; write the range low to high, [1, 10].',
    );
    assert.equal(
      errorOf(`${MIGRATIONS}data:\n  columns:\n    products.price: { range: [1, 5], values: [2] }\n`),
      'sluice.yml:4:21: data.columns."products.price": gives both range and values; keep one of them.',
    );
    assert.equal(errorOf(`${MIGRATIONS}data:\n  columns:\n    price: { range: [1, 2] }\n`), "sluice.yml:4:5: data.columns: the key 'price' must be table.column; write it as <table>.price.");
    assert.equal(errorOf(`${MIGRATIONS}data:\n  columns:\n    a.b: { range: [1] }\n`), 'sluice.yml:4:19: data.columns."a.b".range: expected at least 2 items, found 1.');
  });

  it('explains YAML that does not hold a map of settings', () => {
    assert.match(errorOf(''), /^sluice\.yml: the file is empty; add at least migrations:/);
    assert.match(errorOf('- a\n'), /^sluice\.yml:1:1: the top level must be a map of settings .*, found a list; see the README's config reference\.$/);
    assert.match(errorOf('42\n'), /^sluice\.yml:1:1: the top level must be a map of settings .*, found 42;/);
    assert.equal(errorOf(`${MIGRATIONS}data: { seed: 1, seed: 2 }\n`), "sluice.yml:2:18: the key 'seed' appears twice in the same map; keep one of them.");
    assert.match(errorOf('a: *nowhere\n'), /^sluice\.yml: a YAML alias cannot be expanded \(.*nowhere\); define each &anchor before its \*alias/);
    assert.match(errorOf('migrations: [\n'), /^sluice\.yml:\d+:\d+: invalid YAML: .*; fix the syntax here\.$/);
  });
});

describe('query placeholders and params', () => {
  const query = (sql: string, params: string) => `${MIGRATIONS}queries:\n  - name: q\n    sql: ${sql}\n    params: ${params}\n`;

  it('accepts every $n matched by a value', () => {
    const { config } = parseConfig(query('"select $2::int + $1"', '[1, 2]'), 'sluice.yml');
    assert.deepEqual(config.queries[0]!.params, [1, 2]);
  });

  it('refuses a $n beyond params, an unused value and $0', () => {
    assert.equal(errorOf(query('select $1, $2', '[1]')), 'sluice.yml:3:5: queries[0]: sql uses $2 but params gives 1 value; add the missing value to params.');
    assert.equal(errorOf(query('select $1', '[]')), 'sluice.yml:3:5: queries[0]: sql uses $1 but params gives no values; add the missing value to params.');
    assert.equal(errorOf(query('select 1', '[{ from: a.b }]')), 'sluice.yml:5:14: queries[0].params[0]: sql does not use $1; remove this value from params or use $1 in the SQL.');
    assert.equal(errorOf(query('select $0', '[]')), 'sluice.yml:4:10: queries[0].sql: sql uses $0; placeholders start at $1.');
  });

  it('checks each dialect of a per-dialect query', () => {
    const text = `${MIGRATIONS}queries:\n  - name: q\n    sql: { postgres: select $1, mysql: select 1 }\n    params: [7]\n`;
    assert.equal(errorOf(text), 'sluice.yml:5:14: queries[0].params[0]: sql.mysql does not use $1; remove this value from params or use $1 in the SQL.');
  });

  it('ignores $n in literals, quoted identifiers, comments and dollar-quoted strings', () => {
    const numbers = (sql: string, dialect: 'postgres' | 'mysql' = 'postgres') => placeholdersIn(sql, dialect).map((p) => p.number);
    assert.deepEqual(numbers("select '$2', 'it''s $3', $1"), [1]);
    assert.deepEqual(numbers(`select "col$2", price$3 from t where a = $1`), [1]);
    assert.deepEqual(numbers("select $$ $2 $$, $body$ $3 $body$, $1"), [1]);
    assert.deepEqual(numbers("select E'\\' $2', $1 -- $3\n/* $4 /* $5 */ $6 */ + $2"), [1, 2]);
    assert.deepEqual(numbers("select '\\' $2', `a$3`, \"$4\", $1 # $5\n", 'mysql'), [1]);
    assert.deepEqual(numbers('select $1 /* $2 /* */ $3', 'mysql'), [1, 3]);
    assert.deepEqual(placeholdersIn('x = $12', 'postgres'), [{ number: 12, start: 4, end: 7 }]);
  });

  it('refuses two queries that would report under one metric key', () => {
    assert.match(errorOf(`${MIGRATIONS}queries:\n  - { name: Orders, sql: select 1 }\n  - { name: orders!, sql: select 2 }\n`), /^sluice\.yml:4:13: queries\[1\]\.name: "orders!" reports as query\.orders like queries\[0\] does/);
  });
});

describe('the config file', () => {
  it('names a directory, an empty path and a path through a file', async () => {
    const dir = await tempFolder({ 'sluice.yml': MIGRATIONS });
    assert.equal(await rejection(loadConfig(dir)), `${dir}: is a directory, not a file; pass --config ${path.join(dir, 'sluice.yml')} (or wherever the config is).`);
    assert.match(await rejection(loadConfig('')), /^the config path is empty; pass --config/);
    assert.match(await rejection(loadConfig(path.join(dir, 'sluice.yml', 'x.yml'))), /: part of this path is a file, not a directory; pass --config/);
  });

  it('names text that is not UTF-8, with its line', async () => {
    const dir = await tempFolder();
    await writeFile(path.join(dir, 'latin1.yml'), Buffer.from(`${MIGRATIONS}# na\xefve\n`, 'latin1'));
    await writeFile(path.join(dir, 'utf16.yml'), Buffer.from(`\ufeff${MIGRATIONS}`, 'utf16le'));
    assert.match(await rejection(loadConfig(path.join(dir, 'latin1.yml'))), /latin1\.yml:2: is not UTF-8 text \(byte 0xEF on line 2, perhaps Latin-1/);
    assert.match(await rejection(loadConfig(path.join(dir, 'utf16.yml'))), /utf16\.yml: is UTF-16 text; save it as UTF-8\.$/);
  });
});

describe('flags and Action inputs', () => {
  it('checks the report path without leaving a file or truncating one', async () => {
    const dir = await tempFolder({ 'old.json': '{"kept":true}\n' });
    assert.equal(await checkReportPath(path.join(dir, 'new.json'), '--json'), path.join(dir, 'new.json'));
    assert.deepEqual(await readdir(dir), ['old.json']);
    await checkReportPath(path.join(dir, 'old.json'), '--json');
    assert.equal(await readFile(path.join(dir, 'old.json'), 'utf8'), '{"kept":true}\n');
    assert.match(await rejection(checkReportPath(path.join(dir, 'old.json', 'r.json'), '--json'), UsageError), /old\.json is a file, not a folder; write the report elsewhere\.$/);
    assert.match(await rejection(checkReportPath(dir, '--json'), UsageError), /: is a directory; give a file path such as /);
    assert.match(await rejection(checkReportPath('missing/r.json', '--json'), UsageError), /^--json missing\/r\.json: the folder missing does not exist; create it \(mkdir -p missing\)/);
  });

  it('checks URLs without echoing them', async () => {
    const secret = 'postgres://app:hunter2@';
    assert.match(await thrown(() => checkDatabaseUrl(secret, "input 'database-url'")), /^input 'database-url' is not a valid URL; write it such as postgres:\/\//);
    assert.doesNotMatch(await thrown(() => checkDatabaseUrl(secret, '--database-url')), /hunter2/);
    assert.match(await thrown(() => checkDatabaseUrl('', '--database-url')), /^--database-url is empty; give a server URL/);
    assert.doesNotMatch(await thrown(() => checkEngine('oracle://sys:hunter2@db', '--engine')), /hunter2/);
    assert.equal(checkDatabaseUrl('mysql://root@127.0.0.1:3306/mysql', '--database-url'), 'mysql://root@127.0.0.1:3306/mysql');
    assert.match(await thrown(() => checkFailOn('warnings', "input 'fail-on'")), /^input 'fail-on': 'warnings' is not a fail-on level; use one of error, warning, never\.$/);
  });
});

describe('names checked against the migrated schema', () => {
  const column = (name: string): Column => ({ name, type: 'integer', nativeType: 'integer', nullable: false, hasDefault: false });
  const table = (name: string, columns: string[]): Table => ({ name, columns: columns.map(column), primaryKey: ['id'], uniques: [], foreignKeys: [], indexes: [], checks: [] });
  const schema: Schema = { tables: [table('customers', ['id', 'email']), table('billing.invoices', ['id', 'total'])] };
  const check = (yml: string) => {
    const { config, where } = parseConfig(`${MIGRATIONS}${yml}`, 'sluice.yml');
    try {
      checkSchemaReferences(config, schema, where);
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      return error.message;
    }
    return 'accepted';
  };

  it('accepts names that exist, schema-qualified ones too', () => {
    assert.equal(check('data:\n  rows: { billing.invoices: 5 }\n  columns:\n    billing.invoices.total: { range: [1, 9] }\n'), 'accepted');
  });

  it('names the setting, its line and the real tables or columns', () => {
    assert.equal(
      check('data:\n  columns:\n    invoices.total: { range: [1, 9] }\n'),
      "sluice.yml:4:21: data.columns names table 'invoices', which the migrations do not create; tables are customers, billing.invoices.",
    );
    assert.equal(
      check('checks:\n  data-tests:\n    - unique: customers.mail\n'),
      "sluice.yml:4:15: checks.data-tests[0].unique names column 'mail', which table customers does not have; its columns are id, email.",
    );
    assert.match(check('data:\n  rows: { orders: 5 }\n'), /^sluice\.yml:3:19: data\.rows names table 'orders', which the migrations do not create; tables are customers, billing\.invoices\.$/);
  });
});
