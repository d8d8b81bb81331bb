// The MySQL/MariaDB engine against the real MariaDB test server: scratch databases come and
// go, introspection reads what the DDL said, errors get Sluice's kinds, and the work
// counters of a query repeat exactly.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import mysql from 'mysql2/promise';
import type { Engine, Server, WorkProfile } from '../../src/engines/engine.js';
import { findTable } from '../../src/engines/engine.js';
import { connectMysqlServer } from '../../src/engines/mysql/index.js';
import { cleanupAll } from '../../src/engines/scratch.js';
import { parseServerUrl } from '../../src/engines/url.js';
import { EngineUnavailableError } from '../../src/errors.js';
import { mysqlLimitedUrl, mysqlUrl } from '../support/urls.js';

const SCHEMA = [
  `CREATE TABLE customers (
     id INT AUTO_INCREMENT PRIMARY KEY,
     email VARCHAR(120) NOT NULL,
     active TINYINT(1) NOT NULL DEFAULT 1,
     preferences JSON NULL,
     CONSTRAINT uq_customers_email UNIQUE (email)
   ) ENGINE=InnoDB`,
  `CREATE TABLE orders (
     id BIGINT AUTO_INCREMENT PRIMARY KEY,
     customer_id INT NOT NULL,
     total DECIMAL(10,2) NOT NULL,
     status ENUM('new','paid','it''s shipped') NOT NULL DEFAULT 'new',
     placed_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
     note TEXT NULL,
     CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
     CONSTRAINT chk_orders_total CHECK (total >= 0),
     INDEX idx_orders_status_placed (status, placed_at)
   ) ENGINE=InnoDB`,
];

/** The error `work` throws, described by the engine. */
async function describedFailure(engine: Engine, work: () => Promise<unknown>) {
  try {
    await work();
  } catch (error) {
    return engine.describeError(error);
  }
  assert.fail('the statement should have failed');
}

const counter = (profile: WorkProfile, name: string): number => {
  const found = profile.counters.find((c) => c.name === name);
  assert.ok(found, `counter ${name} missing from ${JSON.stringify(profile.counters)}`);
  return found.value;
};

async function listScratchDatabases(): Promise<string[]> {
  const connection = await mysql.createConnection(mysqlUrl());
  try {
    const [rows] = await connection.query<mysql.RowDataPacket[]>("SHOW DATABASES LIKE 'sluice\\_%'");
    return rows.map((row) => String(Object.values(row)[0]));
  } finally {
    await connection.end();
  }
}

function optionalUrl(read: () => string): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

