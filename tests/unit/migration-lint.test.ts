import { plainMigration } from '../support/migration-file.js';
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { ConfigError } from '../../src/errors.js';
import { lintMigrations, MIGRATION_RULES, MIGRATION_RULE_IDS, validateMigrationRules, type MigrationLintContext } from '../../src/migrations/lint/index.js';
import type { MigrationFile } from '../../src/migrations/formats/index.js';

const EXISTING = new Set(['orders', 'customers', 'products', 'order_items', 'users']);

function migration(name: string, sql: string, transaction?: boolean): MigrationFile {
  return plainMigration(parseInt(name, 10) || 1, { name, file: path.join(process.cwd(), 'db/migrations', name), sql, ...(transaction === undefined ? {} : { transaction }) });
}

interface Options extends Partial<MigrationLintContext> {
  transaction?: boolean;
  version?: string;
}

function lint(sql: string | MigrationFile[], options: Options = {}) {
  const files = typeof sql === 'string' ? [migration('0042_change.sql', sql, options.transaction)] : sql;
  const dialect = options.dialect ?? 'postgres';
  const defaultServer = dialect === 'postgres' ? { name: 'postgresql' as const, version: options.version ?? '16.4' } : { name: 'mysql' as const, version: options.version ?? '8.4.2' };
  return lintMigrations(files, { dialect, server: options.server ?? defaultServer, existingTables: options.existingTables ?? EXISTING, rules: options.rules ?? 'recommended', ...(options.existingColumns ? { existingColumns: options.existingColumns } : {}) });
}
const rules = (sql: string | MigrationFile[], options: Options = {}) => lint(sql, options).map((f) => f.rule);
const fires = (rule: string, sql: string | MigrationFile[], options: Options = {}) => assert.ok(rules(sql, options).includes(rule), `${rule} expected in ${JSON.stringify(lint(sql, options).map((f) => `${f.rule}: ${f.message}`), null, 1)}`);
const silent = (rule: string, sql: string | MigrationFile[], options: Options = {}) => assert.ok(!rules(sql, options).includes(rule), `${rule} not expected: ${JSON.stringify(lint(sql, options).filter((f) => f.rule === rule).map((f) => f.message))}`);

const TIMEOUT = "SET lock_timeout = '2s';\n";
const mysql = (version = '8.4.2', name: 'mysql' | 'mariadb' = 'mysql'): Options => ({ dialect: 'mysql', server: { name, version } });

