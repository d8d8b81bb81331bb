// The migration trace on real servers: the classic dangerous migrations report the lock mode,
// the rewrite, the validated constraint and the blocked probe a reviewer needs to see.
import { plainMigration } from '../support/migration-file.js';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parseConfig } from '../../src/config/load.js';
import { startServer, type Server } from '../../src/engines/index.js';
import type { MigrationFile } from '../../src/migrations/formats/index.js';
import { traceMigrations, type MigrationTrace, type TraceResult } from '../../src/migrations/trace/index.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

let version = 0n;
const migration = (name: string, sql: string): MigrationFile => plainMigration(++version, { name, file: `/project/migrations/${name}`, sql });

const config = (yaml = '') =>
  parseConfig(
    `migrations: { dir: migrations }\ndata:\n  rows: { customers: 200, orders: 2000 }\n  columns: { orders.note: { nulls: 0 }, orders.customer_id: { range: [1, 200] } }\n${yaml}`,
    'sluice.yml',
  ).config;

const traceOf = (result: TraceResult, name: string): MigrationTrace => {
  const trace = result.traces.find((t) => t.name === name);
  assert.ok(trace, `no trace for ${name}; traced: ${result.traces.map((t) => t.name).join(', ')}`);
  assert.equal(trace.status, 'applied', `${name}: ${trace.notes.join('; ')}`);
  return trace;
};

const locksOn = (trace: MigrationTrace, relation: string) => trace.statements.flatMap((s) => s.locks).filter((l) => l.relation === relation);

const POSTGRES_BASE = migration(
  '0001_init.sql',
  `create table customers (id serial primary key, email text not null);
create table orders (id serial primary key, customer_id int not null, total int not null, note text);
`,
);

describe('migration trace on PostgreSQL', () => {
  let server: Server;
  let result: TraceResult;
  before(async () => {
    server = await startServer({ engine: postgresUrl(), origin: 'test' });
    result = await traceMigrations({
      server,
      existing: [POSTGRES_BASE],
      added: [
        migration('0002_add_flag.sql', 'alter table orders add column flag int not null default 0;'),
        migration('0003_add_random.sql', 'alter table orders add column r float8 default random();'),
        migration('0004_index.sql', "set lock_timeout = '1s';\ncreate index orders_total on orders (total);"),
        migration('0005_fk.sql', 'alter table orders add constraint orders_customer_fk foreign key (customer_id) references customers (id);'),
        migration('0006_fk_not_valid.sql', 'alter table orders add constraint orders_customer_fk2 foreign key (customer_id) references customers (id) not valid;'),
        migration('0007_not_null.sql', 'alter table orders alter column note set not null;'),
        migration('0008_bigint.sql', '-- widen\nalter table orders alter column total type bigint;'),
      ],
      config: config(),
    });
  });
  after(() => server?.close());

  test('add column with a constant default: AccessExclusiveLock, no rewrite', () => {
    const trace = traceOf(result, '0002_add_flag.sql');
    assert.equal(trace.strongestLock?.mode, 'AccessExclusiveLock');
    assert.equal(trace.strongestLock?.blocks, 'reads and writes');
    assert.equal(trace.rewrite, false);
    assert.deepEqual(trace.blocked, { reads: true, writes: true });
  });

  test('add column with a volatile default rewrites the table', () => {
    const trace = traceOf(result, '0003_add_random.sql');
    assert.equal(trace.rewrite, true);
    assert.deepEqual(trace.statements[0]!.rewrites, ['orders']);
    const finding = result.findings.find((f) => f.subject === 'migration 0003_add_random.sql statement 1');
    assert.equal(finding?.rule, 'table-rewrite');
    assert.equal(finding?.severity, 'warning');
    assert.match(finding?.message ?? '', /rewrote orders \(2,000 rows\)/);
  });

  test('CREATE INDEX without CONCURRENTLY: ShareLock, blocks writes, not reads', () => {
    const trace = traceOf(result, '0004_index.sql');
    assert.equal(trace.strongestLock?.mode, 'ShareLock');
    assert.equal(trace.strongestLock?.blocks, 'writes');
    assert.equal(trace.strongestLock?.line, 2);
    assert.equal(trace.rewrite, false);
    assert.deepEqual(trace.blocked, { reads: false, writes: true });
    assert.equal(trace.timeouts.lockTimeout, '1s');
    const finding = result.findings.find((f) => f.subject === 'migration 0004_index.sql statement 2');
    assert.equal(finding?.rule, 'blocking-lock');
    assert.deepEqual(finding?.location, { file: trace.file, line: 2 });
    assert.match(finding?.message ?? '', /^CREATE INDEX took ShareLock on orders for \d+ ms at 2,000 rows and blocked writes \(probe: UPDATE waited; a SELECT does not conflict with ShareLock\)\.$/);
    assert.match(finding?.help ?? '', /CONCURRENTLY/);
  });

  test('a foreign key takes ShareRowExclusiveLock on both tables; validated, or not with NOT VALID', () => {
    for (const [name, validated] of [['0005_fk.sql', true], ['0006_fk_not_valid.sql', false]] as const) {
      const trace = traceOf(result, name);
      assert.deepEqual(locksOn(trace, 'orders').map((l) => l.mode), ['ShareRowExclusiveLock'], name);
      assert.deepEqual(locksOn(trace, 'customers').map((l) => l.mode), ['ShareRowExclusiveLock'], name);
      assert.deepEqual(trace.statements[0]!.constraints.map((c) => [c.table, c.kind, c.validated]), [['orders', 'foreign key', validated]], name);
      assert.equal(trace.blocked.writes, true, name);
    }
  });

  test('SET NOT NULL: AccessExclusiveLock and a full scan, no rewrite', () => {
    const trace = traceOf(result, '0007_not_null.sql');
    assert.equal(trace.strongestLock?.mode, 'AccessExclusiveLock');
    assert.equal(trace.rewrite, false);
    assert.deepEqual(trace.statements[0]!.scans, [{ table: 'orders', rows: 2000 }]);
  });

  test('int to bigint rewrites the table under AccessExclusiveLock', () => {
    const trace = traceOf(result, '0008_bigint.sql');
    assert.equal(trace.strongestLock?.mode, 'AccessExclusiveLock');
    assert.equal(trace.strongestLock?.line, 2);
    assert.equal(trace.rewrite, true);
    assert.ok(trace.statements[0]!.rewrites.includes('orders'));
    assert.deepEqual(trace.blocked, { reads: true, writes: true });
  });

  test('no data changed that the migrations do not name', () => {
    assert.deepEqual(result.findings.filter((f) => f.rule === 'data-changed'), []);
  });
});

