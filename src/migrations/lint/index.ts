// Static migration rules: reads the pull request's new migrations statement by statement and
// reports the hazards a reviewer would want named (locks on existing tables, rewrites,
// breaking drops and renames, MySQL table copies), knowing the real server's version and which
// tables exist before the pull request. The lock trace observes; this stage predicts.
//
// Parsing is regexes over masked SQL (strings and comments blanked, see maskSql), not a full
// parser: the rules read a handful of statement shapes, an unrecognised statement is skipped
// rather than failing the run, one code path serves PostgreSQL, MySQL and MariaDB syntax of
// every version, and nothing (no WASM) is added to the bundle.
import { ConfigError } from '../../errors.js';
import type { Finding, Severity } from '../../vocabulary.js';
import { relative, type MigrationFile } from '../formats/index.js';
import { splitStatements } from '../statements.js';
import { breakingChangeRules } from './breaking-changes.js';
import { MIGRATION_RULES, MIGRATION_RULE_IDS, ruleById, type MigrationRuleId } from './catalogue.js';
import { mysqlRules } from './mysql-online-ddl.js';
import { postgresColumnRules } from './postgres-columns.js';
import { postgresLockRules } from './postgres-locks.js';
import { addedColumn, alterTable, columnDefinition, createTable, has, match, NAME, objectName, parseVersion, QNAME, slice, splitTopLevel, sqlText, type SqlText } from './sql-shape.js';
import { ignoresFor, parseIgnores } from './suppression.js';
import type { BatchState, Hit, LintStatement, Scope, ServerName } from './scope.js';

export { MIGRATION_RULES, MIGRATION_RULE_IDS, type MigrationRule, type MigrationRuleId } from './catalogue.js';

/** `checks.migrations.rules`: recommended, off, or rule id → severity (recommended plus overrides). */
export type MigrationRulesSetting = 'recommended' | 'off' | Readonly<Record<string, Severity | 'off'>>;

export interface MigrationLintContext {
  dialect: 'postgres' | 'mysql';
  server: { name: ServerName; version: string };
  /** Tables that exist before these migrations (created by the base branch's migrations). */
  existingTables: ReadonlySet<string>;
  /** Optional: table → column → declared type of the existing tables, for precise type-change rules. */
  existingColumns?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  rules: MigrationRulesSetting;
}

/** Throws a ConfigError naming every unknown rule id in `checks.migrations.rules`; call before any database starts. */
export function validateMigrationRules(rules: MigrationRulesSetting, setting = 'checks.migrations.rules'): void {
  if (typeof rules === 'string') return;
  const unknown = Object.keys(rules).filter((id) => !ruleById(id));
  if (unknown.length === 0) return;
  const described = unknown.map((id) => {
    const near = closestRule(id);
    return `"${id}"${near ? ` (did you mean ${near}?)` : ''}`;
  });
  throw new ConfigError(`${setting}: unknown rule ${described.join(', ')}; the migration rules are: ${MIGRATION_RULE_IDS.join(', ')}.`);
}