// ── the catalogue and the finding shape ───────────────────────────────────────────────
test('every rule has an id, a severity, a why and a help; ids are unique kebab-case', () => {
  assert.equal(new Set(MIGRATION_RULE_IDS).size, MIGRATION_RULES.length);
  for (const rule of MIGRATION_RULES) {
    assert.match(rule.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    assert.ok(rule.why.length > 20 && rule.help.length > 5, rule.id);
  }
  assert.ok(MIGRATION_RULES.length >= 45);
});

test('a finding names the statement and table, carries file:line, help and a stable subject', () => {
  const [finding] = lint('-- add an index for the customer page\n\nCREATE INDEX orders_customer_id_idx ON orders (customer_id);\n', { rules: { 'missing-lock-timeout': 'off' } });
  assert.deepEqual(finding, {
    check: 'migrations',
    rule: 'index-without-concurrently',
    severity: 'error',
    message: 'CREATE INDEX orders_customer_id_idx on existing table orders without CONCURRENTLY holds a SHARE lock that blocks writes for the whole build.',
    location: { file: path.join('db/migrations', '0042_change.sql'), line: 3 },
    help: MIGRATION_RULES.find((r) => r.id === 'index-without-concurrently')!.help,
    subject: 'index-without-concurrently orders 0042_change.sql',
  });
});

// ── indexes ──────────────────────────────────────────────────────────────────────────
test('index-without-concurrently: fires on an existing table, also schema-qualified and quoted', () => {
  fires('index-without-concurrently', 'CREATE UNIQUE INDEX users_email_key ON public."users" (lower(email));');
});
test('index-without-concurrently: silent for CONCURRENTLY outside a transaction', () => {
  silent('index-without-concurrently', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx ON orders (created_at);', { transaction: false });
});
test('index-without-concurrently: silent on a table the same pull request creates', () => {
  silent('index-without-concurrently', [
    migration('0042_invoices.sql', 'CREATE TABLE invoices (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, order_id bigint NOT NULL);'),
    migration('0043_invoices_index.sql', 'CREATE INDEX invoices_order_id_idx ON invoices (order_id);'),
  ]);
});
test('index-without-concurrently: silent for a keyword inside a comment or string', () => {
  silent('index-without-concurrently', "/* CREATE INDEX x ON orders (a); */ COMMENT ON TABLE orders IS 'CREATE INDEX y ON orders (b)';");
});
test('drop-index-without-concurrently: fires for an index the base branch created', () => {
  fires('drop-index-without-concurrently', 'DROP INDEX IF EXISTS orders_status_idx;');
});
test('drop-index-without-concurrently: silent with CONCURRENTLY, and for an index created in this batch', () => {
  silent('drop-index-without-concurrently', 'DROP INDEX CONCURRENTLY orders_status_idx;', { transaction: false });
  silent('drop-index-without-concurrently', 'CREATE TABLE t (a int);\nCREATE INDEX t_a_idx ON t (a);\nDROP INDEX t_a_idx;');
});
test('concurrently-in-transaction: fires when the tool wraps the migration in a transaction', () => {
  fires('concurrently-in-transaction', 'CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);');
  fires('concurrently-in-transaction', 'BEGIN;\nDROP INDEX CONCURRENTLY orders_status_idx;\nCOMMIT;', { transaction: false });
});
test('concurrently-in-transaction: silent in a non-transactional migration', () => {
  silent('concurrently-in-transaction', 'CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);', { transaction: false });
});
test('reindex-without-concurrently: fires, and suggests the version-appropriate fix', () => {
  const [pg16] = lint('REINDEX TABLE orders;').filter((f) => f.rule === 'reindex-without-concurrently');
  assert.match(pg16!.message, /REINDEX … CONCURRENTLY/);
  const [pg11] = lint('REINDEX INDEX orders_status_idx;', { version: '11.22' }).filter((f) => f.rule === 'reindex-without-concurrently');
  assert.match(pg11!.message, /PostgreSQL 11 has no REINDEX CONCURRENTLY/);
});
test('reindex-without-concurrently: silent with CONCURRENTLY', () => {
  silent('reindex-without-concurrently', 'REINDEX TABLE CONCURRENTLY orders;', { transaction: false });
});

// ── constraints ──────────────────────────────────────────────────────────────────────
test('constraint-without-not-valid: fires for a foreign key and a check on an existing table', () => {
  fires('constraint-without-not-valid', 'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);');
  fires('constraint-without-not-valid', 'ALTER TABLE orders ADD CHECK (total >= 0);');
});
test('constraint-without-not-valid: silent with NOT VALID, and on a new table', () => {
  silent('constraint-without-not-valid', 'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;');
  silent('constraint-without-not-valid', 'CREATE TABLE refunds (id bigint PRIMARY KEY, order_id bigint);\nALTER TABLE refunds ADD CONSTRAINT refunds_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);');
});
test('validate-in-same-transaction: fires when VALIDATE follows the NOT VALID add in one transaction', () => {
  fires('validate-in-same-transaction', `${TIMEOUT}ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;`);
});
test('validate-in-same-transaction: silent when VALIDATE is in a later migration', () => {
  silent('validate-in-same-transaction', [
    migration('0042_check.sql', `${TIMEOUT}ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;`),
    migration('0043_validate.sql', 'ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;'),
  ]);
});
test('validate-in-same-transaction: silent when a non-transactional file commits in between', () => {
  silent('validate-in-same-transaction', `BEGIN;\nALTER TABLE orders ADD CONSTRAINT c CHECK (total >= 0) NOT VALID;\nCOMMIT;\nALTER TABLE orders VALIDATE CONSTRAINT c;`, { transaction: false });
});
test('unique-constraint-without-index: fires for ADD UNIQUE and an inline UNIQUE column', () => {
  fires('unique-constraint-without-index', 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);');
  fires('unique-constraint-without-index', 'ALTER TABLE users ADD COLUMN handle text UNIQUE;');
});
test('unique-constraint-without-index: silent with USING INDEX', () => {
  silent('unique-constraint-without-index', 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;');
});
test('primary-key-without-index: fires for ADD PRIMARY KEY, silent with USING INDEX or on a new table', () => {
  fires('primary-key-without-index', 'ALTER TABLE order_items ADD PRIMARY KEY (order_id, product_id);');
  silent('primary-key-without-index', 'ALTER TABLE order_items ADD CONSTRAINT order_items_pkey PRIMARY KEY USING INDEX order_items_pk_idx;');
  silent('primary-key-without-index', 'CREATE TABLE tags (name text);\nALTER TABLE tags ADD PRIMARY KEY (name);');
});
test('exclusion-constraint: fires on an existing table only', () => {
  fires('exclusion-constraint', 'ALTER TABLE orders ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);');
  silent('exclusion-constraint', 'CREATE TABLE bookings (room int, during tstzrange);\nALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);');
});
test('set-not-null-without-check: fires without a validated check', () => {
  fires('set-not-null-without-check', 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;');
  const [unvalidated] = lint(`ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;\nALTER TABLE users ALTER COLUMN email SET NOT NULL;`).filter((f) => f.rule === 'set-not-null-without-check');
  assert.match(unvalidated!.message, /users_email_nn is not validated yet/);
});
test('set-not-null-without-check: silent on PG 12+ after a check validated in an earlier migration', () => {
  silent('set-not-null-without-check', [
    migration('0042_check.sql', 'ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;'),
    migration('0043_validate.sql', 'ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;'),
    migration('0044_not_null.sql', 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;'),
  ]);
});
test('set-not-null-without-check: fires on PG 11 even with a validated check (it cannot use it)', () => {
  const files = [
    migration('0042_check.sql', 'ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID;'),
    migration('0043_validate.sql', 'ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;'),
    migration('0044_not_null.sql', 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;'),
  ];
  fires('set-not-null-without-check', files, { version: '11.22' });
});
test('alter-domain-add-constraint: fires without NOT VALID, silent with it', () => {
  fires('alter-domain-add-constraint', "ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%');");
  silent('alter-domain-add-constraint', "ALTER DOMAIN email ADD CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%') NOT VALID;");
});

// ── columns ──────────────────────────────────────────────────────────────────────────
test('not-null-column-without-default: fires on an existing table', () => {
  fires('not-null-column-without-default', 'ALTER TABLE orders ADD COLUMN currency char(3) NOT NULL;');
});
test('not-null-column-without-default: silent with a default, on a new table, or for a nullable column', () => {
  silent('not-null-column-without-default', "ALTER TABLE orders ADD COLUMN currency text NOT NULL DEFAULT 'EUR';");
  silent('not-null-column-without-default', 'CREATE TABLE carts (id bigint);\nALTER TABLE carts ADD COLUMN currency text NOT NULL;');
  silent('not-null-column-without-default', 'ALTER TABLE orders ADD COLUMN note text;');
});
test('volatile-default: fires for random(), clock_timestamp(), gen_random_uuid() on PG 11+', () => {
  for (const expression of ['gen_random_uuid()', 'clock_timestamp()', '(random() * 100)::int']) fires('volatile-default', `ALTER TABLE orders ADD COLUMN x uuid DEFAULT ${expression};`);
});
test('volatile-default: silent for constants, now() and casts on PG 11+', () => {
  for (const expression of ["'pending'", 'now()', 'CURRENT_TIMESTAMP', "'{}'::jsonb", '0', "'x'::varchar(10)"]) silent('volatile-default', `ALTER TABLE orders ADD COLUMN x text DEFAULT ${expression};`);
});
test('default-rewrites-before-pg11: any default rewrites on PG 10, nothing on PG 11', () => {
  fires('default-rewrites-before-pg11', "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';", { version: '10.23' });
  silent('default-rewrites-before-pg11', "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';", { version: '11.0' });
  silent('volatile-default', 'ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();', { version: '10.23' });
});
test('stored-generated-column: fires on an existing table, silent on a new one', () => {
  fires('stored-generated-column', 'ALTER TABLE order_items ADD COLUMN line_total numeric GENERATED ALWAYS AS (quantity * unit_price) STORED;');
  silent('stored-generated-column', 'CREATE TABLE lines (q int, p numeric, total numeric GENERATED ALWAYS AS (q * p) STORED);');
});
test('serial-column-on-existing-table: fires for serial and identity, silent for a plain bigint', () => {
  fires('serial-column-on-existing-table', 'ALTER TABLE order_items ADD COLUMN id bigserial;');
  fires('serial-column-on-existing-table', 'ALTER TABLE order_items ADD COLUMN id bigint GENERATED BY DEFAULT AS IDENTITY;');
  silent('serial-column-on-existing-table', 'ALTER TABLE order_items ADD COLUMN id bigint;');
});
test('type-change-rewrites: int → bigint and text → int rewrite', () => {
  fires('type-change-rewrites', 'ALTER TABLE orders ALTER COLUMN id TYPE bigint;');
  fires('type-change-rewrites', 'ALTER TABLE orders ALTER COLUMN code SET DATA TYPE integer USING code::integer;');
});
test('type-change-rewrites: varchar widening and → text are free when the old type is known', () => {
  const existingColumns = new Map([['users', new Map([['email', 'character varying(100)'], ['name', 'varchar(50)']])]]);
  silent('type-change-rewrites', 'ALTER TABLE users ALTER COLUMN email TYPE varchar(255);', { existingColumns });
  silent('type-change-rewrites', 'ALTER TABLE users ALTER COLUMN name TYPE text;', { existingColumns });
  fires('type-change-rewrites', 'ALTER TABLE users ALTER COLUMN email TYPE varchar(50);', { existingColumns });
});
test('type-change-rewrites: a possible widening with an unknown old type is left to the lock trace', () => {
  silent('type-change-rewrites', 'ALTER TABLE users ALTER COLUMN email TYPE text;');
});
test('type-change-rewrites: knows the type of a column added earlier in the batch', () => {
  fires('type-change-rewrites', [migration('0042_a.sql', 'ALTER TABLE users ADD COLUMN nickname varchar(40);'), migration('0043_b.sql', 'ALTER TABLE users ALTER COLUMN nickname TYPE varchar(20);')]);
  silent('type-change-rewrites', [migration('0042_a.sql', 'ALTER TABLE users ADD COLUMN nickname varchar(40);'), migration('0043_b.sql', 'ALTER TABLE users ALTER COLUMN nickname TYPE varchar(80);')]);
});

// ── lock duration ────────────────────────────────────────────────────────────────────
test('access-exclusive-held: a statement after ACCESS EXCLUSIVE in the same transaction', () => {
  const findings = lint(`${TIMEOUT}ALTER TABLE orders ADD COLUMN note text;\nUPDATE orders SET note = '' WHERE note IS NULL;`).filter((f) => f.rule === 'access-exclusive-held');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.location!.line, 3);
  assert.match(findings[0]!.message, /line 2\) still holds ACCESS EXCLUSIVE on orders/);
});
test('access-exclusive-held: silent when the lock-taking statement is last, or outside a transaction', () => {
  silent('access-exclusive-held', `${TIMEOUT}CREATE TABLE audit (id bigint);\nALTER TABLE orders ADD COLUMN note text;`);
  silent('access-exclusive-held', `${TIMEOUT}ALTER TABLE orders ADD COLUMN note text;\nALTER TABLE users ADD COLUMN note text;`, { transaction: false });
});
test('missing-lock-timeout: fires once for the first strong lock without lock_timeout', () => {
  const findings = lint('ALTER TABLE orders ADD COLUMN note text;\nALTER TABLE users ADD COLUMN note text;').filter((f) => f.rule === 'missing-lock-timeout');
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /ACCESS EXCLUSIVE on existing table orders/);
});
test('missing-lock-timeout: silent after SET lock_timeout, SET LOCAL, set_config; fires after SET lock_timeout = 0', () => {
  silent('missing-lock-timeout', `${TIMEOUT}ALTER TABLE orders ADD COLUMN note text;`);
  silent('missing-lock-timeout', "SET LOCAL lock_timeout TO '3s';\nALTER TABLE orders ADD COLUMN note text;");
  silent('missing-lock-timeout', "SELECT set_config('lock_timeout', '2s', true);\nALTER TABLE orders ADD COLUMN note text;");
  fires('missing-lock-timeout', 'SET lock_timeout = 0;\nALTER TABLE orders ADD COLUMN note text;');
});
test('missing-lock-timeout: silent for new tables and for the light lock of VALIDATE CONSTRAINT', () => {
  silent('missing-lock-timeout', 'CREATE TABLE coupons (code text PRIMARY KEY);\nALTER TABLE coupons ADD COLUMN amount int;');
  silent('missing-lock-timeout', 'ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;');
});

// ── enums, rewrites, transactions, preferences ────────────────────────────────────────
test('enum-add-value-in-transaction: fails before PG 12 in a transaction', () => {
  fires('enum-add-value-in-transaction', "ALTER TYPE order_status ADD VALUE 'refunded';", { version: '11.22' });
});
test('enum-add-value-in-transaction: silent on PG 12+ and outside a transaction', () => {
  silent('enum-add-value-in-transaction', "ALTER TYPE order_status ADD VALUE 'refunded';", { version: '12.0' });
  silent('enum-add-value-in-transaction', "ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'refunded';", { version: '11.22', transaction: false });
});
test('enum-rename-value and create-enum', () => {
  fires('enum-rename-value', "ALTER TYPE order_status RENAME VALUE 'shipped' TO 'dispatched';");
  silent('enum-rename-value', "ALTER TYPE order_status ADD VALUE 'dispatched';");
  fires('create-enum', "CREATE TYPE order_status AS ENUM ('new', 'paid');");
  silent('create-enum', 'CREATE TYPE money_amount AS (amount numeric, currency char(3));');
});
test('vacuum-full-or-cluster: VACUUM FULL and CLUSTER on existing tables; plain VACUUM is fine', () => {
  fires('vacuum-full-or-cluster', 'VACUUM FULL orders;', { transaction: false });
  fires('vacuum-full-or-cluster', 'CLUSTER orders USING orders_pkey;');
  silent('vacuum-full-or-cluster', 'VACUUM ANALYZE orders;', { transaction: false });
});
test('transaction-nesting: BEGIN/COMMIT in a transactional migration; fine in a non-transactional one', () => {
  fires('transaction-nesting', 'BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;');
  silent('transaction-nesting', 'BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;', { transaction: false });
});
test('preferences: bigint ids, identity, text, timestamptz, jsonb in new tables', () => {
  const found = rules('CREATE TABLE shipments (\n  id serial PRIMARY KEY,\n  order_id integer REFERENCES orders (id),\n  carrier varchar(40),\n  shipped_at timestamp,\n  payload json\n);');
  for (const rule of ['prefer-bigint', 'prefer-identity', 'prefer-text', 'prefer-timestamptz', 'prefer-jsonb']) assert.ok(found.includes(rule), rule);
  assert.equal(lint('CREATE TABLE shipments (id serial PRIMARY KEY);').find((f) => f.rule === 'prefer-bigint')!.severity, 'notice');
});
test('preferences: silent for bigint identity, text, timestamptz, jsonb, and a plain int count', () => {
  const found = rules('CREATE TABLE shipments (\n  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n  carrier text,\n  shipped_at timestamp with time zone,\n  payload jsonb,\n  parcels integer\n);');
  for (const rule of ['prefer-bigint', 'prefer-identity', 'prefer-text', 'prefer-timestamptz', 'prefer-jsonb']) assert.ok(!found.includes(rule), rule);
});

// ── breaking changes ─────────────────────────────────────────────────────────────────
test('drop-table: fires for an existing table, silent for one this batch created or that never existed', () => {
  fires('drop-table', 'DROP TABLE IF EXISTS order_items;');
  silent('drop-table', 'CREATE TABLE scratch (id int);\nDROP TABLE scratch;');
  silent('drop-table', 'DROP TABLE IF EXISTS legacy_sessions;');
});
test('drop-column: fires on an existing table, not for DROP CONSTRAINT / DROP DEFAULT', () => {
  fires('drop-column', 'ALTER TABLE users DROP COLUMN legacy_password;');
  fires('drop-column', 'ALTER TABLE users DROP legacy_password;', mysql());
  silent('drop-column', 'ALTER TABLE users DROP CONSTRAINT users_email_key, ALTER COLUMN email DROP DEFAULT;');
});
test('rename-column: RENAME COLUMN (both engines) and MySQL CHANGE old new', () => {
  fires('rename-column', 'ALTER TABLE users RENAME COLUMN name TO full_name;');
  fires('rename-column', 'ALTER TABLE users CHANGE name full_name varchar(200) NOT NULL;', mysql());
  silent('rename-column', 'ALTER TABLE users CHANGE name name varchar(200) NOT NULL;', mysql());
  silent('rename-column', 'ALTER TABLE users RENAME CONSTRAINT users_email_key TO users_email_unique;');
});
test('rename-table: ALTER TABLE … RENAME TO and MySQL RENAME TABLE', () => {
  fires('rename-table', 'ALTER TABLE customers RENAME TO clients;');
  fires('rename-table', 'RENAME TABLE customers TO clients;', mysql());
  silent('rename-table', 'CREATE TABLE drafts (id int);\nALTER TABLE drafts RENAME TO notes;');
});
test('a renamed table stays existing under its new name', () => {
  fires('index-without-concurrently', [migration('0042_a.sql', '-- sluice:ignore rename-table the view customers stays for old readers\nALTER TABLE customers RENAME TO clients;'), migration('0043_b.sql', 'CREATE INDEX clients_email_idx ON clients (email);')]);
});
test('truncate and drop-cascade', () => {
  fires('truncate', 'TRUNCATE TABLE orders;');
  silent('truncate', 'CREATE TABLE staging (id int);\nTRUNCATE staging;');
  fires('drop-cascade', 'DROP VIEW order_totals CASCADE;');
  fires('drop-cascade', 'TRUNCATE orders CASCADE;');
  silent('drop-cascade', 'DROP VIEW order_totals;');
});
test('drop-database', () => {
  fires('drop-database', 'DROP DATABASE IF EXISTS analytics;', mysql());
  silent('drop-database', 'DROP SCHEMA IF EXISTS tmp_import;');
});
test('multiple-alter-table: fires on the second ALTER of one table, not for a separate VALIDATE', () => {
  const findings = lint(`${TIMEOUT}ALTER TABLE orders ADD COLUMN note text;\nALTER TABLE orders ADD COLUMN source text;`).filter((f) => f.rule === 'multiple-alter-table');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.location!.line, 3);
  silent('multiple-alter-table', `${TIMEOUT}ALTER TABLE orders ADD CONSTRAINT c CHECK (total > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT c;`);
  fires('multiple-alter-table', 'SET lock_wait_timeout = 5;\nALTER TABLE orders ADD COLUMN note text;\nALTER TABLE orders ADD INDEX orders_note (note);', mysql());
});

// ── MySQL / MariaDB ──────────────────────────────────────────────────────────────────
const LWT = 'SET SESSION lock_wait_timeout = 5;\n';
test('mysql-algorithm-copy: fires for ALGORITHM=COPY, silent for INPLACE', () => {
  fires('mysql-algorithm-copy', `${LWT}ALTER TABLE orders ADD COLUMN note text, ALGORITHM=COPY;`, mysql());
  silent('mysql-algorithm-copy', `${LWT}ALTER TABLE orders ADD INDEX idx_created (created_at), ALGORITHM=INPLACE, LOCK=NONE;`, mysql());
});
test('mysql-column-type-change: MODIFY to another type copies the table', () => {
  const existingColumns = new Map([['orders', new Map([['total', 'int']])]]);
  fires('mysql-column-type-change', `${LWT}ALTER TABLE orders MODIFY COLUMN total decimal(12,2) NOT NULL;`, { ...mysql(), existingColumns });
  fires('mysql-column-type-change', `${LWT}ALTER TABLE orders MODIFY total bigint NOT NULL;`, { ...mysql(), existingColumns });
});
test('mysql-column-type-change: silent for the same type and for varchar growth within one length byte class', () => {
  const existingColumns = new Map([['users', new Map([['bio', 'varchar(100)'], ['age', 'int(11)']])]]);
  silent('mysql-column-type-change', `${LWT}ALTER TABLE users MODIFY bio varchar(200);`, { ...mysql(), existingColumns });
  silent('mysql-column-type-change', `${LWT}ALTER TABLE users MODIFY age int NOT NULL DEFAULT 0;`, { ...mysql(), existingColumns });
  fires('mysql-column-type-change', `${LWT}ALTER TABLE users MODIFY bio varchar(50);`.replace('varchar(50)', 'text'), { ...mysql(), existingColumns });
});
test('mysql-column-narrowing: varchar(255) → varchar(100), int → smallint', () => {
  const existingColumns = new Map([['users', new Map([['email', 'varchar(255)'], ['visits', 'int']])]]);
  fires('mysql-column-narrowing', `${LWT}ALTER TABLE users MODIFY email varchar(100) NOT NULL;`, { ...mysql(), existingColumns });
  fires('mysql-column-narrowing', `${LWT}ALTER TABLE users MODIFY visits smallint;`, { ...mysql(), existingColumns });
  silent('mysql-column-narrowing', `${LWT}ALTER TABLE users MODIFY visits bigint;`, { ...mysql(), existingColumns });
});
test('mysql-enum-reorder: removal or reorder fires; appending at the end is instant', () => {
  const existingColumns = new Map([['orders', new Map([['status', "enum('new','paid','shipped')"]])]]);
  fires('mysql-enum-reorder', `${LWT}ALTER TABLE orders MODIFY status enum('new','shipped','paid') NOT NULL;`, { ...mysql(), existingColumns });
  fires('mysql-enum-reorder', `${LWT}ALTER TABLE orders MODIFY status enum('new','paid') NOT NULL;`, { ...mysql(), existingColumns });
  const append = rules(`${LWT}ALTER TABLE orders MODIFY status enum('new','paid','shipped','refunded') NOT NULL;`, { ...mysql(), existingColumns });
  assert.deepEqual(append, []);
});
test('mysql-charset-change: CONVERT TO and a column with a new collation; a table default alone is fine', () => {
  fires('mysql-charset-change', `${LWT}ALTER TABLE users CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;`, mysql());
  fires('mysql-charset-change', `${LWT}ALTER TABLE users MODIFY name varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;`, mysql());
  silent('mysql-charset-change', `${LWT}ALTER TABLE users DEFAULT CHARACTER SET utf8mb4;`, mysql());
});
test('mysql-drop-primary-key and mysql-fulltext-or-spatial-index', () => {
  fires('mysql-drop-primary-key', `${LWT}ALTER TABLE order_items DROP PRIMARY KEY, ADD PRIMARY KEY (order_id, product_id);`, mysql());
  fires('mysql-fulltext-or-spatial-index', `${LWT}ALTER TABLE products ADD FULLTEXT INDEX ft_name (name, description);`, mysql());
  fires('mysql-fulltext-or-spatial-index', `${LWT}CREATE FULLTEXT INDEX ft_name ON products (name);`, mysql());
  silent('mysql-fulltext-or-spatial-index', `${LWT}CREATE INDEX idx_name ON products (name);`, mysql());
});
test('mysql-add-column-not-instant: depends on MySQL / MariaDB version and position', () => {
  const sql = `${LWT}ALTER TABLE orders ADD COLUMN note varchar(200) AFTER status;`;
  fires('mysql-add-column-not-instant', sql, mysql('8.0.28'));
  silent('mysql-add-column-not-instant', sql, mysql('8.0.29'));
  silent('mysql-add-column-not-instant', `${LWT}ALTER TABLE orders ADD COLUMN note varchar(200);`, mysql('8.0.12'));
  fires('mysql-add-column-not-instant', `${LWT}ALTER TABLE orders ADD COLUMN note varchar(200);`, mysql('5.7.44'));
  fires('mysql-add-column-not-instant', sql, mysql('10.3.39-MariaDB', 'mariadb'));
  silent('mysql-add-column-not-instant', sql, mysql('10.11.6-MariaDB', 'mariadb'));
  silent('mysql-add-column-not-instant', `${LWT}ALTER TABLE orders ADD COLUMN note text;`, mysql('10.3.39-MariaDB', 'mariadb'));
});
test('mysql-table-rebuild: OPTIMIZE TABLE and ENGINE=InnoDB', () => {
  fires('mysql-table-rebuild', `${LWT}OPTIMIZE TABLE orders;`, mysql());
  fires('mysql-table-rebuild', `${LWT}ALTER TABLE orders ENGINE=InnoDB;`, mysql());
});
test('mysql-missing-lock-wait-timeout: fires once per migration, silent after SET lock_wait_timeout or on new tables', () => {
  const findings = lint('ALTER TABLE orders ADD COLUMN note text;\nALTER TABLE users ADD COLUMN note text;', mysql()).filter((f) => f.rule === 'mysql-missing-lock-wait-timeout');
  assert.equal(findings.length, 1);
  silent('mysql-missing-lock-wait-timeout', 'SET @@session.lock_wait_timeout = 10;\nALTER TABLE orders ADD COLUMN note text;', mysql());
  silent('mysql-missing-lock-wait-timeout', 'CREATE TABLE coupons (code varchar(20) PRIMARY KEY);\nALTER TABLE coupons ADD COLUMN amount int;', mysql());
});
test('not-null-column-without-default on MySQL: implicit values for existing rows', () => {
  fires('not-null-column-without-default', `${LWT}ALTER TABLE orders ADD COLUMN shipped_at datetime NOT NULL;`, mysql());
  silent('not-null-column-without-default', `${LWT}ALTER TABLE orders ADD COLUMN shipped_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP;`, mysql());
});
test('PostgreSQL-only rules stay silent on MySQL', () => {
  const found = rules(`${LWT}CREATE INDEX idx_created ON orders (created_at);\nALTER TABLE orders ADD CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES customers (id);`, mysql());
  assert.ok(!found.includes('index-without-concurrently') && !found.includes('constraint-without-not-valid'), found.join());
});

// ── suppression ──────────────────────────────────────────────────────────────────────
test('sluice:ignore with a reason above the statement suppresses the finding', () => {
  const found = rules(`${TIMEOUT}-- sluice:ignore drop-column the app stopped reading it in release 42\nALTER TABLE users DROP COLUMN legacy_password;`);
  assert.ok(!found.includes('drop-column') && !found.includes('unused-ignore'), found.join());
});
test('sluice:ignore at the end of the statement\'s first line, for several rules', () => {
  const found = rules('ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid(); -- sluice:ignore volatile-default,missing-lock-timeout orders is empty in production');
  assert.deepEqual(found, []);
});
test('sluice:ignore above a multi-line comment block still applies', () => {
  silent('index-without-concurrently', `${TIMEOUT}-- sluice:ignore index-without-concurrently table holds 40 rows\n-- (lookup table)\nCREATE INDEX orders_status_idx ON orders (status);`);
});
test('sluice:ignore without a reason is reported and does not suppress', () => {
  const findings = lint(`${TIMEOUT}-- sluice:ignore drop-column\nALTER TABLE users DROP COLUMN legacy_password;`);
  assert.deepEqual(findings.map((f) => [f.rule, f.location!.line]), [[ 'ignore-without-reason', 2 ], [ 'drop-column', 3 ]]);
});
test('an ignore that suppresses nothing is reported (wrong rule, wrong place, unknown id)', () => {
  const wrongRule = lint(`${TIMEOUT}-- sluice:ignore drop-table cleanup\nALTER TABLE users DROP COLUMN legacy_password;`);
  assert.deepEqual(wrongRule.map((f) => f.rule).sort(), ['drop-column', 'unused-ignore']);
  const detached = lint(`${TIMEOUT}-- sluice:ignore drop-column cleanup\n\nALTER TABLE users DROP COLUMN legacy_password;`);
  assert.deepEqual(detached.map((f) => f.rule).sort(), ['drop-column', 'unused-ignore']);
  const unknown = lint(`${TIMEOUT}-- sluice:ignore drop-colum cleanup\nALTER TABLE users DROP COLUMN legacy_password;`).find((f) => f.rule === 'unused-ignore');
  assert.match(unknown!.message, /"drop-colum", which is not a migration rule \(did you mean drop-column\?\)/);
});
test('an ignore for a rule switched off in the config is not reported as unused', () => {
  silent('unused-ignore', `${TIMEOUT}-- sluice:ignore drop-column cleanup\nALTER TABLE users DROP COLUMN legacy_password;`, { rules: { 'drop-column': 'off' } });
});

// ── configuration ────────────────────────────────────────────────────────────────────
test('rules: off reports nothing; a map overrides severities and switches rules off', () => {
  assert.deepEqual(lint('DROP TABLE orders;', { rules: 'off' }), []);
  const findings = lint('DROP TABLE orders;', { rules: { 'drop-table': 'warning', 'missing-lock-timeout': 'off' } });
  assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [['drop-table', 'warning']]);
});
test('validateMigrationRules: an unknown rule id is a ConfigError naming it and the closest rule', () => {
  assert.doesNotThrow(() => validateMigrationRules({ 'drop-table': 'warning' }));
  assert.doesNotThrow(() => validateMigrationRules('recommended'));
  assert.throws(() => validateMigrationRules({ 'require-concurrent-index': 'error' }, 'sluice.yml:12:7 checks.migrations.rules'), (error: Error) => {
    assert.ok(error instanceof ConfigError);
    assert.match(error.message, /^sluice\.yml:12:7 checks\.migrations\.rules: unknown rule "require-concurrent-index"/);
    assert.match(error.message, /the migration rules are: index-without-concurrently,/);
    return true;
  });
  assert.throws(() => validateMigrationRules({ 'drop-tabel': 'error' }), /did you mean drop-table\?/);
});

// ── a realistic safe migration produces nothing ───────────────────────────────────────
test('the safe rewrites themselves produce no findings', () => {
  const files = [
    migration('0042_customer_fk.sql', "SET lock_timeout = '2s';\nALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;\n"),
    migration('0043_validate.sql', 'ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;\n'),
    migration('0044_index.sql', 'CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);\n', false),
    migration('0045_email_unique.sql', 'CREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON users (email);\n', false),
    migration('0046_email_constraint.sql', "SET lock_timeout = '2s';\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;\n"),
    migration('0047_status.sql', "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN channel text NOT NULL DEFAULT 'web';\n"),
  ];
  assert.deepEqual(lint(files), []);
});
