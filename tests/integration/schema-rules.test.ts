// Every schema rule, positive and negative, on PGlite, the loopback PostgreSQL and MariaDB:
// the DDL runs as a migration would, introspection reads it, checkSchema reports the finding at
// the migration line that made the object, and the suggested fix, EXECUTED as written, makes
// the finding go away.
import { plainMigration } from '../support/migration-file.js';
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkSchema, type SchemaFinding } from '../../src/checks/schema/index.js';
import type { NamingConventions } from '../../src/checks/schema/rule.js';
import type { Engine, Server, ServerInfo } from '../../src/engines/engine.js';
import { startServer } from '../../src/engines/index.js';
import type { MigrationFile } from '../../src/migrations/formats/index.js';
import { splitStatements } from '../../src/migrations/statements.js';
import { mysqlUrl, postgresUrl } from '../support/urls.js';

type EngineName = 'pglite' | 'postgresql' | 'mariadb';
const POSTGRES: EngineName[] = ['pglite', 'postgresql'];
const ALL: EngineName[] = ['pglite', 'postgresql', 'mariadb'];

interface Case {
  name: string;
  rule: string;
  engines: EngineName[];
  /** The migration, as a file; `line` is where the finding must point. */
  sql: string;
  line?: number;
  /** Whether a finding is expected (positive) or not (negative). */
  finds: boolean;
  /** The fix must be given (and is then executed). */
  fix?: RegExp;
  /** Statements that must fail while building the case (a failed concurrent index build). */
  failing?: string;
  after?: string;
  rows?: Record<string, number>;
  naming?: NamingConventions;
}

