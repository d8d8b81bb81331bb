// Constraints declared but not (yet) holding: NOT VALID ones never validated, and CHECKs an
// engine parses and then ignores.
import { quoteName, quoteTable, type RuleHit, type SchemaRule } from './rule.js';

export const constraintNotValid: SchemaRule = {
  id: 'constraint-not-valid',
  severity: 'warning',
  partitions: true,
  help: 'ADD CONSTRAINT … NOT VALID is the safe way to add a constraint to a big table, but it is half of it: rows already there are not checked until VALIDATE CONSTRAINT runs (which takes only a SHARE UPDATE EXCLUSIVE lock). Validate it in a following migration.',
  check(table, { server, locator }) {
    if (server.dialect !== 'postgres') return [];
    const hits: RuleHit[] = [];
    const unvalidated = [
      ...table.foreignKeys.filter((fk) => fk.validated === false && !fk.inherited).map((fk) => ({ name: fk.name, kind: 'foreign' as const, columns: fk.columns })),
      ...table.checks.filter((c) => c.validated === false).map((c) => ({ name: c.name, kind: 'check' as const, columns: [] })),
    ];
    for (const c of unvalidated) {
      hits.push({
        subject: `constraint ${table.name}.${c.name}`,
        message: `Constraint ${c.name} on ${table.name} is NOT VALID: existing rows were never checked; run VALIDATE CONSTRAINT.`,
        location: locator.constraint(table.name, c.kind, c.name, c.columns),
        fix: `ALTER TABLE ${quoteTable(table.name, 'postgres')} VALIDATE CONSTRAINT ${quoteName(c.name, 'postgres')}`,
      });
    }
    return hits;
  },
};

/** `8.0.15-log`, `10.1.48-MariaDB` → [8, 0, 15] */
const versionOf = (version: string) => (/(\d+)\.(\d+)\.(\d+)/.exec(version)?.slice(1) ?? ['0', '0', '0']).map(Number);
const before = (version: number[], limit: number[]) => {
  for (let k = 0; k < limit.length; k++) if (version[k] !== limit[k]) return (version[k] ?? 0) < limit[k]!;
  return false;
};

/** MySQL parses CHECK and forgets it before 8.0.16; MariaDB enforces it from 10.2.1. */
export function ignoresCheck(server: { name: string; version: string }): boolean {
  if (server.name === 'mysql') return before(versionOf(server.version), [8, 0, 16]);
  if (server.name === 'mariadb') return before(versionOf(server.version), [10, 2, 1]);
  return false;
}

export const checkNotEnforced: SchemaRule = {
  id: 'check-not-enforced',
  severity: 'error',
  help: 'MySQL before 8.0.16 and MariaDB before 10.2.1 accept CHECK constraints and silently ignore them: every row is accepted. Enforce the rule another way (a trigger, a generated column with a NOT NULL, or the application) or upgrade the server.',
  check(table, { server, locator }) {
    if (!ignoresCheck(server)) return [];
    return locator.declared(table.name, 'check').map((c) => ({
      subject: `check ${table.name}(${c.expression})`,
      message: `CHECK (${c.expression}) on ${table.name} is accepted but not enforced by ${server.name} ${server.version}; enforce it with a trigger or upgrade to ${server.name === 'mysql' ? 'MySQL 8.0.16' : 'MariaDB 10.2.1'} or later.`,
      location: c.location,
    }));
  },
};
