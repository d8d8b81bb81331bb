// Rules for both engines about changes that break the application still running against the
// database while the migration deploys (drops, renames), destroy data (TRUNCATE, CASCADE), or
// lock the same table more often than needed.
import { alterTable, has, match, NAME, objectName, QNAME, splitTopLevel, slice, statementHead } from './sql-shape.js';
import { isExisting, type Hit, type LintStatement, type Scope } from './scope.js';

const NOT_A_COLUMN = '(?:constraint|index|key|primary|foreign|default|partition|check|period|expression|identity|not)\\b';

export function breakingChangeRules(statement: LintStatement, scope: Scope): Hit[] {
  const { sql } = statement;
  const hits: Hit[] = [];
  const head = statementHead(sql);

  const dropTable = /^drop\s+table\s+(?:if\s+exists\s+)?/i.exec(sql.masked);
  if (dropTable) {
    const list = slice(sql, dropTable[0].length);
    for (const item of splitTopLevel({ text: list.text.replace(/\s+(?:cascade|restrict)\s*;?\s*$/i, ''), masked: list.masked.replace(/\s+(?:cascade|restrict)\s*;?\s*$/i, '') })) {
      const table = objectName(item.text);
      if (isExisting(scope, table)) hits.push({ rule: 'drop-table', object: table, message: `DROP TABLE ${table} breaks the running application, which still uses it, and destroys its rows.` });
    }
  }
  const truncate = /^truncate\s+(?:table\s+)?(?:only\s+)?/i.exec(sql.masked);
  if (truncate) {
    const list = slice(sql, truncate[0].length);
    for (const item of splitTopLevel(list)) {
      const name = match(item, `^(${QNAME})`);
      if (!name) continue;
      const table = objectName(name[1]!);
      if (isExisting(scope, table)) hits.push({ rule: 'truncate', object: table, message: `TRUNCATE ${table} deletes every row of a table production uses, under an ACCESS EXCLUSIVE lock.` });
    }
  }
  if ((has(sql, '^(?:drop|truncate)\\b') || has(sql, '^alter\\s+table\\b[\\s\\S]*\\bdrop\\b')) && has(sql, '\\bcascade\\s*;?\\s*$|\\bcascade\\s*,')) {
    hits.push({ rule: 'drop-cascade', object: head, message: `${head} … CASCADE also drops or empties every dependent object, silently.` });
  }
  const database = match(sql, `^drop\\s+database\\s+(?:if\\s+exists\\s+)?(${QNAME})`);
  if (database) hits.push({ rule: 'drop-database', object: objectName(database[1]!), message: `DROP DATABASE ${objectName(database[1]!)} in a migration destroys everything in it.` });

  const renameTables = /^rename\s+tables?\s+/i.exec(sql.masked);
  if (renameTables && scope.dialect === 'mysql') {
    for (const pair of splitTopLevel(slice(sql, renameTables[0].length))) {
      const names = match(pair, `^(${QNAME})\\s+to\\s+(${QNAME})`);
      if (names && isExisting(scope, objectName(names[1]!))) hits.push({ rule: 'rename-table', object: objectName(names[1]!), message: `RENAME TABLE ${objectName(names[1]!)} TO ${objectName(names[2]!)} breaks the running application, which uses the old name.` });
    }
  }

  const alter = alterTable(sql);
  if (alter && isExisting(scope, alter.table)) {
    const table = alter.table;
    for (const action of alter.actions) {
      const dropColumn = match(action, `^drop\\s+(column\\s+)?(?:if\\s+exists\\s+)?(${NAME})`);
      if (dropColumn && (dropColumn[1] || !new RegExp(`^${NOT_A_COLUMN}`, 'i').test(dropColumn[2]!))) {
        hits.push({ rule: 'drop-column', object: table, message: `DROP COLUMN ${objectName(dropColumn[2]!)} on existing table ${table} breaks the running application, whose queries still name it.` });
      }
      const renameColumn = match(action, `^rename\\s+(?:column\\s+)?(${NAME})\\s+to\\s+(${NAME})`);
      if (renameColumn && !/^(?:constraint|index|key)$/i.test(renameColumn[1]!)) {
        hits.push({ rule: 'rename-column', object: table, message: `RENAME COLUMN ${objectName(renameColumn[1]!)} TO ${objectName(renameColumn[2]!)} on existing table ${table} breaks the running application, which uses the old name.` });
      }
      const renameTable = match(action, `^rename\\s+(?:to\\s+|as\\s+)?(${QNAME})\\s*$`);
      if (renameTable && !renameColumn) {
        hits.push({ rule: 'rename-table', object: table, message: `RENAME ${table} TO ${objectName(renameTable[1]!)} breaks the running application, which uses the old name.` });
      }
      const change = scope.dialect === 'mysql' ? match(action, `^change\\s+(?:column\\s+)?(${NAME})\\s+(${NAME})\\s`) : undefined;
      if (change && objectName(change[1]!) !== objectName(change[2]!)) {
        hits.push({ rule: 'rename-column', object: table, message: `CHANGE ${objectName(change[1]!)} ${objectName(change[2]!)} on existing table ${table} renames the column, breaking the running application.` });
      }
    }
    // A separate VALIDATE CONSTRAINT is the safe pattern, not a second lock to combine.
    if (!alter.actions.every((a) => has(a, '^validate\\s+constraint\\b'))) {
      const count = (scope.migration.alterCounts.get(table) ?? 0) + 1;
      scope.migration.alterCounts.set(table, count);
      if (count === 2) hits.push({ rule: 'multiple-alter-table', object: table, message: `A second ALTER TABLE ${table} in ${scope.migration.file.name}: each one takes the table's lock${scope.dialect === 'mysql' ? ' and may copy the table' : ' and may scan it'} again.` });
    }
  }
  return hits;
}