describe('MySQL engine on MariaDB', () => {
  let server: Server;
  let engine: Engine;

  before(async () => {
    server = await connectMysqlServer(parseServerUrl(mysqlUrl()));
    engine = await server.createScratch('engine test');
    for (const statement of SCHEMA) await engine.exec(statement);
  });

  after(async () => {
    await server?.close();
  });

  it('reports the server and works in a scratch database of its own', async () => {
    assert.equal(server.info.name, 'mariadb');
    assert.match(server.info.version, /^\d+\.\d+\.\d+$/);
    assert.equal(engine.dialect, 'mysql');
    assert.match(engine.database, /^sluice_[0-9a-f]{8}_engine_test$/);
    const [row] = await engine.query<{ db: string }>('SELECT DATABASE() AS db');
    assert.equal(row?.db, engine.database);
    assert.equal(engine.placeholder(1), '?');
    assert.equal(engine.quoteIdent('odd`name'), '`odd``name`');
  });

  it('reads the metadata locks its connection holds through the admin connection (the per-run user may not)', async (t) => {
    const [ps] = await engine.query<{ on: number }>('SELECT @@performance_schema AS `on`');
    if (Number(ps?.on) !== 1) return t.skip('performance_schema is off on this server');
    await assert.rejects(engine.query('SELECT * FROM performance_schema.metadata_locks LIMIT 1'), /denied/i);
    await engine.exec('START TRANSACTION');
    try {
      await engine.query('SELECT id FROM orders WHERE id = 1 FOR UPDATE');
      const locks = await engine.heldMetadataLocks!();
      assert.deepEqual(locks!.filter((l) => l.table === 'orders').map((l) => l.type), ['SHARED_WRITE']);
    } finally {
      await engine.exec('ROLLBACK');
    }
    assert.deepEqual(await engine.heldMetadataLocks!(), []);
  });

  it('introspects tables, columns, keys, indexes and checks as declared', async () => {
    const schema = await engine.introspect();
    assert.deepEqual(schema.tables.map((t) => t.name), ['customers', 'orders']);

    const customers = findTable(schema, 'customers');
    assert.ok(customers);
    assert.equal(customers.storageEngine, 'InnoDB');
    assert.deepEqual(customers.primaryKey, ['id']);
    assert.deepEqual(customers.uniques, [{ name: 'uq_customers_email', columns: ['email'] }]);
    assert.deepEqual(
      customers.columns.map((c) => [c.name, c.type]),
      [['id', 'integer'], ['email', 'text'], ['active', 'boolean'], ['preferences', 'json']],
    );
    const [id, email, active, preferences] = customers.columns;
    assert.equal(id?.generated, 'identity');
    assert.equal(id?.nullable, false);
    assert.equal(email?.maxLength, 120);
    assert.equal(email?.hasDefault, false);
    assert.equal(active?.hasDefault, true);
    assert.equal(preferences?.nullable, true);
    assert.equal(preferences?.hasDefault, false);
    // MariaDB's automatic json_valid() check is part of the JSON type, not a declared check.
    assert.deepEqual(customers.checks, []);

    const orders = findTable(schema, 'orders');
    assert.ok(orders);
    assert.deepEqual(
      orders.columns.map((c) => [c.name, c.type, c.nativeType]),
      [
        ['id', 'bigint', 'bigint(20)'],
        ['customer_id', 'integer', 'int(11)'],
        ['total', 'numeric', 'decimal(10,2)'],
        ['status', 'enum', "enum('new','paid','it''s shipped')"],
        ['placed_at', 'timestamp', 'datetime'],
        ['note', 'text', 'text'],
      ],
    );
    const total = orders.columns.find((c) => c.name === 'total');
    assert.equal(total?.precision, 10);
    assert.equal(total?.scale, 2);
    const status = orders.columns.find((c) => c.name === 'status');
    assert.deepEqual(status?.enumValues, ['new', 'paid', "it's shipped"]);
    assert.equal(status?.hasDefault, true);
    assert.equal(orders.columns.find((c) => c.name === 'placed_at')?.hasDefault, true);
    assert.equal(orders.columns.find((c) => c.name === 'note')?.hasDefault, false);

    assert.deepEqual(orders.primaryKey, ['id']);
    assert.deepEqual(orders.uniques, []);
    assert.deepEqual(orders.foreignKeys, [
      { name: 'fk_orders_customer', columns: ['customer_id'], refTable: 'customers', refColumns: ['id'] },
    ]);
    assert.deepEqual(orders.checks.map((c) => c.name), ['chk_orders_total']);
    assert.match(orders.checks[0]?.expression ?? '', /total.*>=\s*0/);
    assert.deepEqual(
      orders.indexes.map((i) => ({ name: i.name, columns: i.columns, unique: i.unique, primary: i.primary, partial: i.partial })),
      [
        { name: 'PRIMARY', columns: ['id'], unique: true, primary: true, partial: false },
        { name: 'fk_orders_customer', columns: ['customer_id'], unique: false, primary: false, partial: false },
        { name: 'idx_orders_status_placed', columns: ['status', 'placed_at'], unique: false, primary: false, partial: false },
      ],
    );
  });

  it('returns rows as plain objects and binds ? placeholders', async () => {
    await engine.exec("INSERT INTO customers (email) VALUES ('ada@example.com')");
    const rows = await engine.query('SELECT id, email, active FROM customers WHERE email = ?', ['ada@example.com']);
    assert.deepEqual(rows, [{ id: 1, email: 'ada@example.com', active: 1 }]);
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    await engine.transaction(() => engine.exec("INSERT INTO customers (email) VALUES ('kept@example.com')"));
    await assert.rejects(
      engine.transaction(async () => {
        await engine.exec("INSERT INTO customers (email) VALUES ('undone@example.com')");
        throw new Error('probe done');
      }),
      /probe done/,
    );
    const emails = await engine.query<{ email: string }>('SELECT email FROM customers ORDER BY id');
    assert.deepEqual(emails.map((r) => r.email), ['ada@example.com', 'kept@example.com']);
  });

  it('names the kind and code of constraint and syntax errors', async () => {
    const duplicate = await describedFailure(engine, () =>
      engine.exec("INSERT INTO customers (email) VALUES ('ada@example.com')"),
    );
    assert.equal(duplicate.kind, 'unique-violation');
    assert.equal(duplicate.code, 'ER_DUP_ENTRY (1062)');
    assert.match(duplicate.message, /Duplicate entry 'ada@example.com'/);

    const orphan = await describedFailure(engine, () =>
      engine.query('INSERT INTO orders (customer_id, total) VALUES (?, ?)', [999, 10]),
    );
    assert.equal(orphan.kind, 'foreign-key-violation');
    assert.equal(orphan.code, 'ER_NO_REFERENCED_ROW_2 (1452)');

    await engine.exec('INSERT INTO orders (customer_id, total) VALUES (1, 5)');
    const referenced = await describedFailure(engine, () => engine.exec('DELETE FROM customers WHERE id = 1'));
    assert.equal(referenced.kind, 'foreign-key-violation');
    assert.equal(referenced.code, 'ER_ROW_IS_REFERENCED_2 (1451)');

    const negative = await describedFailure(engine, () =>
      engine.exec('INSERT INTO orders (customer_id, total) VALUES (1, -1)'),
    );
    assert.equal(negative.kind, 'check-violation');
    assert.equal(negative.code, 'ER_CONSTRAINT_FAILED (4025)');
    assert.match(negative.message, /chk_orders_total/);

    const nullTotal = await describedFailure(engine, () =>
      engine.exec('INSERT INTO orders (customer_id, total) VALUES (1, NULL)'),
    );
    assert.equal(nullTotal.kind, 'not-null-violation');
    assert.equal(nullTotal.code, 'ER_BAD_NULL_ERROR (1048)');

    const missingTotal = await describedFailure(engine, () => engine.exec('INSERT INTO orders (customer_id) VALUES (1)'));
    assert.equal(missingTotal.kind, 'not-null-violation');
    assert.equal(missingTotal.code, 'ER_NO_DEFAULT_FOR_FIELD (1364)');

    const statement = 'SELECT id\nFROM orders\nWHERE total = = 3';
    const syntax = await describedFailure(engine, () => engine.query(statement));
    assert.equal(syntax.kind, 'syntax-error');
    assert.equal(syntax.code, 'ER_PARSE_ERROR (1064)');
    assert.match(syntax.message, /at line 3/);
    // Points into line 3, at the text the server quoted ("= 3").
    assert.equal(syntax.position, statement.indexOf('= 3') + 1);

    const unknown = await describedFailure(engine, () => engine.query('SELECT * FROM no_such_table'));
    assert.equal(unknown.kind, 'undefined-object');
    assert.equal(unknown.code, 'ER_NO_SUCH_TABLE (1146)');
  });

  describe('work profile', () => {
    before(async () => {
      await engine.exec('CREATE TABLE products (id INT PRIMARY KEY, sku VARCHAR(20) NOT NULL, price INT NOT NULL)');
      const ids = Array.from({ length: 500 }, (_, i) => i + 1);
      await engine.query(
        `INSERT INTO products (id, sku, price) VALUES ${ids.map(() => '(?, ?, ?)').join(', ')}`,
        ids.flatMap((id) => [id, `SKU-${id}`, (id * 37) % 500]),
      );
      await engine.analyze();
    });

    it('sees a primary-key lookup as an index scan that reads one row', async () => {
      const profile = await engine.profile('SELECT * FROM products WHERE id = ?', [250]);
      assert.ok(profile.operators.includes('index-scan'), profile.operators.join(', '));
      assert.ok(!profile.operators.includes('seq-scan'));
      assert.equal(counter(profile, 'rows'), 1);
      assert.ok(counter(profile, 'rows-read') <= 2, `rows-read ${counter(profile, 'rows-read')}`);
      assert.equal(counter(profile, 'scan-rows'), 0);
      assert.match(profile.shape, /^products: const on PRIMARY/);
      assert.ok(profile.timeMs >= 0);
    });

    it('sees an unindexed filter as a scan of all 500 rows', async () => {
      const profile = await engine.profile('SELECT * FROM products WHERE sku = ?', ['SKU-250']);
      assert.ok(profile.operators.includes('seq-scan'), profile.operators.join(', '));
      assert.equal(counter(profile, 'rows'), 1);
      assert.ok(counter(profile, 'scan-rows') >= 500, `scan-rows ${counter(profile, 'scan-rows')}`);
      assert.ok(counter(profile, 'rows-read') >= 500);
      assert.equal(profile.shape, 'products: ALL');
    });

    it('shows a sort after the table that feeds it', async () => {
      const profile = await engine.profile('SELECT * FROM products ORDER BY price LIMIT 5');
      assert.deepEqual(profile.operators, ['seq-scan', 'sort']);
      assert.equal(profile.shape, 'products: ALL → filesort');
    });

    it('repeats every counter exactly on a second run', async () => {
      for (const [sql, params] of [
        ['SELECT * FROM products WHERE id = ?', [250]],
        ['SELECT * FROM products WHERE sku = ?', ['SKU-250']],
        ['SELECT * FROM products WHERE price BETWEEN ? AND ? ORDER BY sku', [10, 60]],
      ] as const) {
        const first = await engine.profile(sql, params);
        const second = await engine.profile(sql, params);
        assert.deepEqual(second.counters, first.counters, sql);
        assert.deepEqual(second.operators, first.operators);
        assert.equal(second.shape, first.shape);
      }
    });
  });
});

