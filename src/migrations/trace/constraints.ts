// Constraints a migration adds to (or validates on) existing tables, and whether the server
// checked the existing rows: a validated foreign key or CHECK scans the table under its lock,
// a NOT VALID one does not (pg_constraint.convalidated, read with the trace's snapshot.ts).

export interface TracedConstraint {
  name: string;
  table: string;
  kind: 'primary key' | 'unique' | 'foreign key' | 'check' | 'exclusion' | 'not null';
  validated: boolean;
}

export const KINDS: Record<string, TracedConstraint['kind']> = {
  p: 'primary key', u: 'unique', f: 'foreign key', c: 'check', x: 'exclusion', n: 'not null',
};

/** Constraints that are new since `before`, or that became validated (VALIDATE CONSTRAINT). */
export function addedOrValidated(before: ReadonlyMap<number, TracedConstraint>, after: ReadonlyMap<number, TracedConstraint>): TracedConstraint[] {
  return [...after].filter(([oid, c]) => !before.has(oid) || (c.validated && !before.get(oid)!.validated)).map(([, c]) => c);
}
