// The round trip on real servers: up → down → up with the schema compared at each step, on
// PGlite, PostgreSQL and MariaDB. Migrations are built in the test; their paths only name them.
import { plainMigration } from '../support/migration-file.js';
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startServer, type Server } from '../../src/engines/index.js';
import type { MigrationFile } from '../../src/migrations/formats/index.js';
import { roundTrip, type RoundTripReport } from '../../src/migrations/round-trip.js';
import type { Finding } from '../../src/vocabulary.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

// Findings name files relative to the working directory, as the report shows them.
const DIR = 'db/migrations';

function migration(version: number, name: string, up: string, down?: string): MigrationFile {
  const stem = `${String(version).padStart(4, '0')}_${name}`;
  return plainMigration(version, {
    name: `${stem}.up.sql`, file: path.resolve(DIR, `${stem}.up.sql`), sql: up,
    ...(down === undefined ? {} : { down: { file: path.resolve(DIR, `${stem}.down.sql`), sql: down } }),
  });
}

/** The tables every case starts from; its down is right, so it is proved too. */
const INIT = migration(
  1, 'init',
  `CREATE TABLE settings (name varchar(50) PRIMARY KEY);
   CREATE TABLE orders (id int PRIMARY KEY, customer_id int, amount numeric(10,2), note varchar(100));`,
  `DROP TABLE orders;
   DROP TABLE settings;`,
);

function only(report: RoundTripReport, rule: string): Finding {
  const errors = report.findings.filter((f) => f.severity === 'error');
  assert.deepEqual(errors.map((f) => f.rule), [rule], `findings: ${report.findings.map((f) => f.message).join('\n')}`);
  return errors[0]!;
}

const ENGINES = [
  { name: 'PGlite', engine: () => 'pglite', dialect: 'postgres' },
  { name: 'PostgreSQL', engine: postgresUrl, dialect: 'postgres' },
  { name: 'MariaDB', engine: mysqlUrl, dialect: 'mysql' },
] as const;