describe('MySQL server lifecycle', () => {
  it('close() drops every scratch database it created, and is safe to call twice', async () => {
    const server = await connectMysqlServer(parseServerUrl(mysqlUrl()));
    const head = await server.createScratch('drop head');
    const base = await server.createScratch('drop base');
    await head.exec('CREATE TABLE t (id INT PRIMARY KEY)');
    assert.ok((await listScratchDatabases()).includes(head.database));
    // A transaction left open must not make the drop wait.
    await base.exec('CREATE TABLE t (id INT PRIMARY KEY)');
    await base.exec('START TRANSACTION');
    await base.exec('INSERT INTO t VALUES (1)');

    await server.close();
    await server.close();
    const left = await listScratchDatabases();
    assert.ok(!left.includes(head.database), `${head.database} left behind`);
    assert.ok(!left.includes(base.database), `${base.database} left behind`);
  });

  it('drops its scratch databases when the run is cut short (cleanupAll on a signal)', async () => {
    const server = await connectMysqlServer(parseServerUrl(mysqlUrl()));
    const engine = await server.createScratch('signal');
    await engine.exec('CREATE TABLE t (id INT PRIMARY KEY)');
    await engine.exec('START TRANSACTION');
    await engine.exec('INSERT INTO t VALUES (1)');
    assert.deepEqual(await cleanupAll(), []);
    assert.ok(!(await listScratchDatabases()).includes(engine.database), `${engine.database} left behind`);
    await server.close();
  });

  it('refuses a wrong password without printing it', async () => {
    const url = new URL(mysqlUrl());
    url.password = 'Wr0ng-pa55word';
    await assert.rejects(connectMysqlServer(parseServerUrl(url.toString())), (error: unknown) => {
      assert.ok(error instanceof EngineUnavailableError);
      assert.match(error.message, /rejected user '[^']+' \(wrong password\?\); fix the user or password in --engine/);
      assert.match(error.message, /:\*\*\*@/);
      assert.ok(!error.message.includes('Wr0ng-pa55word'), error.message);
      return true;
    });
  });

  it('says connection refused for a port nobody listens on', async () => {
    await assert.rejects(connectMysqlServer(parseServerUrl('mysql://sluice:s3cret-pw@127.0.0.1:1/')), (error: unknown) => {
      assert.ok(error instanceof EngineUnavailableError);
      assert.equal(
        error.message,
        'Cannot reach mysql://sluice:***@127.0.0.1:1/: connection refused; start the server or fix the host and port in --engine (input `engine` or `database-url`).',
      );
      return true;
    });
  });

  const limitedUrl = optionalUrl(mysqlLimitedUrl);
  it('tells a user without CREATE how to grant it', { skip: limitedUrl ? false : 'SLUICE_TEST_MYSQL_LIMITED_URL not set' }, async () => {
    const server = await connectMysqlServer(parseServerUrl(limitedUrl!));
    try {
      await assert.rejects(server.createScratch('limited'), (error: unknown) => {
        assert.ok(error instanceof EngineUnavailableError);
        assert.match(error.message, /^The MariaDB user 'sluice_limited' may not create databases; grant it CREATE on `sluice\\_%`\.\*/);
        return true;
      });
    } finally {
      await server.close();
    }
  });
});
