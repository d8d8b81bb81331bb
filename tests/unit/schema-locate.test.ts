// The locator finds the migration line that made an object by replaying the DDL, on shapes
// real migration folders have: names at line ends, quoted mixed-case names (Prisma), schema
// qualification, 63-byte truncation, inline REFERENCES in ADD COLUMN, multi-line constraints,
// and DROP / RENAME events later on.
import { plainMigration } from '../support/migration-file.js';
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { buildLocator, truncateIdentifier } from '../../src/migrations/locate/index.js';
import type { MigrationFile } from '../../src/migrations/formats/index.js';

const files = (sources: Record<string, string>): MigrationFile[] =>
  Object.entries(sources).map(([name, sql], k) => plainMigration(k + 1, { name, file: path.resolve('db', name), sql }));
const at = (name: string, line: number) => ({ file: path.join('db', name), line });

test('a foreign key named at the end of a line is found on its own table, not the last FOREIGN KEY anywhere', () => {
  const locator = buildLocator(files({
    '1.sql': [
      'CREATE TABLE users (id bigint PRIMARY KEY);',
      'CREATE TABLE sessions (',
      '  id bigint PRIMARY KEY,',
      '  user_id bigint NOT NULL, CONSTRAINT',
      '  sessions_user_fk',
      '    FOREIGN KEY (user_id) REFERENCES users (id)',
      ');',
      'CREATE TABLE tokens (id bigint PRIMARY KEY, user_id bigint,',
      '  FOREIGN KEY (user_id) REFERENCES users (id));',
    ].join('\n'),
  }), 'postgres');
  assert.deepEqual(locator.constraint('sessions', 'foreign', 'sessions_user_fk', ['user_id']), at('1.sql', 4));
  // Unnamed: PostgreSQL calls it tokens_user_id_fkey; found by kind and columns.
  assert.deepEqual(locator.constraint('tokens', 'foreign', 'tokens_user_id_fkey', ['user_id']), at('1.sql', 9));
  assert.deepEqual(locator.table('tokens'), at('1.sql', 8));
});

test('quoted mixed-case names (Prisma) and schema-qualified names', () => {
  const locator = buildLocator(files({
    '20240101_init.sql': [
      '-- CreateTable',
      'CREATE TABLE "Account" (',
      '    "id" TEXT NOT NULL,',
      '    "userId" TEXT NOT NULL,',
      '',
      '    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")',
      ');',
      'CREATE TABLE billing.invoices (id int PRIMARY KEY, "accountId" text);',
      '-- AddForeignKey',
      'ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;',
      'ALTER TABLE ONLY billing.invoices',
      '    ADD CONSTRAINT invoices_account_fk FOREIGN KEY ("accountId") REFERENCES public."Account"(id);',
    ].join('\n'),
  }), 'postgres');
  assert.deepEqual(locator.table('Account'), at('20240101_init.sql', 2));
  assert.deepEqual(locator.constraint('Account', 'foreign', 'Account_userId_fkey', ['userId']), at('20240101_init.sql', 10));
  assert.deepEqual(locator.column('Account', 'userId'), at('20240101_init.sql', 4));
  assert.deepEqual(locator.table('billing.invoices'), at('20240101_init.sql', 8));
  assert.deepEqual(locator.constraint('billing.invoices', 'foreign', 'invoices_account_fk', ['accountId']), at('20240101_init.sql', 12));
});

test('a constraint name PostgreSQL cut to 63 bytes is matched', () => {
  const long = 'organization_membership_invitations_invited_by_user_id_foreign_key_constraint';
  const locator = buildLocator(files({
    '1.sql': 'CREATE TABLE organization_membership_invitations (id int PRIMARY KEY, invited_by_user_id int, other_id int);\n' +
      `ALTER TABLE organization_membership_invitations ADD CONSTRAINT other_fk FOREIGN KEY (other_id) REFERENCES t (id);\n` +
      `ALTER TABLE organization_membership_invitations\n  ADD CONSTRAINT ${long}\n  FOREIGN KEY (invited_by_user_id) REFERENCES users (id);\n`,
  }), 'postgres');
  const stored = truncateIdentifier(long);
  assert.equal(stored.length, 63);
  assert.deepEqual(locator.constraint('organization_membership_invitations', 'foreign', stored, ['invited_by_user_id']), at('1.sql', 4));
});