for (const { name, engine, dialect } of ENGINES) {
  describe(`round trip on ${name}`, () => {
    let server: Server;
    before(async () => {
      server = await startServer({ engine: engine(), origin: 'test' });
    });
    after(async () => {
      await server?.close();
    });
    // Scratch database labels are unique per run: one per test.
    let runs = 0;
    const run = (...files: MigrationFile[]) => roundTrip({ server, files: [INIT, ...files], label: `roundtrip-${++runs}` });
    const onOrders = dialect === 'mysql' ? ' ON orders' : '';

    test('a correct up/down pair is proved', async () => {
      const report = await run(
        migration(2, 'index', 'CREATE INDEX orders_customer_id_idx ON orders (customer_id);\nALTER TABLE orders ADD COLUMN status varchar(20) NOT NULL DEFAULT \'new\';',
          `ALTER TABLE orders DROP COLUMN status;\nDROP INDEX orders_customer_id_idx${onOrders};`),
        migration(3, 'no_down', 'ALTER TABLE orders ADD COLUMN paid_at date;'),
      );
      assert.deepEqual(report.results.map((r) => r.status), ['proved', 'proved', 'no-down']);
      assert.deepEqual(report.findings.map((f) => [f.rule, f.severity, f.location?.file]), [['no-down', 'notice', `${DIR}/0003_no_down.up.sql`]]);
    });

    test('a pair touching every kind of object (type, table, FK, partial index, view, function, trigger, comment) is proved', async () => {
      const [up, down] =
        dialect === 'postgres'
          ? [`CREATE TYPE order_state AS ENUM ('new', 'paid');
             CREATE TABLE customers (id serial PRIMARY KEY, email text UNIQUE);
             ALTER TABLE orders ADD COLUMN state order_state NOT NULL DEFAULT 'new',
               ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE SET NULL;
             CREATE INDEX orders_open_idx ON orders (customer_id) WHERE state = 'new';
             CREATE VIEW open_orders AS SELECT id, customer_id FROM orders WHERE state = 'new';
             CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
             CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
             COMMENT ON COLUMN orders.note IS 'free text';`,
             `COMMENT ON COLUMN orders.note IS NULL;
             DROP TRIGGER orders_touch ON orders;
             DROP FUNCTION touch();
             DROP VIEW open_orders;
             ALTER TABLE orders DROP CONSTRAINT orders_customer_fk, DROP COLUMN state;
             DROP TABLE customers;
             DROP TYPE order_state;`]
          : [`CREATE TABLE customers (id int AUTO_INCREMENT PRIMARY KEY, email varchar(200) UNIQUE);
             ALTER TABLE orders ADD COLUMN state enum('new', 'paid') NOT NULL DEFAULT 'new',
               ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE SET NULL;
             CREATE VIEW open_orders AS SELECT id, customer_id FROM orders WHERE state = 'new';
             CREATE FUNCTION order_total(a decimal(10,2)) RETURNS decimal(10,2) DETERMINISTIC RETURN a * 2;
             CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW SET NEW.note = NEW.note;
             ALTER TABLE orders MODIFY note varchar(100) COMMENT 'free text';`,
             `ALTER TABLE orders MODIFY note varchar(100);
             DROP TRIGGER orders_touch;
             DROP FUNCTION order_total;
             DROP VIEW open_orders;
             ALTER TABLE orders DROP FOREIGN KEY orders_customer_fk;
             ALTER TABLE orders DROP INDEX orders_customer_fk, DROP COLUMN state;
             DROP TABLE customers;`];
      const report = await run(migration(2, 'everything', up, down));
      assert.deepEqual(report.findings, []);
      assert.deepEqual(report.results.map((r) => r.status), ['proved', 'proved']);
    });

    test("a migration tool's bookkeeping table is not part of the schema compared", async () => {
      const report = await run(migration(2, 'bookkeeping',
        'CREATE TABLE IF NOT EXISTS schema_migrations (version bigint PRIMARY KEY);\nALTER TABLE orders ADD COLUMN x int;',
        'ALTER TABLE orders DROP COLUMN x;'));
      assert.deepEqual(report.results.map((r) => r.status), ['proved', 'proved']);
    });

    test('a down that forgets to drop an index is caught, the index named', async () => {
      const report = await run(migration(2, 'index',
        'ALTER TABLE orders ADD COLUMN shipped boolean;\nCREATE INDEX orders_customer_id_idx ON orders (customer_id);',
        'ALTER TABLE orders DROP COLUMN shipped;'));
      const finding = only(report, 'down-incomplete');
      assert.equal(finding.location?.file, `${DIR}/0002_index.down.sql`);
      assert.equal(finding.location?.line, 1);
      assert.equal(finding.subject, 'migration 0002_index.up.sql');
      assert.match(finding.message, /does not restore the schema it started from: index orders_customer_id_idx on orders\(customer_id\) is still there\.$/);
      assert.deepEqual(report.results.map((r) => r.status), ['proved', 'failed']);
      assert.equal(report.results[1]!.changes?.[0]?.object.kind, 'index');
    });

    test('a down that leaves a column default and a check constraint is caught', async () => {
      const report = await run(migration(2, 'rules',
        `ALTER TABLE orders ALTER COLUMN note SET DEFAULT 'x';\nALTER TABLE orders ADD CONSTRAINT amount_positive CHECK (amount > 0);`,
        `-- only the obvious half\nALTER TABLE orders ADD COLUMN unrelated int;\nALTER TABLE orders DROP COLUMN unrelated;`));
      const finding = only(report, 'down-incomplete');
      assert.match(finding.message, /check constraint amount_positive on orders \(.*amount.* > 0.*\) is still there/);
      assert.match(finding.message, /column orders\.note: default none → 'x'/);
    });

    test('a down that drops something the up did not create is caught as missing, at the statement that did it', async () => {
      const report = await run(migration(2, 'too_much',
        'ALTER TABLE orders ADD COLUMN shipped boolean;',
        'ALTER TABLE orders DROP COLUMN shipped;\nALTER TABLE orders DROP COLUMN note;'));
      const finding = only(report, 'down-incomplete');
      assert.match(finding.message, /column orders\.note is missing/);
      assert.equal(finding.location?.line, 2);
    });

    if (dialect === 'mysql') {
      test('a down that drops a foreign key but not the index MariaDB made for it is caught', async () => {
        const report = await run(migration(2, 'fk',
          'ALTER TABLE orders ADD CONSTRAINT orders_settings_fk FOREIGN KEY (note) REFERENCES settings (name);',
          'ALTER TABLE orders DROP FOREIGN KEY orders_settings_fk;'));
        const finding = only(report, 'down-incomplete');
        assert.match(finding.message, /index orders_settings_fk on orders\(note\) is still there\.$/);
      });
    }

    test('a down that fails is reported with its file, line and the engine\'s code', async () => {
      const report = await run(migration(2, 'bad_down',
        'CREATE INDEX orders_amount_idx ON orders (amount);',
        `-- drops the wrong index\nDROP INDEX orders_amount_index${onOrders};`));
      const finding = only(report, 'down-failed');
      assert.equal(finding.location?.file, `${DIR}/0002_bad_down.down.sql`);
      assert.equal(finding.location?.line, 2);
      assert.match(finding.message, dialect === 'postgres' ? /\(42704\)\.$/ : /\(ER_CANT_DROP_FIELD_OR_KEY.*\)\.$/);
      assert.match(finding.message, /orders_amount_index/);
    });

    test('a migration that cannot be applied twice after its down is caught', async () => {
      // The down reverts the column but not the row, so the second up meets its own row.
      const report = await run(migration(2, 'seeded',
        `ALTER TABLE orders ADD COLUMN tag varchar(10);\nINSERT INTO settings (name) VALUES ('tags');`,
        'ALTER TABLE orders DROP COLUMN tag;'));
      const finding = only(report, 'reapply-failed');
      assert.equal(finding.location?.file, `${DIR}/0002_seeded.up.sql`);
      assert.equal(finding.location?.line, 2);
      assert.match(finding.message, /fails when applied again after its down migration: .*\((23505|ER_DUP_ENTRY.*)\)/);
    });

    test('a migration whose second up gives a different schema is caught', async () => {
      // The up chooses its column by a row the down leaves behind.
      const up =
        dialect === 'postgres'
          ? `DO $$ BEGIN
               IF EXISTS (SELECT 1 FROM settings WHERE name = 'v2') THEN ALTER TABLE orders ADD COLUMN v2 text;
               ELSE ALTER TABLE orders ADD COLUMN v1 text; END IF;
             END $$;
             INSERT INTO settings (name) VALUES ('v2') ON CONFLICT DO NOTHING;`
          : `SET @ddl = IF((SELECT COUNT(*) FROM settings WHERE name = 'v2') > 0, 'ALTER TABLE orders ADD COLUMN v2 text', 'ALTER TABLE orders ADD COLUMN v1 text');
             PREPARE ddl FROM @ddl;
             EXECUTE ddl;
             DEALLOCATE PREPARE ddl;
             INSERT IGNORE INTO settings (name) VALUES ('v2');`;
      const down = 'ALTER TABLE orders DROP COLUMN IF EXISTS v1;\nALTER TABLE orders DROP COLUMN IF EXISTS v2;';
      const report = await run(migration(2, 'choosy', up, down));
      const finding = only(report, 'reapply-differs');
      assert.equal(finding.location?.file, `${DIR}/0002_choosy.up.sql`);
      assert.match(finding.message, /gives a different schema when applied again after its down migration/);
      assert.match(finding.message, /column orders\.v1 dropped/);
      assert.match(finding.message, /column orders\.v2 added/);
    });

    test('a down that leaves a sequence behind is caught, and the migrations after it are still proved', async () => {
      const sequence =
        dialect === 'postgres'
          ? migration(2, 'invoice_no', 'CREATE SEQUENCE invoice_no;\nALTER TABLE orders ADD COLUMN invoice int DEFAULT nextval(\'invoice_no\');', 'ALTER TABLE orders DROP COLUMN invoice;')
          : migration(2, 'invoice_no', 'CREATE TABLE invoices (id int PRIMARY KEY);\nALTER TABLE orders ADD COLUMN invoice int;', 'ALTER TABLE orders DROP COLUMN invoice;');
      const later = migration(3, 'later', 'CREATE INDEX orders_note_idx ON orders (note);', `DROP INDEX orders_note_idx${onOrders};`);
      const report = await run(sequence, later);
      const finding = only(report, 'down-incomplete');
      assert.match(finding.message, dialect === 'postgres' ? /sequence invoice_no is still there/ : /table invoices is still there/);
      assert.deepEqual(report.results.map((r) => r.status), ['proved', 'failed', 'proved']);
    });
  });
}

test('a folder without any down migration gets one notice and no scratch database', async () => {
  const report = await roundTrip({ server: undefined as unknown as Server, files: [migration(1, 'a', 'SELECT 1;'), migration(2, 'b', 'SELECT 1;')] });
  assert.deepEqual(report.results.map((r) => r.status), ['no-down', 'no-down']);
  assert.deepEqual(report.findings.map((f) => [f.rule, f.severity]), [['no-down', 'notice']]);
  assert.match(report.findings[0]!.message, /None of the 2 migrations has a down migration/);
});
