// MySQL/MariaDB: multi-row INSERTs, each as large as the server accepts in one packet. Values
// are escaped by mysql2 exactly as its own placeholders would be, so rows are what they were
// with the smaller parameterised batches.
import mysql from 'mysql2';
import type { Column, Engine, Table } from '../../engines/engine.js';
import { SqlExpression } from './sql-expression.js';

/** Never more than this per statement, whatever max_allowed_packet says: a bigger one gains nothing. */
const MAX_STATEMENT_BYTES = 8 << 20;

export async function insertRows(engine: Engine, table: Table, columns: readonly Column[], rows: Iterable<unknown[]>): Promise<void> {
  // Sizes are counted in UTF-16 units; one takes at most three bytes in UTF-8.
  const limit = Math.min(MAX_STATEMENT_BYTES, ((await maxAllowedPacket(engine)) - 4096) / 3);
  const target = table.name.split('.').map((n) => engine.quoteIdent(n)).join('.');
  const head = `INSERT INTO ${target} (${columns.map((c) => engine.quoteIdent(c.name)).join(', ')}) VALUES `;
  let values: string[] = [];
  let size = head.length;
  for (const row of rows) {
    const tuple = `(${row.map(escape).join(', ')})`;
    if (values.length > 0 && size + tuple.length + 2 > limit) {
      await engine.exec(head + values.join(', '));
      values = [];
      size = head.length;
    }
    values.push(tuple);
    size += tuple.length + 2;
  }
  if (values.length > 0) await engine.exec(head + values.join(', '));
}

/** mysql2's own escaping, the one its `?` placeholders use; an expression goes in as written. */
const escape = (value: unknown): string => (value instanceof SqlExpression ? value.sql : mysql.escape(value as Parameters<typeof mysql.escape>[0]));

async function maxAllowedPacket(engine: Engine): Promise<number> {
  const [row] = await engine.query<{ size: unknown }>('SELECT @@max_allowed_packet AS size');
  return Number(row?.size) || 1 << 20;
}
