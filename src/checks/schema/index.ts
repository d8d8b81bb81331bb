// Schema rules: read the schema the migrations produced (introspection, both engines) and
// report what will hurt in production. Each rule has an id users can set the severity of.
import type { Schema, ServerInfo, Table } from '../../engines/engine.js';
import type { SluiceConfig } from '../../config/schema.js';
import type { MigrationFile } from '../../migrations/plain.js';
import { locateForeignKey, locateTable } from '../../migrations/locate.js';
import type { CheckResult, Finding, Severity } from '../../vocabulary.js';

interface Rule {
  id: string;
  severity: Severity;
  /** One sentence on why the rule exists: shown as help under the finding. */
  help: string;
  check(table: Table, context: RuleContext): Omit<Finding, 'check' | 'rule' | 'severity' | 'help'>[];
}

interface RuleContext {
  migrations: MigrationFile[];
  server: ServerInfo;
}

export const SCHEMA_RULES: Rule[] = [
  {
    id: 'missing-primary-key',
    severity: 'error',
    help: 'Without a primary key rows cannot be addressed reliably, logical replication cannot update or delete them, and InnoDB invents a hidden key.',
    check: (table, { migrations }) =>
      table.primaryKey.length > 0
        ? []
        : [{ subject: `table ${table.name}`, message: `Table ${table.name} has no primary key; add one (a surrogate id or the natural key).`, location: locateTable(migrations, table.name) }],
  },
  {
    id: 'foreign-key-without-index',
    severity: 'warning',
    help: 'Deleting or updating a referenced row, and joining from the parent, scans the whole child table when the foreign key columns have no index.',
    check: (table, { migrations, server }) =>
      table.foreignKeys
        .filter((fk) => !table.indexes.some((index) => leads(index.columns, fk.columns) && !index.partial))
        .map((fk) => ({
          subject: `foreign key ${table.name}(${fk.columns.join(', ')})`,
          message: `Foreign key ${table.name}(${fk.columns.join(', ')}) → ${fk.refTable} has no index on ${fk.columns.join(', ')}; add one: CREATE INDEX${server.dialect === 'postgres' ? ' CONCURRENTLY' : ''} ${table.name.split('.').pop()}_${fk.columns.join('_')}_idx ON ${table.name} (${fk.columns.join(', ')}).`,
          location: locateForeignKey(migrations, table.name, fk.name, fk.columns),
        })),
  },
];

/** An index serves a foreign key when the key's columns are its leading columns, in any order. */
const leads = (indexColumns: string[], keyColumns: string[]) =>
  indexColumns.length >= keyColumns.length && keyColumns.every((c) => indexColumns.slice(0, keyColumns.length).includes(c));

export function checkSchema(
  schema: Schema,
  settings: SluiceConfig['checks']['schema'],
  context: RuleContext,
): CheckResult {
  if (settings.rules === 'off') return { findings: [], metrics: [] };
  const overrides = typeof settings.rules === 'object' ? settings.rules : {};
  const findings: Finding[] = [];
  for (const rule of SCHEMA_RULES) {
    const severity = overrides[rule.id] ?? rule.severity;
    if (severity === 'off') continue;
    for (const table of schema.tables) {
      for (const found of rule.check(table, context)) {
        findings.push({ check: 'schema', rule: rule.id, severity, help: rule.help, ...found });
      }
    }
  }
  return {
    findings,
    metrics: [{ key: 'schema.tables', unit: 'tables', kind: 'size', direction: 'lower', value: schema.tables.length, informational: true }],
  };
}

/** Rule ids a user may name in checks.schema.rules; anything else is a typo worth an error. */
export const SCHEMA_RULE_IDS = SCHEMA_RULES.map((r) => r.id);
