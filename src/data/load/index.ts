// The factory's write path: rows in, rows stored, by the fastest means each engine has.
// PostgreSQL and PGlite: COPY in text format; MySQL/MariaDB: multi-row INSERTs as large as the
// server's max_allowed_packet allows. The caller owns the transaction and maps errors.
import type { Column, Engine, Table } from '../../engines/engine.js';
import { copyRows } from './postgres-copy.js';
import { insertRows } from './mysql-insert.js';

/**
 * Stores `rows` (values in `columns` order) in `table`. Rows are pulled as the engine takes
 * them, so memory holds one chunk, not the table. An error thrown while producing a row
 * propagates unchanged. `expressions` (column → SQL) are evaluated by the database per row.
 */
export async function writeRows(engine: Engine, table: Table, columns: readonly Column[], rows: Iterable<unknown[]>, expressions?: ReadonlyMap<string, string>): Promise<void> {
  if (engine.copyFrom) return copyRows(engine, table, columns, rows, expressions);
  return insertRows(engine, table, columns, rows);
}