/** Findings for the added migrations, in file and line order. */
export function lintMigrations(added: readonly MigrationFile[], context: MigrationLintContext): Finding[] {
  validateMigrationRules(context.rules);
  const severity = (id: MigrationRuleId): Severity | 'off' => {
    if (context.rules === 'off') return 'off';
    const override = typeof context.rules === 'object' ? context.rules[id] : undefined;
    return override ?? ruleById(id)!.severity;
  };
  if (context.rules === 'off') return [];
  const batch: BatchState = {
    existing: new Set([...context.existingTables].map(objectName)),
    columns: new Map([...(context.existingColumns ?? new Map<string, ReadonlyMap<string, string>>())].map(([table, columns]) => [objectName(table), new Map([...columns].map(([c, t]) => [objectName(c), columnDefinition(sqlText(`x ${t}`, context.dialect))?.canonical ?? t.toLowerCase()]))])),
    notNullChecks: new Map(),
    notValid: new Map(),
    indexes: new Set(),
  };
  const server = { name: context.server.name, version: parseVersion(context.server.version) };
  const findings: Finding[] = [];
  for (const file of added) {
    const scope: Scope = {
      dialect: context.dialect,
      server,
      batch,
      migration: { file, inTransaction: context.dialect === 'postgres' && file.transaction !== false, transaction: 1, lockTimeout: false, lockTimeoutReported: false, accessExclusiveReported: false, alterCounts: new Map() },
    };
    const location = (line: number) => ({ file: relative(file.file), line });
    const finding = (rule: MigrationRuleId, level: Severity, message: string, line: number, object: string): Finding => ({
      check: 'migrations', rule, severity: level, message, location: location(line), help: ruleById(rule)!.help, subject: `${rule} ${object} ${file.name}`,
    });
    const ignores = parseIgnores(file.sql);
    const lines = file.sql.split('\n');
    for (const { sql: text, line } of splitStatements(file.sql, context.dialect)) {
      const statement: LintStatement = { sql: sqlText(text, context.dialect), line };
      const hits: Hit[] =
        context.dialect === 'postgres'
          ? [...postgresLockRules(statement, scope), ...postgresColumnRules(statement, scope), ...breakingChangeRules(statement, scope)]
          : [...mysqlRules(statement, scope), ...breakingChangeRules(statement, scope)];
      remember(statement.sql, scope);
      const applicable = ignoresFor(line, ignores, lines).filter((i) => i.reason && i.rules.length > 0);
      for (const hit of hits) {
        const level = severity(hit.rule);
        if (level === 'off' || !ruleById(hit.rule)!.dialects.includes(context.dialect as never)) continue;
        const ignore = applicable.find((i) => i.rules.includes(hit.rule));
        if (ignore) ignore.used = true;
        else findings.push(finding(hit.rule, level, hit.message, line, hit.object ?? file.name));
      }
    }
    for (const ignore of ignores) {
      const rulesNamed = ignore.rules.join(',') || '(no rule)';
      if (!ignore.reason || ignore.rules.length === 0) {
        const level = severity('ignore-without-reason');
        if (level !== 'off') findings.push(finding('ignore-without-reason', level, `sluice:ignore ${rulesNamed} has no reason, so it suppresses nothing; say why the statement is safe.`, ignore.line, `${rulesNamed} line-${ignore.line}`));
        continue;
      }
      const unknown = ignore.rules.filter((id) => !ruleById(id));
      const level = severity('unused-ignore');
      if (level === 'off') continue;
      if (unknown.length > 0) findings.push(finding('unused-ignore', level, `sluice:ignore names ${unknown.map((id) => `"${id}"`).join(', ')}, which is not a migration rule${closestRule(unknown[0]!) ? ` (did you mean ${closestRule(unknown[0]!)}?)` : ''}.`, ignore.line, rulesNamed));
      // An ignore for a rule switched off in the config suppresses nothing now, but is not stale.
      else if (!ignore.used && !ignore.rules.every((id) => severity(id as MigrationRuleId) === 'off')) {
        findings.push(finding('unused-ignore', level, `sluice:ignore ${rulesNamed} suppresses nothing: no such finding on the statement it is attached to.`, ignore.line, rulesNamed));
      }
    }
  }
  return findings.sort((a, b) => (a.location!.file === b.location!.file ? a.location!.line! - b.location!.line! : 0));
}

