// The data factory on real schemas, through the whole gate and directly: composite keys,
// self-references, cycles, CHECKs obeyed without settings, rows the migrations inserted, every
// kind of data.columns override, zipf fan-out, byte-identical rows, and bad settings reported
// before seeding with the sluice.yml line. On PGlite, PostgreSQL and MariaDB.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { runGate, type GateReport } from '../../src/gate.js';
import { planSeed, seedData, SeedError, type DataConfig } from '../../src/data/index.js';
import type { Engine, Server } from '../../src/engines/engine.js';
import { startServer } from '../../src/engines/index.js';
import { makeProject } from '../support/project.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

type Dialect = 'postgres' | 'mysql';
const engines = [
  { name: 'PGlite', engine: () => 'pglite', dialect: 'postgres' as Dialect },
  { name: 'PostgreSQL', engine: postgresUrl, dialect: 'postgres' as Dialect },
  { name: 'MariaDB', engine: mysqlUrl, dialect: 'mysql' as Dialect },
];

/** A shop whose constraints the factory must obey unaided. */
const SHOP = (d: Dialect) => {
  const ts = d === 'postgres' ? 'timestamp' : 'datetime';
  return `
CREATE TABLE customers (id int PRIMARY KEY, email varchar(120) NOT NULL UNIQUE, full_name varchar(80) NOT NULL CHECK (full_name <> ''));
CREATE TABLE products (id int PRIMARY KEY, sku varchar(12) NOT NULL UNIQUE, price numeric(10,2) NOT NULL CHECK (price > 0),
  status varchar(10) NOT NULL CHECK (status IN ('draft', 'live', 'retired')), code varchar(10) NOT NULL CHECK (length(code) >= 4));
CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customers (id), total numeric(10,2) NOT NULL CHECK (total BETWEEN 5 AND 2500),
  created_at ${ts} NOT NULL, shipped_at ${ts} NULL, CHECK (shipped_at > created_at));
CREATE TABLE order_items (order_id int NOT NULL REFERENCES orders (id), product_id int NOT NULL REFERENCES products (id),
  quantity int NOT NULL CHECK (quantity > 0 AND quantity <= 5), PRIMARY KEY (order_id, product_id));
CREATE TABLE inventory (product_id int PRIMARY KEY REFERENCES products (id), quantity int NOT NULL CHECK (quantity >= 0), reserved int NOT NULL CHECK (reserved >= 0 AND reserved <= quantity));
CREATE TABLE employees (id int PRIMARY KEY, manager_id int NOT NULL REFERENCES employees (id), name varchar(40) NOT NULL);
`;
};
const SHOP_ROWS = 'rows: { customers: 200, products: 60, orders: 2000, order_items: 4000, inventory: 60, employees: 30 }';
const CLEAN = [
  'select * from orders where shipped_at <= created_at',
  'select * from inventory where reserved > quantity',
  'select order_id, product_id from order_items group by order_id, product_id having count(*) > 1',
  'select * from employees e where not exists (select 1 from employees m where m.id = e.manager_id)',
  // zipf: the busiest 10 % of customers (20 of 200) place more than half the orders.
  'select 1 from (select 1) x where (select sum(n) from (select count(*) as n from orders group by customer_id order by n desc limit 20) t) * 2 <= (select count(*) from orders)',
];
const dataTests = (sqls: string[]) => `checks:\n  data-tests:\n${sqls.map((s) => `    - sql: "${s}"`).join('\n')}\n`;
const seedFailure = (report: GateReport) => report.findings.find((f) => f.rule === 'seed-failed');
const failedTests = (report: GateReport) => report.findings.filter((f) => f.check === 'data-tests').map((f) => f.message);

