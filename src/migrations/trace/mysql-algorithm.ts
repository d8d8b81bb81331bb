// MySQL/MariaDB: DDL commits at once and releases its metadata locks with the statement, so what
// an ALTER blocks is decided by the algorithm the server needs for it. Sluice asks the server:
// before the migration runs the statement for real, a second session runs the same change on a
// scratch copy of the table with ALGORITHM=INSTANT, then INPLACE with LOCK=NONE, then INPLACE
// with LOCK=SHARED; a server that refuses all three can only copy the table.
import type { Engine, EngineSession } from '../../engines/engine.js';
import type { LockBlocks } from './locks.js';

export type MysqlAlgorithm = 'instant' | 'in place, no lock' | 'in place, blocks writes' | 'copies the table, blocks writes';

export interface AlgorithmTrial {
  table: string;
  algorithm?: MysqlAlgorithm;
  /** The change could not be tried on a copy (e.g. it names a foreign key the copy lacks). */
  note?: string;
}

/** The copy lives for one trial; the name keeps it apart from anything a project would create. */
const COPY = 'sluice_trace_algorithm_copy';
/** Rows put into the copy: a few, so a rebuild has something to move, never the whole table. */
const COPY_ROWS = 10;

/** An identifier, `quoted` or bare; only the table's name is captured, as (?<table>…). */
const IDENT = '(?:`(?:[^`]|``)+`|[\\w$]+)';
const TABLE = `(?:${IDENT}\\s*\\.\\s*)?(?<table>${IDENT})`;
const ALTER = new RegExp(`^\\s*alter\\s+(?:online\\s+|ignore\\s+)*table\\s+(?:if\\s+exists\\s+)?${TABLE}\\s+(?<rest>[\\s\\S]+)$`, 'i');
const CREATE_INDEX = new RegExp(`^\\s*create\\s+(?:online\\s+)?(?<kind>(?:unique\\s+|fulltext\\s+|spatial\\s+)?)index\\s+(?:if\\s+not\\s+exists\\s+)?(?<index>${IDENT})(?<using>\\s+using\\s+\\w+)?\\s+on\\s+${TABLE}(?<rest>[\\s\\S]+)$`, 'i');
const DROP_INDEX = new RegExp(`^\\s*drop\\s+(?:online\\s+)?index\\s+(?:if\\s+exists\\s+)?(?<index>${IDENT})\\s+on\\s+${TABLE}(?<rest>[\\s\\S]*)$`, 'i');
/** Clauses the trial replaces with its own. */
const ALGORITHM_CLAUSES = /,?\s*\b(?:algorithm|lock)\s*=?\s*(?:default|instant|inplace|copy|nocopy|none|shared|exclusive)\b/gi;
/** Renames are metadata only, and renaming the copy could take the name the real statement needs. */
const RENAME_TABLE = /^\s*rename\s+(?:to|as)?\s*[`\w]/i;

const unquote = (ident: string) => (ident.startsWith('`') ? ident.slice(1, -1).replace(/``/g, '`') : ident);

/** The statement's table and the same statement aimed at another table, or undefined for anything but ALTER TABLE / CREATE INDEX / DROP INDEX. */
export function alterTarget(sql: string): { table: string; onTable(copy: string): (algorithm: string) => string; rename: boolean } | undefined {
  const text = sql.trim().replace(/;$/, '');
  const alter = ALTER.exec(text)?.groups;
  if (alter) {
    const rest = alter.rest!.replace(ALGORITHM_CLAUSES, '').trim();
    return { table: unquote(alter.table!), rename: RENAME_TABLE.test(rest), onTable: (copy) => (algorithm) => `ALTER TABLE \`${copy}\` ${rest}, ${algorithm}` };
  }
  // CREATE/DROP INDEX are tried as the ALTER TABLE they stand for, where the algorithm clause is always accepted.
  const create = CREATE_INDEX.exec(text)?.groups;
  if (create) {
    const change = `ADD ${create.kind!.trim()} INDEX ${create.index}${create.using ?? ''} ${create.rest!.replace(ALGORITHM_CLAUSES, ' ').trim()}`;
    return { table: unquote(create.table!), rename: false, onTable: (copy) => (algorithm) => `ALTER TABLE \`${copy}\` ${change}, ${algorithm}` };
  }
  const drop = DROP_INDEX.exec(text)?.groups;
  if (drop) return { table: unquote(drop.table!), rename: false, onTable: (copy) => (algorithm) => `ALTER TABLE \`${copy}\` DROP INDEX ${drop.index}, ${algorithm}` };
  return undefined;
}

const TRIALS: { algorithm: MysqlAlgorithm; clause: string }[] = [
  { algorithm: 'instant', clause: 'ALGORITHM=INSTANT' },
  { algorithm: 'in place, no lock', clause: 'ALGORITHM=INPLACE, LOCK=NONE' },
  { algorithm: 'in place, blocks writes', clause: 'ALGORITHM=INPLACE, LOCK=SHARED' },
];