/** Updates what the batch knows after a statement ran: tables, columns, constraints, transaction, timeouts. */
function remember(sql: SqlText, scope: Scope): void {
  const { batch, migration: state } = scope;
  if (scope.dialect === 'postgres' && has(sql, '^(?:begin|start\\s+transaction)\\b')) {
    state.inTransaction = true;
    state.transaction++;
  }
  if (scope.dialect === 'postgres' && has(sql, '^(?:commit|end|rollback)\\b')) {
    state.inTransaction = false;
    state.transaction++;
    state.accessExclusive = undefined;
    state.accessExclusiveReported = false;
  }
  const timeout = scope.dialect === 'postgres' ? match(sql, "^(?:set\\s+(?:session\\s+|local\\s+)?lock_timeout\\s*(?:=|to)\\s*(\\S+)|select\\s+set_config\\s*\\(\\s*'[^']*'\\s*,\\s*('[^']*'))") : match(sql, '^set\\s+(?:session\\s+|local\\s+|@@session\\.|@@local\\.|@@)?lock_wait_timeout\\s*(?:=|:=)\\s*(\\S+)');
  if (timeout && (timeout[1] || /^select\s+set_config\s*\(\s*'lock_timeout'/i.test(sql.text))) {
    const value = (timeout[1] || timeout[2] || '').replace(/['";]/g, '').trim();
    state.lockTimeout = !/^(?:0|0ms|0s|default)$/i.test(value);
  }
  const created = createTable(sql);
  if (created && !(created.ifNotExists && batch.existing.has(created.table))) {
    batch.existing.delete(created.table);
    batch.columns.set(created.table, new Map(created.columns.map((c) => [c.name, c.canonical])));
  }
  const dropped = /^drop\s+table\s+(?:if\s+exists\s+)?/i.exec(sql.masked);
  if (dropped) for (const item of splitTopLevel(slice(sql, dropped[0].length))) batch.existing.delete(objectName(item.text.replace(/\s+(?:cascade|restrict)\s*;?\s*$/i, '')));
  const renameTable = (from: string, to: string) => {
    if (batch.existing.delete(from)) batch.existing.add(to);
    const columns = batch.columns.get(from);
    if (columns) batch.columns.set(to, columns);
  };
  const index = match(sql, `^create\\s+(?:unique\\s+)?index\\s+(?:concurrently\\s+)?(?:if\\s+not\\s+exists\\s+)?(${NAME})\\s+on\\b`);
  if (index) batch.indexes.add(objectName(index[1]!));
  const renames = /^rename\s+tables?\s+/i.exec(sql.masked);
  if (renames) {
    for (const pair of splitTopLevel(slice(sql, renames[0].length))) {
      const names = match(pair, `^(${QNAME})\\s+to\\s+(${QNAME})`);
      if (names) renameTable(objectName(names[1]!), objectName(names[2]!));
    }
  }
  const alter = alterTable(sql);
  if (!alter) return;
  const columns = batch.columns.get(alter.table) ?? new Map<string, string>();
  batch.columns.set(alter.table, columns);
  for (const action of alter.actions) {
    const column = addedColumn(action);
    if (column) columns.set(column.name, column.canonical);
    const typed = match(action, `^alter\\s+(?:column\\s+)?(${NAME})\\s+(?:set\\s+data\\s+)?type\\s+`);
    if (typed) {
      const definition = columnDefinition({ text: `x ${action.text.slice(typed[0]!.length)}`, masked: `x ${action.masked.slice(typed[0]!.length)}` });
      if (definition) columns.set(objectName(typed[1]!), definition.canonical);
    }
    const redefined = match(action, `^(?:modify|change)\\s+(?:column\\s+)?(?:(${NAME})\\s+(?=${NAME}\\s))?`);
    if (redefined && scope.dialect === 'mysql') {
      const definition = columnDefinition(slice(action, redefined[0]!.length));
      if (definition) {
        if (redefined[1]) columns.delete(objectName(redefined[1]));
        columns.set(definition.name, definition.canonical);
      }
    }
    const check = match(action, `^add\\s+constraint\\s+(${NAME})\\s+check\\s*\\(\\s*(${NAME})\\s+is\\s+not\\s+null\\s*\\)`);
    const notValid = has(action, '\\bnot\\s+valid\\b');
    if (check) batch.notNullChecks.set(`${alter.table}.${objectName(check[2]!)}`, { constraint: objectName(check[1]!), validated: !notValid });
    const constraint = match(action, `^add\\s+constraint\\s+(${NAME})`);
    if (constraint && notValid) batch.notValid.set(objectName(constraint[1]!), { migration: state.file.name, transaction: state.transaction });
    const validate = match(action, `^validate\\s+constraint\\s+(${NAME})`);
    if (validate) {
      const name = objectName(validate[1]!);
      for (const entry of batch.notNullChecks.values()) if (entry.constraint === name) entry.validated = true;
    }
    const renamed = match(action, `^rename\\s+(?:to\\s+|as\\s+)?(${QNAME})\\s*$`);
    if (renamed) renameTable(alter.table, objectName(renamed[1]!));
  }
}

function closestRule(id: string): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const rule of MIGRATION_RULES) {
    const distance = editDistance(id, rule.id);
    if (!best || distance < best.distance) best = { id: rule.id, distance };
  }
  return best && best.distance <= Math.max(3, id.length / 4) ? best.id : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