test('inline REFERENCES in ADD COLUMN, and a column added later on its own line', () => {
  const locator = buildLocator(files({
    '1.sql': 'CREATE TABLE teams (id int PRIMARY KEY);\nCREATE TABLE users (id int PRIMARY KEY);\n',
    '2.sql': [
      'ALTER TABLE users',
      '  ADD COLUMN nickname text,',
      '  ADD COLUMN team_id int',
      '    REFERENCES teams (id) ON DELETE SET NULL;',
    ].join('\n'),
  }), 'postgres');
  assert.deepEqual(locator.constraint('users', 'foreign', 'users_team_id_fkey', ['team_id']), at('2.sql', 3));
  assert.deepEqual(locator.column('users', 'nickname'), at('2.sql', 2));
});

test('a primary key dropped later points at the DROP; one added again points at the ADD', () => {
  const locator = buildLocator(files({
    '1.sql': 'CREATE TABLE events (id int PRIMARY KEY, at timestamptz);\nCREATE TABLE logs (id int, CONSTRAINT logs_pk PRIMARY KEY (id));\n',
    '2.sql': '-- no key any more\nALTER TABLE events DROP CONSTRAINT events_pkey;\nALTER TABLE logs DROP COLUMN id;\n',
  }), 'postgres');
  assert.deepEqual(locator.missingPrimaryKey('events'), at('2.sql', 2));
  assert.deepEqual(locator.missingPrimaryKey('logs'), at('2.sql', 3));
});

test('renames carry tables, columns, constraints and indexes to their new names', () => {
  const locator = buildLocator(files({
    '1.sql': 'CREATE TABLE orders (\n  id int PRIMARY KEY,\n  cust int REFERENCES customers (id)\n);\nCREATE INDEX orders_cust ON orders (cust);\n',
    '2.sql': 'ALTER TABLE orders RENAME TO purchases;\nALTER TABLE purchases RENAME COLUMN cust TO customer_id;\nALTER INDEX orders_cust RENAME TO purchases_customer_id_idx;\n',
  }), 'postgres');
  assert.deepEqual(locator.table('purchases'), at('1.sql', 1));
  assert.equal(locator.table('orders'), undefined);
  assert.deepEqual(locator.constraint('purchases', 'foreign', 'orders_cust_fkey', ['customer_id']), at('1.sql', 3));
  assert.deepEqual(locator.constraint('purchases', 'index', 'purchases_customer_id_idx', ['customer_id']), at('1.sql', 5));
});

test('MySQL: backquoted names, KEY clauses, executable comments, CHANGE and RENAME TABLE', () => {
  const locator = buildLocator(files({
    '1.sql': [
      '/*!40101 SET NAMES utf8mb4 */;',
      'CREATE TABLE `order_lines` (',
      '  `id` int NOT NULL AUTO_INCREMENT,',
      '  `order_id` int NOT NULL,',
      '  PRIMARY KEY (`id`),',
      '  KEY `idx_order` (`order_id`),',
      '  CONSTRAINT `fk_lines_order` FOREIGN KEY (`order_id`) REFERENCES `orders` (`id`),',
      '  CONSTRAINT `chk_qty` CHECK (`id` > 0)',
      ') ENGINE=MyISAM DEFAULT CHARSET=utf8;',
      'RENAME TABLE order_lines TO lines;',
      'ALTER TABLE lines CHANGE order_id purchase_id int NOT NULL;',
    ].join('\n'),
  }), 'mysql');
  assert.deepEqual(locator.table('lines'), at('1.sql', 2));
  assert.deepEqual(locator.constraint('lines', 'index', 'idx_order', ['purchase_id']), at('1.sql', 6));
  assert.deepEqual(locator.declared('lines', 'foreign').map((f) => f.location), [at('1.sql', 7)]);
  assert.deepEqual(locator.declared('lines', 'check').map((c) => c.location), [at('1.sql', 8)]);
  assert.deepEqual(locator.column('lines', 'purchase_id'), at('1.sql', 11));
});

test('function bodies, DO blocks and strings that look like DDL are not read as DDL', () => {
  const locator = buildLocator(files({
    '1.sql': [
      'CREATE TABLE a (id int PRIMARY KEY);',
      "CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE 'CREATE TABLE a (id int)'; END $$;",
      "DO $$ BEGIN ALTER TABLE a DROP CONSTRAINT a_pkey; END $$;",
      "COMMENT ON TABLE a IS 'ALTER TABLE a DROP CONSTRAINT a_pkey';",
    ].join('\n'),
  }), 'postgres');
  assert.deepEqual(locator.table('a'), at('1.sql', 1));
  assert.deepEqual(locator.missingPrimaryKey('a'), at('1.sql', 1));
});