const CASES: Case[] = [
  { name: 'a table without a primary key', rule: 'missing-primary-key', engines: ALL, sql: '-- notes\nCREATE TABLE notes (body text);\n', line: 2, finds: true, fix: /ADD COLUMN id/ },
  { name: 'a reserved-word table without a primary key (the fix quotes it)', rule: 'missing-primary-key', engines: ALL, sql: 'CREATE TABLE "order" (note text);\n', line: 1, finds: true, fix: /ALTER TABLE ("order"|`order`)/ },
  { name: 'a primary key dropped by a later statement points at the DROP', rule: 'missing-primary-key', engines: POSTGRES, sql: 'CREATE TABLE events (id int PRIMARY KEY, at timestamptz);\n\nALTER TABLE events DROP CONSTRAINT events_pkey;\n', line: 3, finds: true },
  { name: 'a table with a primary key', rule: 'missing-primary-key', engines: ALL, sql: 'CREATE TABLE notes (id int PRIMARY KEY, body text);\n', finds: false },

  {
    name: 'a Prisma foreign key without an index (quoted mixed-case fix, CONCURRENTLY)', rule: 'foreign-key-without-index', engines: POSTGRES, finds: true, line: 4,
    sql: 'CREATE TABLE "User" ("id" TEXT NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));\nCREATE TABLE "Account" ("id" TEXT NOT NULL, "userId" TEXT NOT NULL,\n  CONSTRAINT "Account_pkey" PRIMARY KEY ("id"));\nALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE;\n',
    fix: /^CREATE INDEX CONCURRENTLY "Account_userId_idx" ON "Account" \("userId"\)$/,
  },
  {
    name: 'a partial index the key lookup cannot use (WHERE deleted_at IS NULL)', rule: 'foreign-key-without-index', engines: POSTGRES, finds: true, line: 2,
    sql: 'CREATE TABLE p (id int PRIMARY KEY);\nCREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p (id), deleted_at timestamptz);\nCREATE INDEX c_live ON c (p_id) WHERE deleted_at IS NULL;\n', fix: /CREATE INDEX CONCURRENTLY c_p_id_idx ON c \(p_id\)/,
  },
  {
    name: 'a partial index that serves the key lookup (WHERE p_id IS NOT NULL), as the planner says', rule: 'foreign-key-without-index', engines: POSTGRES, finds: false,
    sql: 'CREATE TABLE p (id int PRIMARY KEY);\nCREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p (id));\nCREATE INDEX c_p ON c (p_id) WHERE p_id IS NOT NULL;\n',
  },
  {
    name: 'a foreign key declared on a partition', rule: 'foreign-key-without-index', engines: POSTGRES, finds: true, line: 4,
    sql: 'CREATE TABLE p (id int PRIMARY KEY);\nCREATE TABLE m (id int, k int, p_id int, PRIMARY KEY (id, k)) PARTITION BY LIST (k);\nCREATE TABLE m1 PARTITION OF m FOR VALUES IN (1);\nALTER TABLE m1 ADD CONSTRAINT m1_p_fk FOREIGN KEY (p_id) REFERENCES p (id);\n',
    fix: /CREATE INDEX CONCURRENTLY m1_p_id_idx ON m1 \(p_id\)/,
  },
  { name: 'an indexed foreign key', rule: 'foreign-key-without-index', engines: ALL, finds: false, sql: 'CREATE TABLE p (id int PRIMARY KEY);\nCREATE TABLE c (id int PRIMARY KEY, p_id int, FOREIGN KEY (p_id) REFERENCES p (id));\nCREATE INDEX c_p ON c (p_id);\n' },

  {
    name: 'an integer column referencing a bigint key', rule: 'foreign-key-type-mismatch', engines: POSTGRES, finds: true, line: 2,
    sql: 'CREATE TABLE p (id bigint PRIMARY KEY);\nCREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p (id));\n', fix: /ALTER COLUMN p_id TYPE bigint/,
  },
  { name: 'matching key types', rule: 'foreign-key-type-mismatch', engines: ALL, finds: false, sql: 'CREATE TABLE p (id bigint PRIMARY KEY);\nCREATE TABLE c (id int PRIMARY KEY, p_id bigint, FOREIGN KEY (p_id) REFERENCES p (id));\n' },

  { name: 'two indexes with one definition', rule: 'duplicate-index', engines: ALL, finds: true, line: 3, sql: 'CREATE TABLE t (id int PRIMARY KEY, a int);\nCREATE INDEX t_a1 ON t (a);\nCREATE INDEX t_a2 ON t (a);\n', fix: /DROP INDEX/ },
  { name: 'indexes that differ in their predicate', rule: 'duplicate-index', engines: POSTGRES, finds: false, sql: 'CREATE TABLE t (id int PRIMARY KEY, a int);\nCREATE INDEX t_a1 ON t (a);\nCREATE INDEX t_a2 ON t (a) WHERE a > 0;\n' },

  { name: 'an index that is a prefix of another', rule: 'redundant-index', engines: ALL, finds: true, line: 2, sql: 'CREATE TABLE t (id int PRIMARY KEY, a int, b int);\nCREATE INDEX t_a ON t (a);\nCREATE INDEX t_ab ON t (a, b);\n', fix: /DROP INDEX/ },
  { name: 'indexes with different leading columns', rule: 'redundant-index', engines: ALL, finds: false, sql: 'CREATE TABLE t (id int PRIMARY KEY, a int, b int);\nCREATE INDEX t_b ON t (b);\nCREATE INDEX t_ab ON t (a, b);\n' },

  {
    name: 'a unique index a failed concurrent build left invalid', rule: 'invalid-index', engines: ['postgresql'], finds: true, line: 1,
    sql: "CREATE TABLE u (id int PRIMARY KEY, email text);\nINSERT INTO u VALUES (1, 'a'), (2, 'a');\n",
    failing: 'CREATE UNIQUE INDEX CONCURRENTLY u_email ON u (email)', after: 'DELETE FROM u WHERE id = 2', fix: /REINDEX INDEX CONCURRENTLY u_email/,
  },
  { name: 'a valid index', rule: 'invalid-index', engines: POSTGRES, finds: false, sql: 'CREATE TABLE u (id int PRIMARY KEY, email text);\nCREATE UNIQUE INDEX u_email ON u (email);\n' },

  {
    name: 'a CHECK added NOT VALID', rule: 'constraint-not-valid', engines: POSTGRES, finds: true, line: 2,
    sql: 'CREATE TABLE t (id int PRIMARY KEY, qty int);\nALTER TABLE t ADD CONSTRAINT t_qty_check CHECK (qty > 0) NOT VALID;\n', fix: /VALIDATE CONSTRAINT t_qty_check/,
  },
  {
    name: 'a foreign key added NOT VALID then validated', rule: 'constraint-not-valid', engines: POSTGRES, finds: false,
    sql: 'CREATE TABLE p (id int PRIMARY KEY);\nCREATE TABLE c (id int PRIMARY KEY, p_id int);\nALTER TABLE c ADD CONSTRAINT c_p_fk FOREIGN KEY (p_id) REFERENCES p (id) NOT VALID;\nALTER TABLE c VALIDATE CONSTRAINT c_p_fk;\n',
  },

  { name: 'timestamp without time zone', rule: 'timestamp-without-time-zone', engines: POSTGRES, finds: true, line: 3, sql: 'CREATE TABLE t (\n  id int PRIMARY KEY,\n  "createdAt" timestamp NOT NULL\n);\n', fix: /ALTER COLUMN "createdAt" TYPE timestamptz USING "createdAt" AT TIME ZONE 'UTC'/ },
  { name: 'timestamptz', rule: 'timestamp-without-time-zone', engines: POSTGRES, finds: false, sql: 'CREATE TABLE t (id int PRIMARY KEY, at timestamptz);\n' },

  { name: 'a price in double precision', rule: 'float-for-money', engines: ALL, finds: true, line: 1, sql: 'CREATE TABLE items (id int PRIMARY KEY, unit_price double precision NOT NULL, weight real);\n', fix: /unit_price/ },
  { name: 'a float that is not money', rule: 'float-for-money', engines: ALL, finds: false, sql: 'CREATE TABLE items (id int PRIMARY KEY, weight real, price decimal(10,2));\n' },

  { name: 'a json column', rule: 'prefer-jsonb', engines: POSTGRES, finds: true, line: 1, sql: 'CREATE TABLE docs (id int PRIMARY KEY, body json);\n', fix: /TYPE jsonb/ },
  { name: 'a jsonb column', rule: 'prefer-jsonb', engines: POSTGRES, finds: false, sql: 'CREATE TABLE docs (id int PRIMARY KEY, body jsonb);\n' },

  { name: 'a serial key', rule: 'prefer-identity', engines: POSTGRES, finds: true, line: 1, sql: "CREATE TABLE things (id bigserial PRIMARY KEY, name text);\nINSERT INTO things (name) VALUES ('a'), ('b');\n", fix: /ADD GENERATED BY DEFAULT AS IDENTITY/ },
  { name: 'an identity key', rule: 'prefer-identity', engines: POSTGRES, finds: false, sql: 'CREATE TABLE things (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);\n' },

  { name: 'an int key on a high-insert table', rule: 'integer-primary-key-overflow', engines: POSTGRES, finds: true, line: 1, sql: 'CREATE TABLE page_views (id serial PRIMARY KEY, path text);\n', fix: /TYPE bigint/ },
  { name: 'an int key on a high-insert table (MariaDB)', rule: 'integer-primary-key-overflow', engines: ['mariadb'], finds: true, line: 2, sql: 'CREATE TABLE audit_events (\n  id INT AUTO_INCREMENT PRIMARY KEY, what TEXT);\n', fix: /MODIFY id BIGINT NOT NULL AUTO_INCREMENT/ },
  { name: 'an int key expected to hold 500 million rows', rule: 'integer-primary-key-overflow', engines: POSTGRES, finds: true, line: 1, rows: { widgets: 500_000_000 }, sql: 'CREATE TABLE widgets (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);\n', fix: /TYPE bigint/ },
  { name: 'an int key expected to hold 500 million rows (MariaDB)', rule: 'integer-primary-key-overflow', engines: ['mariadb'], finds: true, line: 1, rows: { widgets: 500_000_000 }, sql: 'CREATE TABLE widgets (id int AUTO_INCREMENT PRIMARY KEY);\n', fix: /MODIFY id BIGINT/ },
  { name: 'a bigint key on a high-insert table', rule: 'integer-primary-key-overflow', engines: POSTGRES, finds: false, sql: 'CREATE TABLE events (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);\n' },

  { name: 'a large table with only its primary key', rule: 'large-table-without-index', engines: ALL, finds: true, line: 1, rows: { readings: 2_000_000 }, sql: 'CREATE TABLE readings (id bigint PRIMARY KEY, sensor int, value numeric);\n' },
  { name: 'a large table with a secondary index', rule: 'large-table-without-index', engines: ALL, finds: false, rows: { readings: 2_000_000 }, sql: 'CREATE TABLE readings (id bigint PRIMARY KEY, sensor int);\nCREATE INDEX readings_sensor ON readings (sensor);\n' },

  {
    name: 'names outside the project\'s snake_case', rule: 'naming-convention', engines: ALL, finds: true, line: 1, naming: { tables: 'snake_case', columns: 'snake_case' },
    sql: 'CREATE TABLE "OrderLine" (id int PRIMARY KEY, "unitPrice" numeric);\n', fix: /RENAME/,
  },
  { name: 'snake_case names', rule: 'naming-convention', engines: ALL, finds: false, naming: { tables: 'snake_case', columns: 'snake_case', indexes: 'snake_case' }, sql: 'CREATE TABLE order_line (id int PRIMARY KEY, unit_price numeric);\nCREATE INDEX order_line_price_idx ON order_line (unit_price);\n' },

  {
    name: 'a MyISAM table (its foreign key dropped)', rule: 'non-transactional-engine', engines: ['mariadb'], finds: true, line: 2,
    sql: 'CREATE TABLE p (id int PRIMARY KEY);\nCREATE TABLE c (id int PRIMARY KEY, p_id int,\n  FOREIGN KEY (p_id) REFERENCES p (id)) ENGINE=MyISAM;\n', fix: /ENGINE=InnoDB/,
  },
  { name: 'an InnoDB table', rule: 'non-transactional-engine', engines: ['mariadb'], finds: false, sql: 'CREATE TABLE c (id int PRIMARY KEY) ENGINE=InnoDB;\n' },

  { name: 'a utf8 (3-byte) table', rule: 'utf8mb3-charset', engines: ['mariadb'], finds: true, line: 1, sql: 'CREATE TABLE people (id int PRIMARY KEY, name varchar(40)) CHARACTER SET utf8;\n', fix: /CONVERT TO CHARACTER SET utf8mb4/ },
  { name: 'a utf8mb4 table', rule: 'utf8mb3-charset', engines: ['mariadb'], finds: false, sql: 'CREATE TABLE people (id int PRIMARY KEY, name varchar(40)) CHARACTER SET utf8mb4;\n' },
];