describe('data preservation and assertions on PostgreSQL', () => {
  let server: Server;
  before(async () => {
    server = await startServer({ engine: postgresUrl(), origin: 'test' });
  });
  after(() => server?.close());

  test('rows lost through a cascade are a warning; a failing assertion is an error at the migration', async () => {
    const base = migration(
      '0001_init.sql',
      `create table customers (id serial primary key, email text not null);
create table orders (id serial primary key, customer_id int not null references customers on delete cascade, total int not null, note text);
`,
    );
    const result = await traceMigrations({
      server,
      existing: [base],
      added: [migration('0002_purge.sql', 'delete from customers where id <= 50;')],
      config: config(`checks:\n  migrations:\n    assert:\n      - { name: every customer stays, sql: "select count(*) = 200 from customers" }\n      - { after: 0002_purge, sql: "select count(*) > 0 from orders" }\n`),
    });
    const trace = traceOf(result, '0002_purge.sql');
    const lost = trace.data.find((d) => d.table === 'orders');
    assert.equal(lost?.expected, false);
    assert.ok(lost.rowsAfter! < lost.rowsBefore);
    assert.equal(trace.data.find((d) => d.table === 'customers')?.expected, true);
    const dataFinding = result.findings.find((f) => f.rule === 'data-changed');
    assert.equal(dataFinding?.severity, 'warning');
    assert.match(dataFinding?.message ?? '', /^orders lost [\d,]+ of its 2,000 rows/);
    const failed = result.findings.filter((f) => f.rule === 'assertion-failed');
    assert.equal(failed.length, 1);
    assert.equal(failed[0]!.severity, 'error');
    assert.match(failed[0]!.message, /"every customer stays" does not hold after 0002_purge\.sql: it returned false/);
    assert.equal(failed[0]!.location?.file, trace.file);
  });

  test('only tables the migration locked for writing are compared, and TRUNCATE … CASCADE (no row lock, an ACCESS EXCLUSIVE one) is still seen', async () => {
    const base = migration(
      '0001_init.sql',
      `create table customers (id serial primary key, email text not null);
create table orders (id serial primary key, customer_id int not null references customers, total int not null, note text);
`,
    );
    const result = await traceMigrations({
      server,
      existing: [base],
      added: [
        migration('0002_index.sql', 'create index orders_total on orders (total);'),
        migration('0003_empty.sql', 'truncate customers cascade;'),
      ],
      config: config(),
    });
    // CREATE INDEX takes ShareLock: neither table was compared, nothing changed.
    assert.deepEqual(traceOf(result, '0002_index.sql').data, []);
    const truncated = traceOf(result, '0003_empty.sql').data;
    assert.deepEqual(truncated.map((d) => [d.table, d.rowsBefore, d.rowsAfter, d.expected]), [['customers', 200, 0, true], ['orders', 2000, 0, false]]);
    assert.match(result.findings.find((f) => f.rule === 'data-changed')?.message ?? '', /^orders lost 2,000 of its 2,000 rows in this migration, which does not name it/);
  });

  test('CREATE INDEX CONCURRENTLY runs outside a transaction: a second session samples its ShareUpdateExclusiveLock while it runs', async () => {
    const result = await traceMigrations({
      server,
      existing: [POSTGRES_BASE],
      added: [migration('0002_index_concurrently.sql', 'create index concurrently orders_note on orders (note);')],
      // Rows enough for the build to outlast several samples, however busy the machine.
      config: parseConfig('migrations: { dir: migrations }\ndata:\n  rows: { customers: 200, orders: 30000 }\n', 'sluice.yml').config,
    });
    const trace = traceOf(result, '0002_index_concurrently.sql');
    assert.deepEqual(trace.statements[0]!.locks, [{ relation: 'orders', table: 'orders', mode: 'ShareUpdateExclusiveLock', blocks: 'other schema changes and VACUUM' }]);
    assert.equal(trace.strongestLock?.mode, 'ShareUpdateExclusiveLock');
    assert.match(trace.notes.join('\n'), /^ran outside a transaction: .* a second session sampled pg_locks while it ran/m);
    // It blocks neither reads nor writes: no blocking-lock finding, and the probes were not needed.
    assert.deepEqual(result.findings.filter((f) => f.rule === 'blocking-lock' || f.rule === 'table-rewrite'), []);
  });

  test('with production row counts, a blocking migration gets a hold-time estimate', async () => {
    const result = await traceMigrations({
      server,
      existing: [POSTGRES_BASE],
      added: [migration('0002_bigint.sql', 'alter table orders alter column total type bigint;')],
      config: config('production:\n  rows: { orders: 5000000 }\n'),
    });
    const trace = traceOf(result, '0002_bigint.sql');
    assert.equal(trace.estimate?.table, 'orders');
    assert.deepEqual(trace.estimate?.measured.map((m) => m.rows), [2000, 4000]);
    assert.match(trace.estimate?.note ?? '', /^estimate: about .* at 5,000,000 rows of orders/);
    assert.match(result.findings.find((f) => f.rule === 'table-rewrite')?.message ?? '', /estimate: about/);
  });
});

