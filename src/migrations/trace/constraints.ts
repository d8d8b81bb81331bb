// Constraints a migration adds to (or validates on) existing tables, and whether the server
// checked the existing rows: a validated foreign key or CHECK scans the table under its lock,
// a NOT VALID one does not (pg_constraint.convalidated).
import type { Engine } from '../../engines/engine.js';
import { qualifiedName } from './locks.js';

export interface TracedConstraint {
  name: string;
  table: string;
  kind: 'primary key' | 'unique' | 'foreign key' | 'check' | 'exclusion' | 'not null';
  validated: boolean;
}

export const KINDS: Record<string, TracedConstraint['kind']> = {
  p: 'primary key', u: 'unique', f: 'foreign key', c: 'check', x: 'exclusion', n: 'not null',
};

/** Constraints on the given tables, keyed by constraint oid. */
export async function constraintsOn(engine: Engine, tableOids: readonly number[]): Promise<Map<number, TracedConstraint>> {
  if (tableOids.length === 0) return new Map();
  const rows = await engine.query<{ oid: number; name: string; table_name: string; contype: string; validated: boolean }>(
    `select k.oid::int as oid, k.conname as name, ${qualifiedName('c', 'n')} as table_name, k.contype::text as contype, k.convalidated as validated
       from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
      where k.conrelid = any($1::oid[])`,
    [tableOids],
  );
  return new Map(rows.map((r) => [r.oid, { name: r.name, table: r.table_name, kind: KINDS[r.contype] ?? 'check', validated: r.validated }]));
}

/** Constraints that are new since `before`, or that became validated (VALIDATE CONSTRAINT). */
export function addedOrValidated(before: ReadonlyMap<number, TracedConstraint>, after: ReadonlyMap<number, TracedConstraint>): TracedConstraint[] {
  return [...after].filter(([oid, c]) => !before.has(oid) || (c.validated && !before.get(oid)!.validated)).map(([, c]) => c);
}
