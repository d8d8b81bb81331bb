import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError } from '../../src/errors.js';
import { splitStatements } from '../../src/migrations/apply.js';
import { discoverMigrations } from '../../src/migrations/formats/index.js';

import { tempFolder as folder } from '../support/project.js';

test('migrations apply in numeric order, down files and other files skipped', async () => {
  const dir = await folder({ '10_c.sql': '', '9_b.sql': '', '0001_a.sql': '', '2_x.down.sql': '', '2_x.up.sql': '', 'notes.md': '' });
  const { format, files } = await discoverMigrations(dir, 'migrations.dir');
  assert.equal(format, 'plain');
  assert.deepEqual(files.map((f) => f.name), ['0001_a.sql', '2_x.up.sql', '9_b.sql', '10_c.sql']);
});

test('an empty migrations directory is a config error naming it', async () => {
  const dir = await folder({ 'README.md': 'nothing' });
  await assert.rejects(discoverMigrations(dir, 'sluice.yml:3:8 migrations.dir'), (error: Error) => {
    assert.ok(error instanceof ConfigError);
    assert.match(error.message, /^sluice\.yml:3:8 migrations\.dir: .* has no migrations; add numbered \.sql files/);
    return true;
  });
});

test('a missing migrations directory is a config error', async () => {
  await assert.rejects(discoverMigrations('/nonexistent/sluice', 'migrations.dir'), /does not exist; fix the path/);
});

// A plain folder has no tool to refuse it, and the runners of such folders apply both files.
test('two plain migrations with the same number both apply, in name order', async () => {
  const dir = await folder({ '1_a.sql': '', '01_b.sql': '' });
  const { files } = await discoverMigrations(dir, 'migrations.dir');
  assert.deepEqual(files.map((f) => f.name), ['01_b.sql', '1_a.sql']);
});

test('statements are split like psql does, each with the line it starts on', () => {
  const sql = [
    '-- customers', // 1
    'CREATE TABLE a (', // 2
    "  note text DEFAULT 'x;y'", // 3
    ');', // 4
    '', // 5
    'CREATE FUNCTION f() RETURNS trigger AS $$', // 6
    'BEGIN RETURN NEW; END;', // 7
    '$$ LANGUAGE plpgsql;', // 8
    '/* why */ SELECT 1;', // 9
  ].join('\n');
  const statements = splitStatements(sql, 'postgres');
  assert.deepEqual(statements.map((s) => s.line), [2, 6, 9]);
  assert.match(statements[1]!.sql, /RETURN NEW; END;\n\$\$ LANGUAGE plpgsql$/);
  assert.equal(statements[2]!.sql, 'SELECT 1');
});

test("MySQL files may change the delimiter for trigger bodies, as the mysql client allows", () => {
  const sql = ['CREATE TABLE a (id int);', 'DELIMITER //', 'CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN', '  SET NEW.id = 1;', 'END//', 'DELIMITER ;', 'INSERT INTO a VALUES (1);'].join('\n');
  const statements = splitStatements(sql, 'mysql');
  assert.deepEqual(statements.map((s) => s.line), [1, 3, 7]);
  assert.match(statements[1]!.sql, /^CREATE TRIGGER[\s\S]*SET NEW\.id = 1;\nEND$/);
});