for (const e of engines) {
  describe(`the data factory on ${e.name}`, () => {
    let server: Server | undefined;
    const scratch = async (label: string) => (server ??= await startServer({ engine: e.engine(), origin: 'test' })).createScratch(label);
    after(() => server?.close());

    test('a join table with a composite key, a NOT NULL self-reference and CHECKs seed without data.columns; fan-out is skewed', async () => {
      const config = await makeProject(`migrations:\n  dir: migrations\ndata:\n  ${SHOP_ROWS}\n${dataTests(CLEAN)}`, { '0001_shop.sql': SHOP(e.dialect) });
      const report = await runGate({ configFile: config, engine: e.engine() });
      assert.equal(seedFailure(report), undefined, seedFailure(report)?.message);
      assert.deepEqual(failedTests(report), []);
      assert.equal(report.seed.tables.find((t) => t.table === 'order_items')?.rows, 4000);
    });

    test('too many rows for a composite key is said before seeding, naming the pair', async () => {
      const config = await makeProject(
        `migrations:\n  dir: migrations\ndata:\n  rows: { a: 3, b: 3, ab: 20 }\n`,
        { '0001.sql': 'CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int PRIMARY KEY);\nCREATE TABLE ab (a_id int NOT NULL REFERENCES a (id), b_id int NOT NULL REFERENCES b (id), PRIMARY KEY (a_id, b_id));\n' },
      );
      const report = await runGate({ configFile: config, engine: e.engine() });
      const finding = seedFailure(report);
      assert.match(finding?.message ?? '', /only 9 distinct \(a_id, b_id\) pairs for 20 rows in ab; lower data\.rows\.ab or widen/);
      assert.equal(finding?.location?.line, 4);
    });

    test('an override that contradicts a CHECK or a unique column is reported with the column, the constraint and its line', async () => {
      const config = await makeProject(
        `migrations:\n  dir: migrations\ndata:\n  rows: { products: 10 }\n  columns:\n    products.price: { range: [-5, 10] }\n`,
        { '0001.sql': 'CREATE TABLE products (id int PRIMARY KEY, price int NOT NULL, code varchar(8) NOT NULL UNIQUE, CONSTRAINT price_positive CHECK (price > 0));\n' },
      );
      const report = await runGate({ configFile: config, engine: e.engine() });
      const finding = seedFailure(report);
      assert.match(finding?.message ?? '', /data\.columns\."products\.price"\.range \[-5, 10\] goes outside price_positive .*price.*> 0.* on products/);
      assert.equal(finding?.location?.line, 6);

      const few = await makeProject(
        `migrations:\n  dir: migrations\ndata:\n  rows: { products: 10 }\n  columns:\n    products.code: { values: [a, b, c] }\n`,
        { '0001.sql': 'CREATE TABLE products (id int PRIMARY KEY, code varchar(8) NOT NULL UNIQUE);\n' },
      );
      const second = seedFailure(await runGate({ configFile: few, engine: e.engine() }));
      assert.match(second?.message ?? '', /data\.columns\."products\.code"\.values has 3 distinct values, but products\.code is unique and gets 10 rows/);
      assert.equal(second?.location?.line, 6);
    });

    // Direct seeding from here on: one server for the rest (a gate run beside it would share the per-run role).
    if (e.dialect === 'postgres') {
      test('domains, arrays, ranges, network and geometric types, a partitioned table with keys on its partitions, and a generated column', async () => {
        const engine = await scratch('types');
        for (const sql of [
          'CREATE DOMAIN price AS numeric(8,2) CHECK (VALUE > 0 AND VALUE < 100)',
          'CREATE DOMAIN short_code AS varchar(6) CHECK (length(VALUE) >= 3)',
          'CREATE TABLE accounts (id int PRIMARY KEY, name text NOT NULL)',
          `CREATE TABLE things (id int PRIMARY KEY, cost price NOT NULL, code short_code NOT NULL UNIQUE, tags text[] NOT NULL, ip inet NOT NULL, net cidr NOT NULL,
             mac macaddr NOT NULL, spot point NOT NULL, during tstzrange NOT NULL, span int4range NOT NULL, doc jsonb NOT NULL,
             doubled numeric GENERATED ALWAYS AS (cost * 2) STORED)`,
          'CREATE TABLE events (id int NOT NULL, account_id int NOT NULL, at timestamp NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at)',
          "CREATE TABLE events_h1 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-07-01')",
          "CREATE TABLE events_h2 PARTITION OF events FOR VALUES FROM ('2024-07-01') TO ('2025-01-01')",
          'ALTER TABLE events_h1 ADD FOREIGN KEY (account_id) REFERENCES accounts (id)',
        ]) await engine.exec(sql);
        const data = config({ things: 300, events: 500 });
        await seedData(engine, planSeed(await engine.introspect(), data), data);
        const [t] = await engine.query<Record<string, unknown>>('SELECT count(*)::int AS n, min(cost)::float AS lo, max(cost)::float AS hi, count(DISTINCT code)::int AS codes, bool_and(doubled = cost * 2) AS computed FROM things');
        assert.deepEqual([t!.n, Number(t!.lo) > 0, Number(t!.hi) < 100, t!.codes, t!.computed], [300, true, true, 300, true]);
        const [ev] = await engine.query<Record<string, unknown>>('SELECT count(*)::int AS n, (SELECT count(*)::int FROM accounts) AS accounts FROM events');
        assert.deepEqual(ev, { n: 500, accounts: 100 });

        await engine.exec("CREATE TABLE flags (id int PRIMARY KEY, value jsonb NOT NULL, deleted boolean NOT NULL GENERATED ALWAYS AS ((value->>'deleted')::boolean) STORED)");
        const flags = config({ flags: 10 });
        await assert.rejects(seedData(engine, planSeed(await engine.introspect(), flags), flags), (error: unknown) => {
          assert.ok(error instanceof SeedError);
          assert.match(error.message, /deleted is generated from value; set data\.columns for flags\.value/);
          return true;
        });
      });
    }

    test('a nullable foreign-key cycle is broken at the nullable key and filled in a second pass; a NOT NULL cycle is named', async () => {
      const engine = await scratch('cycle');
      await engine.exec('CREATE TABLE flags (id int PRIMARY KEY, default_variant_id int NULL)');
      await engine.exec('CREATE TABLE variants (id int PRIMARY KEY, flag_id int NOT NULL REFERENCES flags (id))');
      await engine.exec('ALTER TABLE flags ADD CONSTRAINT flags_default FOREIGN KEY (default_variant_id) REFERENCES variants (id)');
      const data = config({ flags: 50, variants: 200 });
      await seedData(engine, planSeed(await engine.introspect(), data), data);
      const [row] = await engine.query<{ filled: unknown; total: unknown }>('SELECT count(default_variant_id) AS filled, count(*) AS total FROM flags');
      assert.equal(Number(row!.total), 50);
      assert.equal(Number(row!.filled), 50);

      const tight = await scratch('tight');
      await tight.exec('CREATE TABLE a (id int PRIMARY KEY, b_id int NOT NULL)');
      await tight.exec('CREATE TABLE b (id int PRIMARY KEY, a_id int NOT NULL REFERENCES a (id))');
      await tight.exec('ALTER TABLE a ADD CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES b (id)');
      const both = config({ a: 10, b: 10 });
      await assert.rejects(seedData(tight, planSeed(await tight.introspect(), both), both), (error: unknown) => {
        assert.ok(error instanceof SeedError);
        assert.match(error.message, /a\.b_id → b and b\.a_id → a are both NOT NULL; make one nullable or DEFERRABLE/);
        return true;
      });
    });

    test('rows a migration inserted stay, count as parents, and are not collided with', async () => {
      const engine = await scratch('existing');
      await engine.exec('CREATE TABLE users (id int PRIMARY KEY, email varchar(80) NOT NULL UNIQUE, name varchar(40))');
      await engine.exec('CREATE TABLE projects (id int PRIMARY KEY, owner_id int NOT NULL REFERENCES users (id), name varchar(40) NOT NULL UNIQUE)');
      await engine.exec("INSERT INTO users VALUES (1, 'user1@example.test', 'admin'), (2, 'user3@example.test', 'ops')");
      await engine.exec("INSERT INTO projects VALUES (1, 1, 'name-1')");
      const data = config({ users: 100, projects: 100 });
      await seedData(engine, planSeed(await engine.introspect(), data), data);
      const [users] = await engine.query<{ n: unknown; admins: unknown }>("SELECT count(*) AS n, sum(CASE WHEN name = 'admin' THEN 1 ELSE 0 END) AS admins FROM users");
      assert.equal(Number(users!.n), 102);
      assert.equal(Number(users!.admins), 1);
      const [projects] = await engine.query<{ n: unknown }>('SELECT count(*) AS n FROM projects');
      assert.equal(Number(projects!.n), 101);
    });

    test('every kind of override does what it says; the same seed gives byte-identical rows', async () => {
      const sums: string[] = [];
      for (const label of ['same_a', 'same_b']) {
        const engine = await scratch(label);
        await engine.exec('CREATE TABLE customers (id int PRIMARY KEY, tier varchar(10) NOT NULL)');
        await engine.exec(`CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customers (id), sku varchar(12) NOT NULL UNIQUE,
          score int NOT NULL, placed_at ${e.dialect === 'postgres' ? 'timestamp' : 'datetime'} NOT NULL, note varchar(40) NULL, copy_tier varchar(10) NULL,
          seq int NOT NULL, label varchar(40) NOT NULL)`);
        const data = config({ customers: 100, orders: 2000 }, {
          'customers.tier': { values: ['gold', 'silver'] },
          'orders.customer_id': { distribution: 'uniform' },
          'orders.sku': { pattern: 'SKU-####' },
          'orders.score': { range: [10, 20], distribution: 'normal' },
          'orders.placed_at': { range: ['2025-03-01', '2025-03-31'] },
          'orders.note': { nulls: 1 },
          'orders.copy_tier': { ref: 'customers.tier' },
          'orders.seq': { sequence: { start: 100, step: 5 } },
          'orders.label': { sql: e.dialect === 'postgres' ? "'order ' || seq" : "CONCAT('order ', seq)" },
        }, 2);
        const seeded = await seedData(engine, planSeed(await engine.introspect(), data), data);
        assert.deepEqual(seeded.map((t) => [t.table, t.rows]), [['customers', 200], ['orders', 4000]]);
        const [o] = await engine.query<Record<string, unknown>>(`SELECT min(score) AS lo, max(score) AS hi, count(note) AS notes, min(sku) AS first_sku,
          min(seq) AS first_seq, max(seq) AS last_seq, min(placed_at) AS since, max(placed_at) AS until,
          sum(CASE WHEN copy_tier IN ('gold', 'silver') THEN 1 ELSE 0 END) AS tiers, sum(CASE WHEN label = ${e.dialect === 'postgres' ? "'order ' || seq" : "CONCAT('order ', seq)"} THEN 1 ELSE 0 END) AS labels FROM orders`);
        assert.deepEqual([Number(o!.lo), Number(o!.hi), Number(o!.notes), o!.first_sku, Number(o!.first_seq), Number(o!.last_seq), Number(o!.tiers), Number(o!.labels)],
          [10, 20, 0, 'SKU-0000', 100, 100 + 5 * 3999, 4000, 4000]);
        assert.match(stamp(o!.since), /^2025-03-0[1-3]/);
        assert.match(stamp(o!.until), /^2025-03-(2[89]|3[01])/);
        sums.push(await checksum(engine, 'customers') + await checksum(engine, 'orders'));
      }
      assert.equal(sums[0], sums[1]);
    });

  });
}

function config(rows: Record<string, number>, columns: Record<string, unknown> = {}, scale = 1): DataConfig {
  return { seed: 42, rows, columns, scale } as DataConfig;
}

const stamp = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

/** Every row of a table, ordered by its key, as one hash: equal hashes mean equal bytes. */
async function checksum(engine: Engine, table: string): Promise<string> {
  const rows = await engine.query(`SELECT * FROM ${engine.quoteIdent(table)} ORDER BY 1`);
  const hash = createHash('sha256');
  for (const row of rows) hash.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) + '\n');
  return hash.digest('hex');
}
