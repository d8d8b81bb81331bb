// Every static migration rule: its id, the engines it reads, its default severity, why it
// matters in one line and the safe rewrite (shown as the finding's help). The rule groups
// refer to these ids; the config's `checks.migrations.rules` is validated against them.
import type { Severity } from '../../vocabulary.js';

export interface MigrationRule {
  id: string;
  dialects: ReadonlyArray<'postgres' | 'mysql'>;
  severity: Severity;
  why: string;
  help: string;
}

const PG = ['postgres'] as const;
const MY = ['mysql'] as const;
const BOTH = ['postgres', 'mysql'] as const;

export const MIGRATION_RULES = [
  // PostgreSQL: indexes
  { id: 'index-without-concurrently', dialects: PG, severity: 'error', why: 'CREATE INDEX holds a SHARE lock that blocks every write to the table for the whole build.', help: 'CREATE INDEX CONCURRENTLY … in a migration that does not run in a transaction.' },
  { id: 'drop-index-without-concurrently', dialects: PG, severity: 'warning', why: 'DROP INDEX takes an ACCESS EXCLUSIVE lock on the table, blocking reads and writes while it waits and runs.', help: 'DROP INDEX CONCURRENTLY … in a migration that does not run in a transaction.' },
  { id: 'concurrently-in-transaction', dialects: PG, severity: 'error', why: 'CREATE/DROP INDEX CONCURRENTLY and REINDEX CONCURRENTLY cannot run inside a transaction block: the migration fails.', help: 'Put the concurrent statement alone in a migration the tool runs outside a transaction (dbmate `transaction:false`, goose `NO TRANSACTION`).' },
  { id: 'reindex-without-concurrently', dialects: PG, severity: 'error', why: 'REINDEX blocks writes to the table (and reads that use the index) until it finishes.', help: 'REINDEX … CONCURRENTLY (PostgreSQL 12+); before 12, CREATE INDEX CONCURRENTLY a copy, drop the old one, rename.' },
  // PostgreSQL: constraints
  { id: 'constraint-without-not-valid', dialects: PG, severity: 'error', why: 'Adding a FOREIGN KEY or CHECK validates every existing row while holding a lock that blocks writes.', help: 'ADD CONSTRAINT … NOT VALID, then ALTER TABLE … VALIDATE CONSTRAINT … in a later migration (it takes only a SHARE UPDATE EXCLUSIVE lock).' },
  { id: 'validate-in-same-transaction', dialects: PG, severity: 'warning', why: 'VALIDATE CONSTRAINT in the transaction that added it NOT VALID keeps the ADD\'s strong lock for the whole validation, undoing the point of NOT VALID.', help: 'Move VALIDATE CONSTRAINT to its own, later migration.' },
  { id: 'unique-constraint-without-index', dialects: PG, severity: 'error', why: 'ADD UNIQUE builds its index under an ACCESS EXCLUSIVE lock, blocking reads and writes for the whole build.', help: 'CREATE UNIQUE INDEX CONCURRENTLY … then ALTER TABLE … ADD CONSTRAINT … UNIQUE USING INDEX ….' },
  { id: 'primary-key-without-index', dialects: PG, severity: 'error', why: 'ADD PRIMARY KEY builds its index (and checks NOT NULL) under an ACCESS EXCLUSIVE lock, blocking reads and writes.', help: 'CREATE UNIQUE INDEX CONCURRENTLY … then ALTER TABLE … ADD CONSTRAINT … PRIMARY KEY USING INDEX ….' },
  { id: 'exclusion-constraint', dialects: PG, severity: 'error', why: 'ADD EXCLUDE builds its index under an ACCESS EXCLUSIVE lock and cannot be added from an existing index.', help: 'Add the exclusion constraint in a maintenance window, or enforce the rule in a new table.' },
  { id: 'set-not-null-without-check', dialects: PG, severity: 'error', why: 'SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock unless a validated CHECK (col IS NOT NULL) proves it (PostgreSQL 12+).', help: 'ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c (later migration); then SET NOT NULL and DROP CONSTRAINT c.' },
  { id: 'alter-domain-add-constraint', dialects: PG, severity: 'warning', why: 'ALTER DOMAIN … ADD CONSTRAINT checks every column that uses the domain while holding locks on their tables.', help: 'ALTER DOMAIN … ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT in a later migration.' },
  // PostgreSQL: columns
  { id: 'not-null-column-without-default', dialects: BOTH, severity: 'error', why: 'A NOT NULL column without a DEFAULT cannot be added to a table with rows (PostgreSQL fails; MySQL fills implicit zero values).', help: 'Add the column with a constant DEFAULT, or add it nullable, backfill in batches, then make it NOT NULL.' },
  { id: 'volatile-default', dialects: PG, severity: 'error', why: 'A column added with a volatile DEFAULT (random(), clock_timestamp(), gen_random_uuid() …) rewrites the table under an ACCESS EXCLUSIVE lock.', help: 'Add the column without a default (or with a constant one), set the default afterwards, and backfill existing rows in batches.' },
  { id: 'default-rewrites-before-pg11', dialects: PG, severity: 'error', why: 'Before PostgreSQL 11 any non-null DEFAULT on a new column rewrites the table under an ACCESS EXCLUSIVE lock.', help: 'Add the column without a default, ALTER COLUMN … SET DEFAULT separately, then backfill in batches.' },
  { id: 'stored-generated-column', dialects: PG, severity: 'error', why: 'Adding a STORED generated column computes it for every row: a table rewrite under an ACCESS EXCLUSIVE lock.', help: 'Add a plain nullable column, backfill in batches and keep it current with a trigger, or compute it in a view.' },
  { id: 'serial-column-on-existing-table', dialects: PG, severity: 'error', why: 'Adding a serial or identity column fills it for every row: a table rewrite under an ACCESS EXCLUSIVE lock.', help: 'Add a nullable bigint column, attach a sequence default, backfill in batches, then add constraints.' },
  { id: 'type-change-rewrites', dialects: PG, severity: 'error', why: 'Changing a column\'s type rewrites the table (and its indexes) under an ACCESS EXCLUSIVE lock, except binary-compatible widenings (varchar(n) → varchar(m>n) or text).', help: 'Add a new column of the new type, backfill in batches, switch the application, drop the old column.' },
  { id: 'access-exclusive-held', dialects: PG, severity: 'warning', why: 'In a transaction, an ACCESS EXCLUSIVE lock is held until COMMIT: every later statement extends the time the table is unreadable.', help: 'Put the statement that takes ACCESS EXCLUSIVE last, or in its own migration.' },
  { id: 'missing-lock-timeout', dialects: PG, severity: 'warning', why: 'A strong lock queued behind a long transaction blocks every later query on the table until it is granted.', help: "SET lock_timeout = '2s'; (SET LOCAL in a transaction) before the statement, and retry the migration when it times out." },
  { id: 'enum-add-value-in-transaction', dialects: PG, severity: 'error', why: 'Before PostgreSQL 12, ALTER TYPE … ADD VALUE cannot run inside a transaction block: the migration fails.', help: 'Run ALTER TYPE … ADD VALUE in a migration outside a transaction, or upgrade to PostgreSQL 12+.' },
  { id: 'enum-rename-value', dialects: PG, severity: 'error', why: 'Renaming an enum value breaks the running application, which still reads and writes the old label.', help: 'Add the new value, migrate rows and code to it, and stop using the old one.' },
  { id: 'create-enum', dialects: PG, severity: 'notice', why: 'Enum values cannot be removed or reordered without a table rewrite.', help: 'A lookup table with a foreign key, or text with a CHECK constraint, is easier to change later.' },
  { id: 'vacuum-full-or-cluster', dialects: PG, severity: 'error', why: 'VACUUM FULL and CLUSTER rewrite the table under an ACCESS EXCLUSIVE lock, blocking reads and writes.', help: 'Use pg_repack (or pg_squeeze) online, outside the migration.' },
  { id: 'transaction-nesting', dialects: PG, severity: 'warning', why: 'BEGIN/COMMIT inside a migration the tool already wraps in a transaction commits early and leaves the tool\'s transaction broken.', help: 'Remove BEGIN/COMMIT, or mark the migration as non-transactional for the tool.' },
  { id: 'prefer-bigint', dialects: PG, severity: 'notice', why: '32-bit ids run out at 2.1 billion, and widening them later rewrites the table.', help: 'Use bigint (bigserial / bigint GENERATED … AS IDENTITY) for ids and keys.' },
  { id: 'prefer-identity', dialects: PG, severity: 'notice', why: 'serial columns own a separate sequence with its own permissions and dump quirks.', help: 'bigint GENERATED BY DEFAULT AS IDENTITY.' },
  { id: 'prefer-text', dialects: PG, severity: 'notice', why: 'varchar(n) / char(n) limits can only be tightened later with a table rewrite; char(n) pads with spaces.', help: 'text, with a CHECK (length(col) <= n) constraint when a limit matters.' },
  { id: 'prefer-timestamptz', dialects: PG, severity: 'notice', why: 'timestamp without time zone stores wall-clock time and silently misreads values written from another time zone.', help: 'timestamptz (timestamp with time zone).' },
  { id: 'prefer-jsonb', dialects: PG, severity: 'notice', why: 'json has no equality operator (DISTINCT, UNION, GROUP BY fail) and is reparsed on every read.', help: 'jsonb.' },
  // Both: breaking changes
  { id: 'drop-table', dialects: BOTH, severity: 'error', why: 'Dropping a table breaks the running application (old code still reads it) and destroys its data.', help: 'Stop using the table in a release first, then drop it in a later migration.' },
  { id: 'drop-column', dialects: BOTH, severity: 'error', why: 'Dropping a column breaks the running application, whose queries still name it.', help: 'Stop reading and writing the column in a release first (ORMs: mark it ignored), then drop it.' },
  { id: 'rename-table', dialects: BOTH, severity: 'error', why: 'Renaming a table breaks the running application, whose queries use the old name.', help: 'Create the new table (or a view under the new name), write to both, switch readers, then drop the old one.' },
  { id: 'rename-column', dialects: BOTH, severity: 'error', why: 'Renaming a column breaks the running application, whose queries use the old name.', help: 'Add the new column, write to both and backfill, switch readers, then drop the old column.' },
  { id: 'truncate', dialects: BOTH, severity: 'error', why: 'TRUNCATE deletes every row of a table that production uses, under an ACCESS EXCLUSIVE lock.', help: 'Delete the rows that must go in batches, or drop the table in a later release.' },
  { id: 'drop-cascade', dialects: BOTH, severity: 'error', why: 'CASCADE silently drops (or empties) every dependent object: views, foreign keys, other tables\' rows.', help: 'Drop the dependent objects explicitly, by name, first.' },
  { id: 'drop-database', dialects: BOTH, severity: 'error', why: 'Dropping a database in a migration destroys everything in it.', help: 'Do not drop databases from migrations.' },
  { id: 'multiple-alter-table', dialects: BOTH, severity: 'warning', why: 'Several ALTER TABLEs on one table take its lock (and may scan or copy it) once each.', help: 'Combine the changes into one ALTER TABLE with comma-separated actions.' },
  // MySQL / MariaDB online DDL
  { id: 'mysql-algorithm-copy', dialects: MY, severity: 'error', why: 'ALGORITHM=COPY copies the table row by row and blocks writes for the whole copy.', help: 'Use ALGORITHM=INSTANT or ALGORITHM=INPLACE, LOCK=NONE, or an online schema change tool (gh-ost, pt-online-schema-change, Spirit).' },
  { id: 'mysql-column-type-change', dialects: MY, severity: 'warning', why: 'Changing a column\'s type copies the table (ALGORITHM=COPY) and blocks writes while it does.', help: 'Run the change with gh-ost / pt-online-schema-change / Spirit, or add a new column, backfill, and switch.' },
  { id: 'mysql-column-narrowing', dialects: MY, severity: 'error', why: 'Narrowing a column (varchar(255) → varchar(100), int → smallint) copies the table and fails or truncates on longer existing values.', help: 'Check the data fits first; add a new narrower column, backfill, and switch, or keep the width.' },
  { id: 'mysql-enum-reorder', dialects: MY, severity: 'error', why: 'Removing or reordering ENUM/SET values copies the table and changes the stored meaning of existing rows; only appending at the end is instant.', help: 'Append new values at the end of the list and leave existing ones in place.' },
  { id: 'mysql-charset-change', dialects: MY, severity: 'error', why: 'Changing a column\'s or table\'s character set or collation copies the table and blocks writes.', help: 'Run the conversion with an online schema change tool (gh-ost, pt-online-schema-change, Spirit).' },
  { id: 'mysql-drop-primary-key', dialects: MY, severity: 'error', why: 'Dropping the primary key rebuilds the clustered index: a full table copy that blocks writes.', help: 'Replace the key in one statement (DROP PRIMARY KEY, ADD PRIMARY KEY …) with an online schema change tool.' },
  { id: 'mysql-fulltext-or-spatial-index', dialects: MY, severity: 'warning', why: 'FULLTEXT and SPATIAL indexes cannot be built with LOCK=NONE: writes are blocked for the build (and the first FULLTEXT index rebuilds the table).', help: 'Build it with an online schema change tool, or in a maintenance window.' },
  { id: 'mysql-add-column-not-instant', dialects: MY, severity: 'warning', why: 'On this server version ADD COLUMN (in this position) is not INSTANT: the table is rebuilt.', help: 'Add the column last (without FIRST/AFTER) on a server with INSTANT ADD COLUMN (MySQL 8.0.12+, 8.0.29+ for any position; MariaDB 10.3+, 10.4+ for any position), or use an online schema change tool.' },
  { id: 'mysql-table-rebuild', dialects: MY, severity: 'warning', why: 'OPTIMIZE TABLE, ALTER TABLE … FORCE and ENGINE= rebuild the whole table.', help: 'Rebuild with an online schema change tool, outside the migration.' },
  { id: 'mysql-missing-lock-wait-timeout', dialects: MY, severity: 'warning', why: 'DDL waits for a metadata lock behind any open transaction, and every query on the table queues behind it (default lock_wait_timeout is a year).', help: 'SET SESSION lock_wait_timeout = 5; before the DDL, and retry the migration when it times out.' },
  // Suppression comments
  { id: 'ignore-without-reason', dialects: BOTH, severity: 'warning', why: 'An ignore without a reason hides a hazard without telling the reviewer why it is safe.', help: '-- sluice:ignore <rule-id> <why this is safe here>' },
  { id: 'unused-ignore', dialects: BOTH, severity: 'warning', why: 'An ignore that suppresses nothing is stale, or names the wrong rule or statement.', help: 'Remove the comment, or fix its rule id, or move it directly above the statement.' },
] as const satisfies readonly MigrationRule[];

export type MigrationRuleId = (typeof MIGRATION_RULES)[number]['id'];

export const MIGRATION_RULE_IDS: readonly MigrationRuleId[] = MIGRATION_RULES.map((r) => r.id);

export const ruleById = (id: string): MigrationRule | undefined => MIGRATION_RULES.find((r) => r.id === id);
