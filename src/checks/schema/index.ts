// Schema rules: read the schema the migrations produced (introspection, both engines) and
// report what will hurt in production, at the migration line that made the object. Each rule
// has an id users can set the severity of (checks.schema.rules); one file per rule group.
import type { Engine, Schema, ServerInfo, Table } from '../../engines/engine.js';
import type { SluiceConfig } from '../../config/schema/index.js';
import type { MigrationFile } from '../../migrations/formats/index.js';
import { buildLocator } from '../../migrations/locate/index.js';
import type { CheckResult, Finding } from '../../vocabulary.js';
import { checkNotEnforced, constraintNotValid } from './constraints.js';
import { floatForMoney, preferJsonb, timestampWithoutTimeZone } from './column-types.js';
import { foreignKeyTypeMismatch, foreignKeyWithoutIndex } from './foreign-keys.js';
import { duplicateIndex, invalidIndex, largeTableWithoutIndex, redundantIndex } from './indexes.js';
import { integerPrimaryKeyOverflow, missingPrimaryKey, preferIdentity } from './keys.js';
import { nonTransactionalEngine, utf8mb3Charset } from './mysql.js';
import { namingConvention } from './naming.js';
import type { RuleContext, SchemaRule } from './rule.js';

export type { SchemaRule, RuleHit } from './rule.js';
export { quoteName, quoteTable } from './rule.js';

/** Every rule, in report order. Ids are shared by both engines where the concept exists. */
export const SCHEMA_RULES: readonly SchemaRule[] = [
  missingPrimaryKey,
  foreignKeyWithoutIndex,
  foreignKeyTypeMismatch,
  duplicateIndex,
  redundantIndex,
  invalidIndex,
  constraintNotValid,
  checkNotEnforced,
  nonTransactionalEngine,
  utf8mb3Charset,
  timestampWithoutTimeZone,
  floatForMoney,
  preferJsonb,
  preferIdentity,
  integerPrimaryKeyOverflow,
  largeTableWithoutIndex,
  namingConvention,
];

/** Rule ids a user may name in checks.schema.rules; anything else is a typo worth an error. */
export const SCHEMA_RULE_IDS: string[] = SCHEMA_RULES.map((r) => r.id);

/** A schema finding: a Finding whose `fix` is set wherever the fix is mechanical. */
export type SchemaFinding = Finding;

export interface SchemaCheckContext {
  migrations: MigrationFile[];
  server: ServerInfo;
  /** The scratch database the schema was read from: the planner decides whether a partial index serves a foreign key. */
  engine?: Engine;
  /** Rows per table: production.rows, else data.rows (for the size-dependent rules). */
  rows?: Record<string, number>;
}

export async function checkSchema(
  schema: Schema,
  settings: SluiceConfig['checks']['schema'],
  context: SchemaCheckContext,
): Promise<CheckResult & { findings: SchemaFinding[] }> {
  const metrics = [{ key: 'schema.tables', unit: 'tables', kind: 'size' as const, direction: 'lower' as const, value: schema.tables.length, informational: true }];
  if (settings.rules === 'off') return { findings: [], metrics };
  const overrides = typeof settings.rules === 'object' ? settings.rules : {};
  const ruleContext: RuleContext = {
    schema,
    server: context.server,
    locator: buildLocator(context.migrations, context.server.dialect),
    engine: context.engine,
    rows: (table) => context.rows?.[table],
    naming: settings.naming ?? {},
  };
  const partitions = (table: Table): Table[] => (table.partitions ?? []).flatMap((p) => [p, ...partitions(p)]);
  const findings: SchemaFinding[] = [];
  for (const rule of SCHEMA_RULES) {
    const severity = overrides[rule.id] ?? rule.severity;
    if (severity === 'off') continue;
    for (const table of schema.tables) {
      for (const target of rule.partitions ? [table, ...partitions(table)] : [table]) {
        for (const hit of await rule.check(target, ruleContext)) {
          const finding: SchemaFinding = { check: 'schema', rule: rule.id, severity, message: hit.message, help: rule.help, subject: hit.subject };
          if (hit.location) finding.location = hit.location;
          if (hit.fix) finding.fix = hit.fix;
          findings.push(finding);
        }
      }
    }
  }
  return { findings, metrics };
}
