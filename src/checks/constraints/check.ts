// CHECK: a copy of an existing row with values that make the expression false must be
// rejected. An expression Sluice cannot invert is reported as not probed, with the reason.
import type { Engine, Table } from '../../engines/engine.js';
import { checkBody } from '../../engines/check-expression.js';
import { invertCheck } from './invert-check.js';
import { quoteTable } from './probe-row.js';
import { describeValues, type ConstraintProbe } from './result.js';

export function checkProbe(engine: Engine, table: Table, check: Table['checks'][number]): ConstraintProbe | { reason: string } {
  const body = checkBody(check.expression).trim();
  const inverted = invertCheck(check.expression, table.columns);
  if ('reason' in inverted) return { reason: `${inverted.reason} in CHECK (${body})` };
  return {
    kind: 'check',
    subject: `check constraint ${check.name} on ${table.name}`,
    declared: `CHECK (${body}) on ${table.name}`,
    row: `a row with ${describeValues(inverted.values)}`,
    spec: { table, values: inverted.values },
    expected: 'check-violation',
    violations: `SELECT count(*) AS n FROM ${quoteTable(engine, table.name)} WHERE NOT (${body})`,
  };
}
