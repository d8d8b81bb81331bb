import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../src/errors.js';
import { discoverMigrations, type MigrationDiscovery } from '../../src/migrations/formats/index.js';
import { tempFolder as folder } from '../support/project.js';

const fixtures = fileURLToPath(new URL('../fixtures/migrations/', import.meta.url));
const discover = (dir: string, options: Parameters<typeof discoverMigrations>[2] = {}) => discoverMigrations(dir, 'sluice.yml:3:8 migrations.dir', options);
const names = (found: MigrationDiscovery) => found.files.map((f) => f.name);
const rejects = (promise: Promise<unknown>, pattern: RegExp) =>
  assert.rejects(promise, (error: Error) => {
    assert.ok(error instanceof ConfigError, String(error));
    assert.match(error.message, pattern);
    return true;
  });

describe('each fixture folder is detected as its tool and ordered as the tool orders it', () => {
  test('golang-migrate: numeric versions (10 after 9), downs paired, the .go migration reported as not run', async () => {
    const found = await discover(path.join(fixtures, 'golang-migrate/postgres'));
    assert.equal(found.format, 'golang-migrate');
    assert.equal(found.detected, true);
    assert.deepEqual(names(found), ['1_create_customers.up.sql', '2_create_orders.up.sql', '9_create_schema_audit.up.sql', '10_backfill_order_status.up.sql']);
    assert.ok(found.files.every((f) => f.down?.file.endsWith(f.name.replace('.up.', '.down.'))));
    assert.deepEqual(found.unrun.map((u) => path.basename(u.file)), ['11_seed_loyalty.up.go']);
    assert.match(found.unrun[0]!.reason, /not production's/);
  });

  test('goose: sections, StatementBegin/End kept whole, NO TRANSACTION, .go reported', async () => {
    const found = await discover(path.join(fixtures, 'goose/mysql'), { dialect: 'mysql' });
    assert.equal(found.format, 'goose');
    const procedure = found.files[1]!;
    assert.deepEqual(procedure.statements?.map((s) => s.line), [3]);
    assert.match(procedure.statements![0]!.sql, /^CREATE PROCEDURE[\s\S]*SELECT balance_cents[\s\S]*END$/);
    assert.equal(procedure.down?.sql.trim(), '-- +goose Down\nDROP PROCEDURE credit_account;');
    assert.doesNotMatch(procedure.sql, /DROP PROCEDURE/);

    const pg = await discover(path.join(fixtures, 'goose/postgres'));
    assert.deepEqual(pg.files.map((f) => f.version), ['1', '2', '3', '5']);
    assert.equal(pg.files[2]!.transaction, false);
    assert.deepEqual(pg.files[1]!.statements?.map((s) => s.line), [3, 10]);
    assert.deepEqual(pg.unrun.map((u) => path.basename(u.file)), ['00004_backfill_balances.go']);
  });

  test('Flyway: 1.10 after 1.9, _ read as ., undo as the down, the repeatable last, placeholders replaced', async () => {
    const found = await discover(path.join(fixtures, 'flyway/postgres'), { placeholders: { app_name: 'Shop' } });
    assert.equal(found.format, 'flyway');
    assert.deepEqual(found.files.map((f) => f.version), ['1', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '']);
    const last = found.files.at(-1)!;
    assert.equal(last.repeatable, true);
    assert.equal(last.description, 'product price view');
    assert.match(found.files[0]!.sql, /'Catalogue of Shop'/);
    assert.match(found.files[10]!.sql, /VALUES \('V1_10__prices_valid_from\.sql'/);
    assert.match(found.files[10]!.down!.file, /U1_10__prices_valid_from\.sql$/);
    assert.match(found.files[0]!.checksum!, /^-?\d+$/);
  });

  test('dbmate: sections kept on their lines, transaction:false', async () => {
    const found = await discover(path.join(fixtures, 'dbmate/postgres'));
    assert.equal(found.format, 'dbmate');
    assert.deepEqual(found.files.map((f) => f.version), ['20240105093000', '20240212141500', '20240301080000']);
    const index = found.files[1]!;
    assert.equal(index.transaction, false);
    assert.equal(index.sql.split('\n')[1], 'CREATE INDEX CONCURRENTLY events_kind_idx ON events (kind);');
    assert.equal(index.down!.sql.split('\n')[4], 'DROP INDEX CONCURRENTLY events_kind_idx;');
  });

  test('Prisma: one folder per migration, in name order, SHA-256 checksums', async () => {
    const found = await discover(path.join(fixtures, 'prisma/mysql'));
    assert.equal(found.format, 'prisma');
    assert.deepEqual(names(found), ['20240110120000_init', '20240215093000_add_posts']);
    assert.match(found.files[0]!.file, /20240110120000_init\/migration\.sql$/);
    assert.match(found.files[0]!.checksum!, /^[0-9a-f]{64}$/);
    assert.equal(found.files[0]!.down, undefined);
  });

  test('sqitch: plan order, dependencies, revert as the down, verify attached, tag on its change', async () => {
    const found = await discover(path.join(fixtures, 'sqitch/postgres'));
    assert.equal(found.format, 'sqitch');
    assert.deepEqual(names(found), ['appschema', 'users', 'flips']);
    const [, users, flips] = found.files;
    assert.deepEqual(flips!.sqitch?.requires, ['appschema', 'users']);
    assert.deepEqual(users!.sqitch?.tags.map((t) => t.name), ['v1.0.0-dev1']);
    assert.match(flips!.verify!.file, /verify\/flips\.sql$/);
    assert.match(flips!.down!.file, /revert\/flips\.sql$/);
    assert.equal(flips!.transaction, false);
    assert.match(users!.sqitch!.changeId, /^[0-9a-f]{40}$/);
  });
});

describe('ordering and pairing rules', () => {
  test('golang-migrate: zero-padded sparse and timestamp versions sort as numbers', async () => {
    const dir = await folder({ '0010_c.up.sql': '', '0002_b.up.sql': '', '20240101000000_d.up.sql': '', '1_a.up.sql': '' });
    assert.deepEqual(names(await discover(dir)), ['1_a.up.sql', '0002_b.up.sql', '0010_c.up.sql', '20240101000000_d.up.sql']);
  });

  test('golang-migrate: two ups sharing a version are its own error, both files named', async () => {
    const dir = await folder({ '1_a.up.sql': '', '01_b.up.sql': '', '2_c.up.sql': '' });
    await rejects(discover(dir), /duplicate migration file: 01_b\.up\.sql and 1_a\.up\.sql share version 1, which golang-migrate refuses/);
  });

  test('golang-migrate: a down without an up is an error; a mismatched or missing down is a warning, never paired', async () => {
    await rejects(discover(await folder({ '1_a.up.sql': '', '2_b.down.sql': '' })), /2_b\.down\.sql: a down migration without an up/);
    const found = await discover(await folder({ '1_a.up.sql': '', '1_other.down.sql': '', '2_b.up.sql': '', '3_c.up.sql': '', '3_c.down.sql': '' }));
    assert.equal(found.files[0]!.down, undefined);
    assert.deepEqual(found.warnings.map((w) => w.message), [
      '1_a.up.sql and 1_other.down.sql share version 1 but not a name, so Sluice does not take 1_other.down.sql as its down; rename one so they match.',
      '2_b.up.sql has no 2_b.down.sql, unlike the folder\'s other migrations, so it cannot be reverted or round-tripped.',
    ]);
  });

  test('Flyway: two files with the same version (1.1 and 1_1.0) are refused, naming both', async () => {
    await rejects(discover(await folder({ 'V1.1__a.sql': '', 'V1_1_0__b.sql': '' })), /found more than one migration with version 1\.1 \(V1\.1__a\.sql and V1_1_0__b\.sql\)/);
  });

  test('Flyway: an unknown placeholder names file:line; an undo without its version is refused', async () => {
    await rejects(discover(await folder({ 'V1__a.sql': 'SELECT 1;\nGRANT SELECT ON t TO ${reader};\n' })), /V1__a\.sql:2: no value provided for placeholder \$\{reader\}; add it under migrations\.placeholders/);
    await rejects(discover(await folder({ 'V1__a.sql': '', 'U2__b.sql': '' })), /U2__b\.sql: an undo migration without its versioned one/);
  });

  test('Flyway: a callback is reported as not run, a .sql.conf can turn the transaction off', async () => {
    const dir = await folder({ 'V1__a.sql': 'CREATE INDEX CONCURRENTLY i ON t (c);', 'V1__a.sql.conf': 'executeInTransaction=false\n', 'afterMigrate.sql': 'SELECT 1;' });
    const found = await discover(dir);
    assert.equal(found.files[0]!.transaction, false);
    assert.deepEqual(found.unrun.map((u) => path.basename(u.file)), ['afterMigrate.sql']);
  });

  test('sqitch: a dependency the plan does not deploy earlier names the plan line', async () => {
    const dir = await folder({
      'sqitch.plan': '%project=p\n\nb [a] 2024-01-01T00:00:00Z A <a@x> # b\na 2024-01-01T00:00:00Z A <a@x>\n',
      'deploy/a.sql': '', 'deploy/b.sql': '',
    });
    await rejects(discover(dir), /sqitch\.plan:3: change b requires a, which the plan does not deploy before it/);
  });

  test('sqitch: a reworked change keeps its earlier script under <change>@<tag>', async () => {
    const dir = await folder({
      'sqitch.plan': '%project=p\na 2024-01-01T00:00:00Z A <a@x>\n@v1 2024-01-01T00:00:00Z A <a@x>\na [a@v1] 2024-02-01T00:00:00Z A <a@x> # rework\n',
      'deploy/a@v1.sql': 'SELECT 1;', 'deploy/a.sql': 'SELECT 2;',
    });
    assert.deepEqual(names(await discover(dir)), ['a@v1', 'a']);
  });

  test('goose: a file without -- +goose Up is named', async () => {
    await rejects(discover(await folder({ '1_a.sql': '-- +goose Up\nSELECT 1;', '2_b.sql': 'SELECT 2;' }), { format: 'goose' }), /2_b\.sql: the goose migration has no -- \+goose Up annotation/);
  });
});

describe('detection', () => {
  test('a folder that mixes conventions names the odd file and the tool it looks like', async () => {
    const dir = await folder({ 'V1__a.sql': '', 'V2__b.sql': '', '3_c.up.sql': '' });
    await rejects(discover(dir), /3_c\.up\.sql does not follow the folder's naming \(Flyway: .*\), so Sluice would never apply it; .*\(3_c\.up\.sql is named the way golang-migrate names migrations: one folder holds one tool's migrations\)\.$/);
  });

  test('dbmate files among goose files are named', async () => {
    const dir = await folder({ '1_a.sql': '-- +goose Up\nSELECT 1;', '2_b.sql': '-- +goose Up\nSELECT 1;', '3_c.sql': '-- migrate:up\nSELECT 1;' });
    await rejects(discover(dir), /3_c\.sql: the goose migration has no -- \+goose Up annotation/);
  });

  test('migrations.format names the format when a folder could be read either way', async () => {
    const dir = await folder({ '1_a.up.sql': 'SELECT 1;', '1_a.down.sql': 'SELECT 2;' });
    assert.equal((await discover(dir)).format, 'golang-migrate');
    const found = await discover(dir, { format: 'plain' });
    assert.equal(found.format, 'plain');
    assert.equal(found.detected, false);
  });

  test('a folder with none of the conventions says so', async () => {
    await rejects(discover(await folder({ 'README.md': '' })), /has no migrations; add numbered \.sql files such as 0001_init\.sql, or another tool's/);
    await rejects(discover(await folder({ 'notes.txt': '' }), { format: 'flyway' }), /has no migrations; add Flyway: V<version>__<description>\.sql/);
    await rejects(discover(await folder({ '1_a.sql': '' }), { format: 'flyway' }), /1_a\.sql does not follow the folder's naming \(Flyway: /);
  });

  test('an unreadable file is one sentence', async () => {
    const dir = await folder({});
    await writeFile(path.join(dir, 'V1__a.sql'), Buffer.from([0x41, 0xff]));
    await rejects(discover(dir), /V1__a\.sql:1: the migration is not valid UTF-8/);
  });
});
