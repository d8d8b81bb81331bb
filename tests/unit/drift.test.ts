// Drift and ordering: what the pull request did to migrations the base branch already has.
import { plainMigration } from '../support/migration-file.js';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectDrift } from '../../src/migrations/drift.js';
import type { MigrationFile } from '../../src/migrations/formats/index.js';

const migration = (name: string, sql: string, dir = '/repo/db/migrations'): MigrationFile =>
  plainMigration(BigInt(/^\d+/.exec(name)![0]), { name, file: `${dir}/${name}`, sql });

const BASE = [
  migration('0001_init.sql', 'CREATE TABLE customers (id int PRIMARY KEY);\n'),
  migration('0002_orders.sql', 'CREATE TABLE orders (id int PRIMARY KEY);\nCREATE INDEX ON orders (id);\n'),
  migration('0005_notes.sql', 'ALTER TABLE orders ADD COLUMN note text;\n'),
];

test('an unchanged base plus a new migration after it is no drift', () => {
  const head = [...BASE, migration('0006_more.sql', 'SELECT 1;\n')];
  assert.deepEqual(detectDrift({ base: BASE, head }), []);
});

test('a merged migration the pull request edited is an error at the first changed line', () => {
  const head = [BASE[0]!, migration('0002_orders.sql', 'CREATE TABLE orders (id int PRIMARY KEY);\nCREATE INDEX ON orders (id, note);\n'), BASE[2]!];
  const [finding, ...rest] = detectDrift({ base: BASE, head });
  assert.equal(rest.length, 0);
  assert.equal(finding!.rule, 'migration-changed');
  assert.equal(finding!.severity, 'error');
  assert.equal(finding!.subject, 'migration 0002_orders.sql');
  assert.match(finding!.location!.file, /db\/migrations\/0002_orders\.sql$/);
  assert.equal(finding!.location!.line, 2);
  assert.match(finding!.message, /^0002_orders\.sql was changed after it was merged; production already ran the old version.*Add a new migration instead\.$/);
});

test('CRLF line endings are not a change; trailing whitespace is, and the message says it is only whitespace', () => {
  const crlf = BASE.map((m) => ({ ...m, sql: m.sql.replace(/\n/g, '\r\n') }));
  assert.deepEqual(detectDrift({ base: BASE, head: crlf }), []);
  const spaced = [BASE[0]!, { ...BASE[1]!, sql: BASE[1]!.sql.replace('KEY);', 'KEY);  ') }, BASE[2]!];
  const [finding] = detectDrift({ base: BASE, head: spaced });
  assert.equal(finding!.rule, 'migration-changed');
  assert.equal(finding!.location!.line, 1);
  assert.match(finding!.message, /Only whitespace changed, but tools that keep checksums \(Flyway, sqitch\) will refuse to migrate/);
});

test('a merged migration deleted in the pull request is an error', () => {
  const [finding] = detectDrift({ base: BASE, head: [BASE[0]!, BASE[2]!] });
  assert.equal(finding!.rule, 'migration-deleted');
  assert.equal(finding!.severity, 'error');
  assert.match(finding!.message, /^0002_orders\.sql was deleted after it was merged; production already ran it/);
});

test('a merged migration renamed is told as a rename, since the tool would run it again', () => {
  const head = [BASE[0]!, migration('0002_create_orders.sql', BASE[1]!.sql), BASE[2]!];
  const findings = detectDrift({ base: BASE, head });
  const deleted = findings.find((f) => f.rule === 'migration-deleted');
  assert.match(deleted!.message, /0002_orders\.sql was renamed to 0002_create_orders\.sql after it was merged/);
  assert.match(deleted!.location!.file, /0002_create_orders\.sql$/);
});

test('a new migration that sorts before the latest merged one is out of order (a warning)', () => {
  const head = [BASE[0]!, BASE[1]!, migration('0003_late.sql', 'SELECT 1;\n'), BASE[2]!, migration('0006_fine.sql', 'SELECT 1;\n')];
  const findings = detectDrift({ base: BASE, head });
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.rule, 'migration-out-of-order');
  assert.equal(findings[0]!.severity, 'warning');
  assert.equal(findings[0]!.subject, 'migration 0003_late.sql');
  assert.match(findings[0]!.message, /0003_late\.sql is new but sorts before 0005_notes\.sql, which is already merged/);
});

test('migrations are the same one by their path inside the folder, wherever the two checkouts are', () => {
  const base = [migration('0001_init.sql', 'A;\n', '/tmp/base/db'), migration('0002_b.sql', 'B;\n', '/tmp/base/db')];
  const head = [migration('0001_init.sql', 'A;\n', '/work/pr/db'), migration('0002_b.sql', 'B2;\n', '/work/pr/db')];
  const findings = detectDrift({ base, head, baseDir: '/tmp/base/db', headDir: '/work/pr/db' });
  assert.deepEqual(findings.map((f) => [f.rule, f.subject]), [['migration-changed', 'migration 0002_b.sql']]);
});
