// MySQL/MariaDB online-DDL rules (the hazards Spirit, gh-ost and Bytebase guard against): ALTERs
// that copy the table or block writes, ENUM reorders, narrowing, charset changes, and DDL
// that can wait on a metadata lock forever. Instant ADD COLUMN depends on the server version.
import { addedColumn, alterTable, atLeast, columnDefault, columnDefinition, enumValues, has, match, NAME, objectName, QNAME, slice, statementHead, typeLength, type ColumnDefinition } from './sql-shape.js';
import { columnType, isExisting, type Hit, type LintStatement, type Scope } from './scope.js';

const INTEGER_BYTES: Record<string, number> = { tinyint: 1, smallint: 2, mediumint: 3, integer: 4, bigint: 8 };
const baseType = (canonical: string) => canonical.replace(/[ (].*$/, '');

type Verdict = 'free' | 'narrowing' | 'enum-reorder' | 'copy';

/** What redefining a column from `from` to `to` costs on InnoDB. */
function columnChange(from: string, to: string): Verdict {
  if (from === to) return 'free';
  const [a, b] = [baseType(from), baseType(to)];
  if ((a === 'enum' || a === 'set') && a === b) {
    const [before, after] = [enumValues(from), enumValues(to)];
    const appended = before.every((v, i) => after[i] === v);
    // Past 255 members an ENUM needs 2 bytes (a SET past 8 members more bytes): a copy.
    const limit = a === 'enum' ? 255 : 8;
    return !appended ? 'enum-reorder' : before.length <= limit && after.length > limit ? 'copy' : 'free';
  }
  if (a in INTEGER_BYTES && b in INTEGER_BYTES) return INTEGER_BYTES[b]! < INTEGER_BYTES[a]! ? 'narrowing' : 'copy';
  const [lengthA, lengthB] = [typeLength(from), typeLength(to)];
  if ((a === 'varchar' || a === 'char') && (b === 'varchar' || b === 'char') && lengthA !== undefined && lengthB !== undefined) {
    if (lengthB < lengthA) return 'narrowing';
    // VARCHAR grows in place while its length prefix stays 1 byte (< 256 bytes) or stays 2; utf8mb4 assumed (4 bytes a character).
    return a === 'varchar' && b === 'varchar' && lengthA * 4 < 256 === lengthB * 4 < 256 ? 'free' : 'copy';
  }
  if (/text$/.test(a) && (b === 'varchar' || b === 'char')) return 'narrowing';
  return 'copy';
}

function instantAddColumn(scope: Scope, positioned: boolean): boolean {
  const v = scope.server.version;
  if (scope.server.name === 'mariadb') return positioned ? atLeast(v, 10, 4) : atLeast(v, 10, 3, 2);
  return positioned ? atLeast(v, 8, 0, 29) : atLeast(v, 8, 0, 12);
}

function redefinedColumn(table: string, column: string, definition: ColumnDefinition, scope: Scope): Hit[] {
  const object = table;
  if (has(definition.rest, '\\b(?:character\\s+set|charset|collate)\\b')) return [{ rule: 'mysql-charset-change', object, message: `Changing the character set or collation of ${table}.${column} copies the table and blocks writes.` }];
  const from = columnType(scope, table, column);
  const verdict = from ? columnChange(from, definition.canonical) : 'copy';
  if (verdict === 'narrowing') return [{ rule: 'mysql-column-narrowing', object, message: `${table}.${column} narrows from ${from} to ${definition.type}: the table is copied and longer existing values fail or are truncated.` }];
  if (verdict === 'enum-reorder') return [{ rule: 'mysql-enum-reorder', object, message: `${table}.${column} changes ${from} to ${definition.type}: removing or reordering values copies the table and changes what stored rows mean.` }];
  if (verdict === 'copy') return [{ rule: 'mysql-column-type-change', object, message: `Redefining ${table}.${column} as ${definition.type}${from ? ` (was ${from})` : ''} copies the table (ALGORITHM=COPY) and blocks writes while it does.` }];
  return [];
}

export function mysqlRules(statement: LintStatement, scope: Scope): Hit[] {
  const { sql } = statement;
  const hits: Hit[] = [];
  const head = statementHead(sql);
  let ddlTable: string | undefined;

  const alter = alterTable(sql);
  if (alter && isExisting(scope, alter.table)) {
    const table = alter.table;
    ddlTable = table;
    for (const action of alter.actions) {
      if (has(action, '^algorithm\\s*=?\\s*copy\\b')) hits.push({ rule: 'mysql-algorithm-copy', object: table, message: `ALTER TABLE ${table} … ALGORITHM=COPY copies the table row by row and blocks writes for the whole copy.` });
      if (has(action, '^convert\\s+to\\s+(?:character\\s+set|charset)\\b')) hits.push({ rule: 'mysql-charset-change', object: table, message: `ALTER TABLE ${table} CONVERT TO CHARACTER SET copies the table and blocks writes.` });
      if (has(action, '^drop\\s+primary\\s+key\\b')) hits.push({ rule: 'mysql-drop-primary-key', object: table, message: `ALTER TABLE ${table} DROP PRIMARY KEY rebuilds the clustered index: a full copy that blocks writes.` });
      if (has(action, '^add\\s+(?:fulltext|spatial)\\b')) hits.push({ rule: 'mysql-fulltext-or-spatial-index', object: table, message: `ALTER TABLE ${table} ADD ${action.masked.split(/\s+/)[1]!.toUpperCase()} index blocks writes for the build (no LOCK=NONE).` });
      if (has(action, '^(?:force|engine\\s*=?)\\b') || has(action, '^engine\\b')) hits.push({ rule: 'mysql-table-rebuild', object: table, message: `ALTER TABLE ${table} ${action.text.split(/\s+/)[0]!.toUpperCase()} rebuilds the whole table.` });
      const modify = match(action, `^modify\\s+(?:column\\s+)?(?=${NAME}\\s)`);
      const change = match(action, `^change\\s+(?:column\\s+)?(${NAME})\\s+(?=${NAME}\\s)`);
      if (modify || change) {
        const rest = slice(action, (modify ?? change)![0]!.length);
        const definition = columnDefinition(rest);
        if (definition) hits.push(...redefinedColumn(table, change ? objectName(change[1]!) : definition.name, definition, scope));
      }
      const added = addedColumn(action);
      if (added) {
        const positioned = has(added.rest, '\\b(?:first|after\\s+\\S+)\\s*$');
        if (!instantAddColumn(scope, positioned)) {
          hits.push({ rule: 'mysql-add-column-not-instant', object: table, message: `ADD COLUMN ${added.name}${positioned ? ' with FIRST/AFTER' : ''} on existing table ${table} is not INSTANT on ${scope.server.name} ${scope.server.version.join('.')}: the table is rebuilt.` });
        }
        const generated = has(added.rest, '\\b(?:auto_increment|generated\\s+always|as\\s*\\()');
        const fallback = columnDefault(added.rest);
        if (has(added.rest, '\\bnot\\s+null\\b') && (!fallback || /^null\s*$/i.test(fallback.masked.trim())) && !generated) {
          hits.push({ rule: 'not-null-column-without-default', object: table, message: `ADD COLUMN ${added.name} ${added.type} NOT NULL without a DEFAULT on existing table ${table}: existing rows get the implicit value ('' / 0 / zero date, which strict mode rejects).` });
        }
      }
    }
  }
  const createIndex = match(sql, `^create\\s+(?:online\\s+)?(fulltext|spatial|unique)?\\s*index\\s+(?:if\\s+not\\s+exists\\s+)?${NAME}(?:\\s+using\\s+\\w+)?\\s+on\\s+(${QNAME})`);
  if (createIndex && isExisting(scope, objectName(createIndex[2]!))) {
    ddlTable = objectName(createIndex[2]!);
    if (/^(?:fulltext|spatial)$/i.test(createIndex[1] ?? '')) hits.push({ rule: 'mysql-fulltext-or-spatial-index', object: ddlTable, message: `CREATE ${createIndex[1]!.toUpperCase()} INDEX on existing table ${ddlTable} blocks writes for the build (no LOCK=NONE).` });
  }
  const optimize = match(sql, `^optimize\\s+(?:no_write_to_binlog\\s+|local\\s+)?table\\s+(${QNAME})`);
  if (optimize && isExisting(scope, objectName(optimize[1]!))) {
    ddlTable = objectName(optimize[1]!);
    hits.push({ rule: 'mysql-table-rebuild', object: ddlTable, message: `OPTIMIZE TABLE ${ddlTable} rebuilds the whole table.` });
  }
  const other = match(sql, `^(?:drop\\s+table\\s+(?:if\\s+exists\\s+)?|truncate\\s+(?:table\\s+)?|rename\\s+table\\s+|drop\\s+index\\s+${NAME}\\s+on\\s+)(${QNAME})`);
  if (other && isExisting(scope, objectName(other[1]!))) ddlTable = objectName(other[1]!);

  if (ddlTable && !scope.migration.lockTimeout && !scope.migration.lockTimeoutReported) {
    hits.push({ rule: 'mysql-missing-lock-wait-timeout', object: ddlTable, message: `${head} on existing table ${ddlTable} runs with no lock_wait_timeout set: it waits for the metadata lock behind any open transaction while every query on ${ddlTable} queues behind it.` });
    scope.migration.lockTimeoutReported = true;
  }
  return hits;
}
