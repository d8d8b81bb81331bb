// FOREIGN KEY: a copy of an existing child row pointing at a parent key that does not exist
// (max + 1, a fresh string or uuid) must be rejected.
import type { Engine, ForeignKey, Schema, Table } from '../../engines/engine.js';
import { FreshValues, quoteTable } from './probe-row.js';
import type { ConstraintProbe } from './result.js';

export async function foreignKeyProbe(engine: Engine, schema: Schema, table: Table, foreignKey: ForeignKey, fresh: FreshValues): Promise<ConstraintProbe | { reason: string }> {
  const [column, ...others] = foreignKey.columns;
  const refColumn = foreignKey.refColumns[0]!;
  const child = table.columns.find((c) => c.name === column)!;
  // A parent outside the introspected schema: its key column has the child's type.
  const parent = schema.tables.find((t) => t.name === foreignKey.refTable) ?? { ...table, name: foreignKey.refTable, columns: [{ ...child, name: refColumn }] };
  const missing = await fresh.next(parent, parent.columns.find((c) => c.name === refColumn) ?? { ...child, name: refColumn });
  if (missing === undefined) return { reason: `Sluice cannot make up a missing ${foreignKey.refTable}.${refColumn} value of type ${child.nativeType}` };
  const q = (name: string) => engine.quoteIdent(name);
  const pairs = foreignKey.columns.map((c, i) => `p.${q(foreignKey.refColumns[i]!)} = c.${q(c)}`).join(' AND ');
  const display = typeof missing === 'string' && !/^-?\d+(\.\d+)?$/.test(missing) ? `'${missing}'` : String(missing);
  return {
    kind: 'foreign-key',
    subject: `foreign key ${foreignKey.name} on ${table.name}`,
    declared: `FOREIGN KEY (${foreignKey.columns.join(', ')}) REFERENCES ${foreignKey.refTable} (${foreignKey.refColumns.join(', ')}) on ${table.name}`,
    row: `a row with ${column} = ${display} (no ${foreignKey.refTable} row has it)`,
    // The other columns of a composite key stay set: with a NULL in it, MATCH SIMPLE checks nothing.
    spec: { table, values: new Map([[column!, { literal: missing }]]), nonNull: others },
    expected: 'foreign-key-violation',
    violations: `SELECT count(*) AS n FROM ${quoteTable(engine, table.name)} c WHERE ${foreignKey.columns.map((c) => `c.${q(c)} IS NOT NULL`).join(' AND ')}
      AND NOT EXISTS (SELECT 1 FROM ${quoteTable(engine, foreignKey.refTable)} p WHERE ${pairs})`,
  };
}