const URLS: Record<EngineName, () => string> = { pglite: () => 'pglite', postgresql: postgresUrl, mariadb: mysqlUrl };
const migration = (sql: string): MigrationFile => plainMigration(1, { name: '0001_case.sql', file: path.resolve('db', '0001_case.sql'), sql });

async function run(engine: Engine, server: ServerInfo, c: Case, sql: string): Promise<SchemaFinding[]> {
  const result = await checkSchema(
    await engine.introspect(),
    { rules: 'recommended', ...(c.naming ? { naming: c.naming } : {}) },
    { migrations: [migration(sql)], server, engine, rows: c.rows ?? {} },
  );
  return result.findings.filter((f) => f.rule === c.rule);
}

/** One scratch database per engine (PGlite's take seconds each): emptied before every case. */
async function dropEverything(engine: Engine): Promise<void> {
  if (engine.dialect === 'postgres') {
    const tables = await engine.query<{ name: string }>(
      `select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`,
    );
    for (const t of tables) await engine.exec(`DROP TABLE IF EXISTS ${t.name} CASCADE`);
    return;
  }
  await engine.exec('SET FOREIGN_KEY_CHECKS = 0');
  for (const row of await engine.query<Record<string, string>>('SHOW TABLES')) await engine.exec(`DROP TABLE \`${Object.values(row)[0]}\``);
  await engine.exec('SET FOREIGN_KEY_CHECKS = 1');
}

