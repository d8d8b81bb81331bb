// Introspection of one MySQL/MariaDB scratch database from information_schema, in the
// shape every engine shares (src/engines/engine.ts).
import type { Column, ColumnType, ForeignKey, Index, Row, Schema, Table } from '../engine.js';
import { asDriverError } from './connection.js';

type Query = (sql: string, params?: readonly unknown[]) => Promise<Row[]>;

/** Tables, columns, keys, indexes and CHECKs of `database`, in the shape every engine shares. */
export async function introspectMysql(query: Query, database: string, mariadb: boolean): Promise<Schema> {
  const db = [database];
  const tableRows = await query(
    `SELECT t.TABLE_NAME AS tableName, t.ENGINE AS engine, c.CHARACTER_SET_NAME AS charset
     FROM information_schema.TABLES t
     LEFT JOIN information_schema.COLLATION_CHARACTER_SET_APPLICABILITY c ON c.COLLATION_NAME = t.TABLE_COLLATION
     WHERE t.TABLE_SCHEMA = ? AND t.TABLE_TYPE = 'BASE TABLE' ORDER BY t.TABLE_NAME`,
    db,
  );
  const columnRows = await query(
    `SELECT TABLE_NAME AS tableName, COLUMN_NAME AS name, DATA_TYPE AS dataType, COLUMN_TYPE AS columnType,
            IS_NULLABLE AS nullable, COLUMN_DEFAULT AS columnDefault, EXTRA AS extra,
            CHARACTER_MAXIMUM_LENGTH AS maxLength, NUMERIC_PRECISION AS numericPrecision, NUMERIC_SCALE AS numericScale,
            CHARACTER_SET_NAME AS charset
     FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION`,
    db,
  );
  const indexRows = await query(
    `SELECT TABLE_NAME AS tableName, INDEX_NAME AS indexName, NON_UNIQUE AS nonUnique, COLUMN_NAME AS columnName,
            INDEX_TYPE AS indexType, SUB_PART AS subPart
     FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
    db,
  );
  const foreignKeyRows = await query(
    `SELECT k.TABLE_NAME AS tableName, k.CONSTRAINT_NAME AS name, k.COLUMN_NAME AS columnName,
            k.REFERENCED_TABLE_SCHEMA AS refSchema, k.REFERENCED_TABLE_NAME AS refTable,
            k.REFERENCED_COLUMN_NAME AS refColumn
     FROM information_schema.KEY_COLUMN_USAGE k
     JOIN information_schema.REFERENTIAL_CONSTRAINTS r
       ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
      AND r.TABLE_NAME = k.TABLE_NAME
     WHERE k.TABLE_SCHEMA = ? ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`,
    db,
  );
  const checkRows = await readCheckRows(query, database, mariadb);

  const tables = new Map<string, Table>();
  for (const row of tableRows) {
    const table: Table = { name: text(row.tableName), columns: [], primaryKey: [], uniques: [], foreignKeys: [], indexes: [], checks: [] };
    if (row.engine !== null && row.engine !== undefined) table.storageEngine = text(row.engine);
    // MariaDB 10.6+ reports utf8mb3 where older servers say utf8: one name for both.
    if (row.charset !== null && row.charset !== undefined) table.charset = text(row.charset);
    tables.set(table.name, table);
  }

  // MariaDB's JSON is LONGTEXT plus an automatic CHECK (json_valid(`col`)).
  const jsonChecked = new Set<string>();
  for (const row of checkRows) {
    const column = jsonValidColumn(text(row.clause));
    if (column !== undefined) jsonChecked.add(`${text(row.tableName)}.${column}`);
  }

  const mariadbJson = new Set<string>();
  for (const row of columnRows) {
    const table = tables.get(text(row.tableName));
    if (!table) continue;
    const column = toColumn(row, mariadb);
    if (column.nativeType === 'longtext' && jsonChecked.has(`${table.name}.${column.name}`)) {
      column.type = 'json';
      mariadbJson.add(`${table.name}.${column.name}`);
    }
    table.columns.push(column);
  }

  const indexes = new Map<string, Index & { table: Table; parts: string[] }>();
  for (const row of indexRows) {
    const table = tables.get(text(row.tableName));
    if (!table) continue;
    const name = text(row.indexName);
    let index = indexes.get(`${table.name}\0${name}`);
    if (!index) {
      index = { table, parts: [], name, columns: [], unique: Number(row.nonUnique) === 0, primary: name === 'PRIMARY', partial: false, method: text(row.indexType) };
      indexes.set(`${table.name}\0${name}`, index);
    }
    // A functional key part (MySQL 8) has no column name.
    if (row.columnName === null || row.columnName === undefined) (index.partial = true), index.parts.push('(expression)');
    else {
      index.columns.push(text(row.columnName));
      // A prefix key part (SUB_PART) indexes only the first n characters.
      index.parts.push(row.subPart === null || row.subPart === undefined ? text(row.columnName) : `${text(row.columnName)}(${text(row.subPart)})`);
    }
  }
  for (const { table, parts, ...index } of indexes.values()) {
    index.definition = `${index.unique ? 'UNIQUE ' : ''}${index.method ?? ''} (${parts.join(', ')})`;
    table.indexes.push(index);
    if (index.primary) table.primaryKey = [...index.columns];
    else if (index.unique && !index.partial) table.uniques.push({ name: index.name, columns: [...index.columns] });
  }
  for (const table of tables.values()) {
    table.indexes.sort((a, b) => Number(b.primary) - Number(a.primary) || a.name.localeCompare(b.name));
  }

  const foreignKeys = new Map<string, ForeignKey & { table: Table }>();
  for (const row of foreignKeyRows) {
    const table = tables.get(text(row.tableName));
    if (!table) continue;
    const name = text(row.name);
    let foreignKey = foreignKeys.get(`${table.name}\0${name}`);
    if (!foreignKey) {
      const refSchema = text(row.refSchema);
      const refTable = refSchema === database ? text(row.refTable) : `${refSchema}.${text(row.refTable)}`;
      foreignKey = { table, name, columns: [], refTable, refColumns: [] };
      foreignKeys.set(`${table.name}\0${name}`, foreignKey);
    }
    foreignKey.columns.push(text(row.columnName));
    foreignKey.refColumns.push(text(row.refColumn));
  }
  for (const { table, ...foreignKey } of foreignKeys.values()) table.foreignKeys.push(foreignKey);

  for (const row of checkRows) {
    const table = tables.get(text(row.tableName));
    if (!table) continue;
    const expression = text(row.clause);
    const column = jsonValidColumn(expression);
    if (column !== undefined && mariadbJson.has(`${table.name}.${column}`)) continue;
    table.checks.push({ name: text(row.name), expression });
  }

  return { tables: [...tables.values()] };
}

async function readCheckRows(query: Query, database: string, mariadb: boolean): Promise<Row[]> {
  // MariaDB names CHECKs per table (a column CHECK is named after its column), so its
  // CHECK_CONSTRAINTS has TABLE_NAME; MySQL 8 names them per schema and needs the join.
  const sql =
    mariadb
      ? `SELECT TABLE_NAME AS tableName, CONSTRAINT_NAME AS name, CHECK_CLAUSE AS clause
         FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? ORDER BY TABLE_NAME, CONSTRAINT_NAME`
      : `SELECT t.TABLE_NAME AS tableName, c.CONSTRAINT_NAME AS name, c.CHECK_CLAUSE AS clause
         FROM information_schema.CHECK_CONSTRAINTS c
         JOIN information_schema.TABLE_CONSTRAINTS t
           ON t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND t.CONSTRAINT_NAME = c.CONSTRAINT_NAME
          AND t.CONSTRAINT_TYPE = 'CHECK'
         WHERE c.CONSTRAINT_SCHEMA = ? ORDER BY t.TABLE_NAME, c.CONSTRAINT_NAME`;
  try {
    return await query(sql, [database]);
  } catch (error) {
    // Servers before MySQL 8.0.16 / MariaDB 10.2 have no CHECK_CONSTRAINTS: no checks to list.
    if (asDriverError(error)?.code === 'ER_UNKNOWN_TABLE') return [];
    throw error;
  }
}

// ---- work counters -----------------------------------------------------------------------

// ---- introspection helpers ----------------------------------------------------------------

export function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return String(value);
}

function optionalNumber(value: unknown): number | undefined {
  return value === null || value === undefined ? undefined : Number(value);
}

/** `json_valid(`doc`)` → doc */
function jsonValidColumn(clause: string): string | undefined {
  const match = /^\s*json_valid\(\s*`((?:[^`]|``)+)`\s*\)\s*$/i.exec(clause);
  return match?.[1]?.replace(/``/g, '`');
}

const TYPE_NAMES: Record<string, ColumnType> = {
  tinyint: 'smallint',
  smallint: 'smallint',
  mediumint: 'integer',
  int: 'integer',
  integer: 'integer',
  bigint: 'bigint',
  decimal: 'numeric',
  numeric: 'numeric',
  float: 'real',
  double: 'real',
  real: 'real',
  char: 'text',
  varchar: 'text',
  tinytext: 'text',
  text: 'text',
  mediumtext: 'text',
  longtext: 'text',
  date: 'date',
  datetime: 'timestamp',
  timestamp: 'timestamp',
  time: 'time',
  json: 'json',
  enum: 'enum',
  binary: 'binary',
  varbinary: 'binary',
  tinyblob: 'binary',
  blob: 'binary',
  mediumblob: 'binary',
  longblob: 'binary',
  uuid: 'uuid',
};

function toColumn(row: Row, mariadb: boolean): Column {
  const dataType = text(row.dataType).toLowerCase();
  const nativeType = text(row.columnType);
  const type: ColumnType = /^tinyint\(1\)/i.test(nativeType) ? 'boolean' : TYPE_NAMES[dataType] ?? 'other';
  const extra = text(row.extra);
  const rawDefault = row.columnDefault;
  // MariaDB spells "DEFAULT NULL" as the unquoted word NULL (string literals come quoted).
  const defaultIsNull = rawDefault === null || rawDefault === undefined || (mariadb && rawDefault === 'NULL');
  const column: Column = {
    name: text(row.name),
    type,
    nativeType,
    nullable: text(row.nullable) === 'YES',
    hasDefault: !defaultIsNull || /DEFAULT_GENERATED/i.test(extra),
  };
  if (/auto_increment/i.test(extra)) column.generated = 'identity';
  else if (/\b(VIRTUAL|STORED|PERSISTENT) GENERATED\b/i.test(extra)) column.generated = 'computed';
  if (type === 'text' || type === 'binary') {
    const maxLength = optionalNumber(row.maxLength);
    if (maxLength !== undefined) column.maxLength = maxLength;
  }
  if (type === 'numeric') {
    const precision = optionalNumber(row.numericPrecision);
    const scale = optionalNumber(row.numericScale);
    if (precision !== undefined) column.precision = precision;
    if (scale !== undefined) column.scale = scale;
  }
  if (type === 'enum') column.enumValues = parseEnumValues(nativeType);
  if (!defaultIsNull) column.defaultExpression = text(rawDefault);
  if (row.charset !== null && row.charset !== undefined) column.charset = text(row.charset);
  return column;
}

/** enum('a','it''s') → ['a', "it's"] */
export function parseEnumValues(columnType: string): string[] {
  const values: string[] = [];
  const pattern = /'((?:[^'\\]|''|\\.)*)'/g;
  for (const match of columnType.matchAll(pattern)) {
    values.push((match[1] ?? '').replace(/''/g, "'").replace(/\\(.)/g, '$1'));
  }
  return values;
}
