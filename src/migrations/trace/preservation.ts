// Data preservation: a migration must leave the rows of existing tables as they were, unless
// it says otherwise (an UPDATE, DELETE, TRUNCATE, ALTER … of that table). Row counts and a
// checksum per table are taken before and after each migration. The checksum covers the
// columns the table had before, so adding a column (or widening int to bigint, which prints
// the same values) does not count as a change; it is why MySQL's CHECKSUM TABLE, which changes
// with any column added, is not used.
import type { Engine, Table } from '../../engines/engine.js';
import type { Statement } from '../statements.js';

export interface TableContents {
  table: string;
  columns: string[];
  rows: number;
  checksum: string;
}

export interface ContentChange {
  table: string;
  rowsBefore: number;
  /** undefined: the table is gone. */
  rowsAfter?: number;
  /** Rows (over the columns the table had before) differ; undefined when a column was dropped. */
  changed?: boolean;
  /** The migration names the table in a statement that may change its rows. */
  expected: boolean;
}

/** Counts and checksums the given tables over the given columns (all of them when omitted). */
export async function tableContents(engine: Engine, tables: readonly Table[], columnsOf?: ReadonlyMap<string, string[]>): Promise<Map<string, TableContents>> {
  const contents = new Map<string, TableContents>();
  for (const table of tables) {
    const columns = columnsOf?.get(table.name) ?? table.columns.map((c) => c.name);
    const [row] = await engine.query<{ rows: number | string; checksum: string | number | null }>(checksumSql(engine, table.name, columns));
    contents.set(table.name, { table: table.name, columns, rows: Number(row?.rows ?? 0), checksum: String(row?.checksum ?? '') });
  }
  return contents;
}

function checksumSql(engine: Engine, table: string, columns: string[]): string {
  const name = table.split('.').map((part) => engine.quoteIdent(part)).join('.');
  const cols = columns.map((c) => engine.quoteIdent(c));
  if (cols.length === 0) return `select count(*) as ${engine.quoteIdent('rows')}, '' as checksum from ${name}`;
  if (engine.dialect === 'postgres') {
    // Sorted in the C collation: the same rows give the same text whatever the database's locale.
    return `select count(*)::bigint as rows, coalesce(md5(string_agg(r, E'\\n' order by r collate "C")), '') as checksum
              from (select row(${cols.join(', ')})::text as r from ${name}) s`;
  }
  // Order-free: XOR of a CRC per row, NULL written apart from the string 'NULL'.
  const fields = cols.map((c) => `coalesce(cast(${c} as char), char(0))`).join(', ');
  return `select count(*) as \`rows\`, coalesce(bit_xor(crc32(concat_ws(char(31), ${fields}))), 0) as checksum from ${name}`;
}

/** Compares `before` with the tables now: what changed, and whether the migration said it would. */
export async function contentChanges(
  engine: Engine,
  before: ReadonlyMap<string, TableContents>,
  statements: readonly Statement[],
): Promise<{ changes: ContentChange[]; after: Map<string, TableContents> }> {
  if (before.size === 0) return { changes: [], after: new Map() };
  const now = new Map((await engine.introspect()).tables.map((t) => [t.name, t]));
  const changes: ContentChange[] = [];
  // What the tables hold now, over all their columns: the next migration's "before", so each
  // table is introspected and checksummed once per migration rather than twice.
  const afterAll = new Map<string, TableContents>();
  for (const previous of before.values()) {
    const expected = statements.some((s) => mayChangeRows(s.sql, previous.table));
    const table = now.get(previous.table);
    if (!table) {
      changes.push({ table: previous.table, rowsBefore: previous.rows, expected });
      continue;
    }
    const names = new Set(table.columns.map((c) => c.name));
    const kept = previous.columns.filter((c) => names.has(c));
    const after = (await tableContents(engine, [table], new Map([[table.name, kept]]))).get(table.name)!;
    const change: ContentChange = { table: previous.table, rowsBefore: previous.rows, rowsAfter: after.rows, expected };
    if (kept.length === previous.columns.length) change.changed = after.checksum !== previous.checksum;
    if (change.changed || after.rows !== previous.rows) changes.push(change);
    const sameColumns = kept.length === table.columns.length;
    afterAll.set(table.name, sameColumns ? after : (await tableContents(engine, [table])).get(table.name)!);
  }
  return { changes, after: afterAll };
}

/** Statements that may change rows or drop tables: only these can "say so" for a table they name. */
const DATA_CHANGING = /^\s*(?:with|update|delete|insert|replace|merge|truncate|alter|drop|copy|load|rename|call)\b/i;

/** The statement may change the table's rows and names it (a word match on its unqualified name). */
export function mayChangeRows(sql: string, table: string): boolean {
  if (!DATA_CHANGING.test(sql)) return false;
  const bare = table.split('.').pop()!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w$])${bare}($|[^\\w$])`, 'i').test(sql);
}

export type AssertionOutcome = { holds: true } | { holds: false; why: string };

/** A data assertion holds when its first row's first value is true (or 1); an empty result or an error does not. */
export async function evaluateAssertion(engine: Engine, sql: string): Promise<AssertionOutcome> {
  let rows: Record<string, unknown>[];
  try {
    rows = await engine.query(sql);
  } catch (error) {
    const described = engine.describeError(error);
    return { holds: false, why: `it failed: ${described.code}: ${described.message}` };
  }
  const first = rows[0] ? Object.values(rows[0])[0] : undefined;
  if (rows.length === 0) return { holds: false, why: 'it returned no rows' };
  if (first === true || first === 1 || first === 1n || first === 't' || first === '1' || first === 'true') return { holds: true };
  return { holds: false, why: `it returned ${first === null ? 'NULL' : JSON.stringify(first)}` };
}