for (const engineName of ['pglite', 'postgresql', 'mariadb'] as const) {
  describe(`schema rules on ${engineName}`, () => {
    let server: Server;
    let engine: Engine;
    before(async () => {
      server = await startServer({ engine: URLS[engineName](), origin: 'test' });
      engine = await server.createScratch('schema rules');
    });
    after(async () => {
      await server?.close();
    });

    for (const c of CASES.filter((c) => c.engines.includes(engineName))) {
      test(`${c.rule}: ${c.name}`, async () => {
        const dialect = server.info.dialect;
        // The cases are written with PostgreSQL quotes; MariaDB reads backquotes.
        const sql = dialect === 'mysql' ? c.sql.replace(/"/g, '`') : c.sql;
        await dropEverything(engine);
        for (const statement of splitStatements(sql, dialect)) await engine.exec(statement.sql);
        if (c.failing) await assert.rejects(engine.exec(c.failing));
        if (c.after) await engine.exec(c.after);

        const found = await run(engine, server.info, c, sql);
        if (!c.finds) {
          assert.deepEqual(found.map((f) => f.message), []);
          return;
        }
        assert.ok(found.length > 0, `expected a ${c.rule} finding`);
        const [first] = found;
        assert.deepEqual(first!.location, { file: path.join('db', '0001_case.sql'), line: c.line }, first!.message);
        assert.ok(first!.help && first!.subject, 'a finding has help and a subject');
        if (!c.fix) return;
        assert.match(first!.fix ?? '', c.fix);
        // Executed as written: one statement at a time (PGlite runs one per call).
        for (const f of found) for (const statement of f.fix!.split(';\n')) await engine.exec(statement);
        assert.deepEqual((await run(engine, server.info, c, sql)).map((f) => f.message), [], `after ${found.map((f) => f.fix).join('; ')}`);
      });
    }
  });
}

test('check-not-enforced: CHECKs a server before MySQL 8.0.16 ignores are reported where they were declared', async () => {
  const sql = 'CREATE TABLE t (\n  id int PRIMARY KEY,\n  qty int CHECK (qty > 0)\n);\n';
  const schema = { tables: [{ name: 't', columns: [], primaryKey: ['id'], uniques: [], foreignKeys: [], indexes: [], checks: [] }] };
  const check = (server: ServerInfo) => checkSchema(schema, { rules: 'recommended' }, { migrations: [migration(sql)], server });
  const old = await check({ name: 'mysql', version: '5.7.44-log', dialect: 'mysql' });
  const finding = old.findings.find((f) => f.rule === 'check-not-enforced');
  assert.ok(finding);
  assert.match(finding.message, /CHECK \(qty > 0\) on t is accepted but not enforced by mysql 5\.7\.44/);
  assert.deepEqual(finding.location, { file: path.join('db', '0001_case.sql'), line: 3 });
  for (const server of [{ name: 'mysql', version: '8.0.16', dialect: 'mysql' }, { name: 'mariadb', version: '10.11.6-MariaDB', dialect: 'mysql' }] as const) {
    assert.equal((await check(server)).findings.find((f) => f.rule === 'check-not-enforced'), undefined, server.version);
  }
});

test('a rule set to off reports nothing; a severity override is applied', async () => {
  const sql = 'CREATE TABLE notes (body text);\n';
  const schema = { tables: [{ name: 'notes', columns: [], primaryKey: [], uniques: [], foreignKeys: [], indexes: [], checks: [] }] };
  const server: ServerInfo = { name: 'postgresql', version: '16.4', dialect: 'postgres' };
  const off = await checkSchema(schema, { rules: { 'missing-primary-key': 'off' } }, { migrations: [migration(sql)], server });
  assert.equal(off.findings.length, 0);
  const notice = await checkSchema(schema, { rules: { 'missing-primary-key': 'notice' } }, { migrations: [migration(sql)], server });
  assert.equal(notice.findings[0]?.severity, 'notice');
});
