// UNIQUE: a copy of an existing row with its other keys made fresh must fail as a duplicate.
// The copied row has every column of the key set: duplicate NULLs are allowed by the standard.
import type { Engine, Table } from '../../engines/engine.js';
import { quoteTable } from './probe-row.js';
import type { ConstraintProbe } from './result.js';

export function uniqueProbes(engine: Engine, table: Table): ConstraintProbe[] {
  return table.uniques
    .filter((u) => u.columns.join('\0') !== table.primaryKey.join('\0'))
    .map((u) => ({
      kind: 'unique',
      subject: `unique constraint ${u.name} on ${table.name}`,
      declared: `UNIQUE (${u.columns.join(', ')}) on ${table.name}`,
      row: `a second row with an existing ${u.columns.join(', ')}`,
      spec: { table, values: new Map(), keep: u.columns, nonNull: u.columns, requireExisting: true },
      expected: 'unique-violation',
      violations: duplicatesSql(engine, table, u.columns),
    }));
}

/** How many values of `columns` (all set) occur more than once. */
export function duplicatesSql(engine: Engine, table: Table, columns: string[]): string {
  const list = columns.map((c) => engine.quoteIdent(c)).join(', ');
  const set = columns.map((c) => `${engine.quoteIdent(c)} IS NOT NULL`).join(' AND ');
  return `SELECT count(*) AS n FROM (SELECT 1 AS one FROM ${quoteTable(engine, table.name)} WHERE ${set} GROUP BY ${list} HAVING count(*) > 1) duplicates`;
}