describe('migration trace on PGlite', () => {
  test('locks and rewrites are traced; the probe is skipped with a note', async () => {
    const server = await startServer({ engine: 'pglite', origin: 'test' });
    try {
      const result = await traceMigrations({
        server,
        existing: [POSTGRES_BASE],
        added: [migration('0002_index.sql', 'create index orders_total on orders (total);')],
        config: config(),
      });
      const trace = traceOf(result, '0002_index.sql');
      assert.equal(trace.strongestLock?.mode, 'ShareLock');
      assert.deepEqual(trace.blocked, {});
      assert.ok(trace.notes.some((n) => /PGlite/.test(n)));
      assert.equal(result.findings.find((f) => f.rule === 'blocking-lock')?.severity, 'warning');
    } finally {
      await server.close();
    }
  });
});

describe('migration trace on MySQL/MariaDB', () => {
  test('an added column is instant; a column type change copies the table and blocks writes', async () => {
    const server = await startServer({ engine: mysqlUrl(), origin: 'test' });
    try {
      const result = await traceMigrations({
        server,
        existing: [migration('0001_init.sql', 'create table customers (id int auto_increment primary key, email varchar(100) not null);\ncreate table orders (id int auto_increment primary key, customer_id int not null, total int not null, note varchar(50));')],
        added: [
          migration('0002_add_flag.sql', 'alter table orders add column flag int not null default 0;'),
          migration('0003_bigint.sql', 'alter table orders modify total bigint not null;'),
          migration('0004_index.sql', 'create index orders_total on orders (total);'),
          migration('0005_forced_copy.sql', 'alter table orders add column x int not null default 0, algorithm=copy;'),
          migration('0006_drop_index.sql', 'drop index orders_total on orders;'),
        ],
        config: config(),
      });
      const instant = traceOf(result, '0002_add_flag.sql');
      assert.equal(instant.statements[0]!.algorithm?.algorithm, 'instant');
      assert.equal(instant.rewrite, false);
      const copy = traceOf(result, '0003_bigint.sql');
      assert.equal(copy.statements[0]!.algorithm?.algorithm, 'copies the table, blocks writes');
      assert.equal(copy.rewrite, true);
      assert.equal(copy.strongestLock?.blocks, 'writes');
      assert.equal(traceOf(result, '0004_index.sql').statements[0]!.algorithm?.algorithm, 'in place, no lock');
      assert.equal(traceOf(result, '0005_forced_copy.sql').statements[0]!.algorithm?.algorithm, 'copies the table, blocks writes');
      assert.deepEqual(traceOf(result, '0006_drop_index.sql').statements[0]!.algorithm, { table: 'orders', algorithm: 'in place, no lock' });
      const finding = result.findings.find((f) => f.subject === 'migration 0003_bigint.sql statement 1');
      assert.equal(finding?.rule, 'table-rewrite');
      assert.match(finding?.message ?? '', /^ALTER TABLE needs ALGORITHM=COPY on orders for \d+ ms at 2,000 rows and blocked writes; rewrote orders/);
      assert.deepEqual(result.findings.filter((f) => !/^migration 000[35]_/.test(f.subject ?? '')).map((f) => f.message), []);
      // Off (MariaDB's default): a note says so. On (the test server, for rows examined): the
      // admin connection reads them, though the per-run user may not.
      assert.ok(instant.notes.every((n) => !/metadata_locks could not be read/.test(n)), instant.notes.join('; '));
      assert.deepEqual(result.findings.filter((f) => f.rule === 'data-changed'), []);
    } finally {
      await server.close();
    }
  });
});
