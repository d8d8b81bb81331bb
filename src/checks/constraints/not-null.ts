// NOT NULL: a copy of an existing row with NULL in the column must be rejected. Columns the
// database fills itself (identity, AUTO_INCREMENT, generated) are skipped: NULL there means
// "give me the next value", not a missing one.
import type { Engine, Table } from '../../engines/engine.js';
import { quoteTable } from './probe-row.js';
import type { ConstraintProbe } from './result.js';

export function notNullProbes(engine: Engine, table: Table): ConstraintProbe[] {
  return table.columns
    .filter((c) => !c.nullable && !c.generated)
    .map((c) => ({
      kind: 'not-null',
      subject: `not null ${table.name}.${c.name}`,
      declared: `NOT NULL on ${table.name}.${c.name}`,
      row: `a row with ${c.name} = NULL`,
      spec: { table, values: new Map([[c.name, { literal: null }]]) },
      expected: 'not-null-violation',
      violations: `SELECT count(*) AS n FROM ${quoteTable(engine, table.name)} WHERE ${engine.quoteIdent(c.name)} IS NULL`,
    }));
}
