// Bad transactions, bulk paths and parameter sources in sluice.yml: one sentence each with
// file:line:col, like the rest of the config.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseConfig } from '../../src/config/load.js';
import { checkSchemaReferences } from '../../src/config/schema-references.js';
import type { Column, Schema, Table } from '../../src/engines/engine.js';
import { ConfigError } from '../../src/errors.js';

const errorOf = (text: string, schema?: Schema) => {
  try {
    const { config, where } = parseConfig(`migrations: { dir: db }\n${text}`, 'sluice.yml');
    if (schema) checkSchemaReferences(config, schema, where);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error.message;
  }
  return 'accepted';
};

test('transactions, bulk paths and the new options parse to what the measurement uses', () => {
  const { config } = parseConfig(`migrations: { dir: db }
queries:
  - name: q
    sql: select * from t where a = $1 and b = $2
    params: [{ range: [1, 9] }, { pick: [x, y] }]
    expect: { rows: 3, uses-index: t_a_idx, max-rows-removed: 0 }
    max: { blocks: 500, rows-read: 1000, p95: 20ms }
transactions:
  - name: t
    statements: [select 1 where $1 > 0, { postgres: select $2, mysql: select $2 }]
    params: [1, 2]
bulk:
  - name: b
    sql: delete from t
`, 'sluice.yml');
  assert.deepEqual(config.queries[0]!.max, { blocks: 500, 'rows-read': 1000, p95: 20 });
  assert.deepEqual(config.queries[0]!.expect, { forbid: [], rows: 3, 'uses-index': 't_a_idx', 'max-rows-removed': 0 });
  assert.equal(config.transactions[0]!.statements.length, 2);
  assert.deepEqual(config.bulk[0]!.expect, { forbid: [] });
});

test('bad workloads name the setting and its line:col', () => {
  assert.match(
    errorOf('transactions:\n  - name: t\n    statements: [select $3]\n    params: [1, 2]\n'),
    /^sluice\.yml:4:18: transactions\[0\]\.statements\[0\]: uses \$3 but params gives 2 value\(s\)/,
  );
  assert.match(errorOf('transactions:\n  - name: t\n    statements: [select $1]\n    params: [1, 2]\n'), /^sluice\.yml:5:\d+: transactions\[0\]\.params\[1\]: no statement uses \$2/);
  assert.match(errorOf('transactions:\n  - name: t\n    statements: []\n'), /^sluice\.yml:4:\d+: transactions\[0\]\.statements/);
  assert.match(errorOf('bulk:\n  - { name: b, sql: delete from t }\n  - { name: B, sql: delete from u }\n'), /bulk\[1\]\.name: "B" reports as bulk\.b like bulk\[0\] does; give each bulk path its own name/);
  assert.match(errorOf('queries:\n  - name: q\n    sql: select $1\n    params: [{ range: [9, 1] }]\n'), /^sluice\.yml:5:\d+: queries\[0\]\.params\[0\]/);
  assert.match(errorOf('queries:\n  - name: q\n    sql: select 1\n    max: { p95: fast }\n'), /^sluice\.yml:5:\d+: queries\[0\]\.max\.p95/);
});

test('a parameter source naming a missing column is a config error at its line', () => {
  const column = (name: string): Column => ({ name, type: 'integer', nativeType: 'integer', nullable: false, hasDefault: false });
  const table = (name: string, columns: string[]): Table => ({ name, columns: columns.map(column), primaryKey: ['id'], uniques: [], foreignKeys: [], indexes: [], checks: [] });
  const schema: Schema = { tables: [table('customers', ['id', 'email'])] };
  assert.match(
    errorOf('transactions:\n  - name: t\n    statements: [select $1]\n    params: [{ from: customers.mail }]\n', schema),
    /^sluice\.yml:5:\d+: transactions\[0\]\.params\[0\]\.from names column 'mail'/,
  );
});