/** Refusals that mean "not with this algorithm" rather than "not at all". */
const NOT_SUPPORTED = /ALTER_OPERATION_NOT_SUPPORTED|\(184[56]\)|\(4092\)|not supported/i;

/** Tries the statement's change on a copy of its table; undefined when it is not an ALTER of an existing table. */
export async function tryAlgorithms(session: EngineSession, sql: string, existingTables: ReadonlySet<string>): Promise<AlgorithmTrial | undefined> {
  const target = alterTarget(sql);
  if (!target || !existingTables.has(target.table)) return undefined;
  if (target.rename) return { table: target.table, algorithm: 'instant' };
  // The server does what the statement asks for, even when it could do better.
  if (/\balgorithm\s*=?\s*copy\b/i.test(sql)) return { table: target.table, algorithm: 'copies the table, blocks writes' };
  const statement = target.onTable(COPY);
  try {
    await session.exec(`DROP TABLE IF EXISTS \`${COPY}\``);
    await session.exec(`CREATE TABLE \`${COPY}\` LIKE ${session.quoteIdent(target.table)}`);
    // Generated columns refuse INSERT … SELECT *; an empty copy still tells the algorithm.
    await session.exec(`INSERT INTO \`${COPY}\` SELECT * FROM ${session.quoteIdent(target.table)} LIMIT ${COPY_ROWS}`).catch(() => undefined);
    for (const trial of TRIALS) {
      try {
        await session.exec(statement(trial.clause));
        return { table: target.table, algorithm: trial.algorithm };
      } catch (error) {
        const described = session.describeError(error);
        if (!NOT_SUPPORTED.test(`${described.code} ${described.message}`)) {
          return { table: target.table, note: `could not try the change on a copy of ${target.table} (${described.code}: ${described.message})` };
        }
      }
    }
    return { table: target.table, algorithm: 'copies the table, blocks writes' };
  } catch (error) {
    const described = session.describeError(error);
    return { table: target.table, note: `could not copy ${target.table} to try the change (${described.code}: ${described.message})` };
  } finally {
    await session.exec(`DROP TABLE IF EXISTS \`${COPY}\``).catch(() => undefined);
  }
}

/** What the application cannot do while the statement runs with this algorithm. */
export const algorithmBlocks = (algorithm: MysqlAlgorithm): LockBlocks =>
  algorithm === 'copies the table, blocks writes' || algorithm === 'in place, blocks writes' ? 'writes' : 'schema changes';

export interface MetadataLock {
  table: string;
  type: string;
}

/**
 * Metadata locks this session holds (performance_schema.metadata_locks), or a sentence saying
 * why they cannot be read. DDL releases its own when it commits, so after a statement only
 * locks of a transaction the migration left open show up.
 */
export async function metadataLocks(engine: Engine): Promise<{ locks: MetadataLock[] } | { note: string }> {
  try {
    const [enabled] = await engine.query<{ on: number | string }>('SELECT @@performance_schema AS `on`');
    if (Number(enabled?.on) !== 1) {
      return {
        note: `performance_schema is off on this ${engine.info.name === 'mariadb' ? 'MariaDB server (its default)' : 'server'}, so metadata locks were not read; what an ALTER blocks comes from the algorithm it needs`,
      };
    }
    // The admin connection reads them where it can: performance_schema needs privileges the per-run user lacks.
    if (engine.heldMetadataLocks) {
      const locks = await engine.heldMetadataLocks();
      return locks
        ? { locks }
        : { note: "performance_schema's metadata-lock instrument is off (performance-schema-instrument='wait/lock/metadata/sql/mdl=ON' turns it on), so metadata locks were not read; what an ALTER blocks comes from the algorithm it needs" };
    }
    const rows = await engine.query<{ table_name: string; lock_type: string }>(
      `SELECT OBJECT_NAME AS table_name, LOCK_TYPE AS lock_type FROM performance_schema.metadata_locks
        WHERE OBJECT_TYPE = 'TABLE' AND OBJECT_SCHEMA = DATABASE() AND LOCK_STATUS = 'GRANTED'
          AND OWNER_THREAD_ID = (SELECT THREAD_ID FROM performance_schema.threads WHERE PROCESSLIST_ID = CONNECTION_ID())`,
    );
    return { locks: rows.map((r) => ({ table: String(r.table_name), type: String(r.lock_type) })) };
  } catch (error) {
    const described = engine.describeError(error);
    return { note: `performance_schema.metadata_locks could not be read (${described.code}: ${described.message}); metadata locks were not traced` };
  }
}

/** Metadata lock types that stop the application's writes (or reads too). */
export function metadataLockBlocks(type: string): LockBlocks {
  if (type === 'EXCLUSIVE' || type.includes('NO_READ_WRITE')) return 'reads and writes';
  if (type.includes('NO_WRITE') || type.includes('READ_ONLY')) return 'writes';
  return 'schema changes';
}
