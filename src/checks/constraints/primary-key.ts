// PRIMARY KEY: a copy of an existing row, key unchanged, must fail as a duplicate.
import type { Engine, Table } from '../../engines/engine.js';
import type { ConstraintProbe } from './result.js';
import { duplicatesSql } from './unique.js';

export function primaryKeyProbe(engine: Engine, table: Table): ConstraintProbe | undefined {
  const key = table.primaryKey;
  if (key.length === 0) return undefined;
  return {
    kind: 'primary-key',
    subject: `primary key on ${table.name}`,
    declared: `PRIMARY KEY (${key.join(', ')}) on ${table.name}`,
    row: `a second row with an existing ${key.join(', ')}`,
    spec: { table, values: new Map(), keep: key, nonNull: key, requireExisting: true },
    expected: 'unique-violation',
    violations: duplicatesSql(engine, table, key),
  };
}
