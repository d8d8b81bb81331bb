// The fingerprint of a MySQL/MariaDB scratch database, read from information_schema. Columns
// present on one server only (MySQL's STATISTICS.EXPRESSION, MariaDB's IGNORED) are read with
// `SELECT *` so one query serves both.
import type { Engine } from '../../engines/engine.js';
import { digest } from './digest.js';
import { schemaObject as object, text as str, type SchemaObject } from './model.js';

type Rows = Record<string, unknown>[];

export async function fingerprintMysql(engine: Engine): Promise<SchemaObject[]> {
  const q = (sql: string) => engine.query(sql, [engine.database]) as Promise<Rows>;
  const tables = await q(`SELECT * FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?`);
  const columns = await q(`SELECT * FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?`);
  const statistics = await q(`SELECT * FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`);
  const foreignKeys = await q(
    `SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE
     FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r
       ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
     WHERE k.TABLE_SCHEMA = ? ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`,
  );
  const checks = await readChecks(engine);
  const views = await q(`SELECT * FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?`);
  const routines = await q(`SELECT * FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ?`);
  const parameters = await q(`SELECT * FROM information_schema.PARAMETERS WHERE SPECIFIC_SCHEMA = ? ORDER BY SPECIFIC_NAME, ORDINAL_POSITION`);
  const triggers = await q(`SELECT * FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?`);

  // A view's columns are in COLUMNS too; its definition already tells them.
  const baseTables = new Set(tables.filter((t) => t.TABLE_TYPE !== 'VIEW').map((t) => str(t.TABLE_NAME)));
  // Views spell every column `database`.`table`.`column`; the scratch database's name differs per run.
  const unqualify = (sql: string) => sql.split(`\`${engine.database}\`.`).join('');

  const objects: SchemaObject[] = [];
  for (const t of tables) {
    const name = str(t.TABLE_NAME);
    const type = str(t.TABLE_TYPE);
    if (type === 'VIEW') continue; // told with its definition below
    const word = type === 'SEQUENCE' ? 'sequence' : 'table';
    objects.push({
      ...object(word, `relation ${name}`, `${word} ${name}`, [name], {
        engine: t.ENGINE, collation: t.TABLE_COLLATION, comment: t.TABLE_COMMENT,
        // CREATE_OPTIONS carries partitioning and row format; AUTO_INCREMENT is data, not schema.
        options: str(t.CREATE_OPTIONS).replace(/\s*\bauto_increment=\d+/i, '').trim(),
      }),
      table: name,
    });
  }
  for (const c of columns) {
    const table = str(c.TABLE_NAME);
    if (!baseTables.has(table)) continue;
    const name = `${table}.${str(c.COLUMN_NAME)}`;
    const extra = str(c.EXTRA);
    const generation = str(c.GENERATION_EXPRESSION);
    objects.push({
      ...object('column', `column ${name}`, `column ${name}`, [table, str(c.COLUMN_NAME)], {
        type: c.COLUMN_TYPE,
        nullability: c.IS_NULLABLE === 'YES' ? 'nullable' : 'not null',
        // MariaDB spells "no default" on a nullable column as the word NULL.
        default: c.COLUMN_DEFAULT === 'NULL' || generation ? undefined : c.COLUMN_DEFAULT,
        generated: generation ? `always as (${generation}) ${/STORED|PERSISTENT/i.test(extra) ? 'stored' : 'virtual'}` : undefined,
        extra: extra.replace(/\b(DEFAULT_GENERATED|(VIRTUAL|STORED|PERSISTENT) GENERATED)\b/gi, '').trim(),
        'character set': c.CHARACTER_SET_NAME,
        collation: c.COLLATION_NAME,
        comment: c.COLUMN_COMMENT,
      }),
      table,
    });
  }
  for (const [key, parts] of groupBy(statistics, (s) => `${str(s.TABLE_NAME)}\u0000${str(s.INDEX_NAME)}`)) {
    const [table, name] = key.split('\u0000') as [string, string];
    const first = parts[0]!;
    // A part is a column (with a prefix length) or, on MySQL 8, an expression.
    const columnList = parts
      .map((p) => (p.COLUMN_NAME ? str(p.COLUMN_NAME) : `(${str(p.EXPRESSION)})`) + (p.SUB_PART ? `(${str(p.SUB_PART)})` : '') + (p.COLLATION === 'D' ? ' desc' : ''))
      .join(', ');
    const primary = name === 'PRIMARY';
    const label = primary ? `primary key on ${table}(${columnList})` : `index ${name} on ${table}(${columnList})`;
    objects.push({
      ...object(primary ? 'constraint' : 'index', `index ${table} ${name}`, label, [table, name], {
        columns: columnList,
        uniqueness: str(first.NON_UNIQUE) === '0' ? 'unique' : 'not unique',
        method: first.INDEX_TYPE,
        visibility: first.IS_VISIBLE === 'NO' || first.IGNORED === 'YES' ? 'invisible' : undefined,
        comment: first.INDEX_COMMENT,
      }),
      table,
    });
  }
  for (const [key, parts] of groupBy(foreignKeys, (f) => `${str(f.TABLE_NAME)}\u0000${str(f.CONSTRAINT_NAME)}`)) {
    const [table, name] = key.split('\u0000') as [string, string];
    const first = parts[0]!;
    const columnsList = parts.map((p) => str(p.COLUMN_NAME)).join(', ');
    const definition = `(${columnsList}) references ${str(first.REFERENCED_TABLE_NAME)}(${parts.map((p) => str(p.REFERENCED_COLUMN_NAME)).join(', ')})`;
    const generated = /_ibfk_\d+$/.test(name);
    objects.push({
      ...object('constraint', generated ? `constraint ${table} foreign key ${definition}` : `constraint ${table} ${name}`,
        `foreign key${generated ? '' : ` ${name}`} ${table}(${columnsList}) → ${str(first.REFERENCED_TABLE_NAME)}(${parts.map((p) => str(p.REFERENCED_COLUMN_NAME)).join(', ')})`,
        [table, name], { definition, 'on update': first.UPDATE_RULE, 'on delete': first.DELETE_RULE }),
      table,
    });
  }
  for (const c of checks) {
    const table = str(c.table);
    const name = str(c.name);
    const clause = str(c.clause);
    // MySQL names them <table>_chk_<n>, MariaDB CONSTRAINT_<n>; a column CHECK carries its column's name.
    const generated = /_chk_\d+$|^CONSTRAINT_\d+$/.test(name);
    objects.push({
      ...object('constraint', generated ? `constraint ${table} check ${clause}` : `constraint ${table} ${name}`,
        `check constraint${generated ? '' : ` ${name}`} on ${table} (${clause})`, [table, name], {
          definition: clause, enforcement: c.enforced === 'NO' ? 'not enforced' : undefined,
        }),
      table,
    });
  }
  for (const v of views) {
    const name = str(v.TABLE_NAME);
    objects.push(object('view', `relation ${name}`, `view ${name}`, [name], {
      definition: unqualify(str(v.VIEW_DEFINITION)), 'check option': v.CHECK_OPTION === 'NONE' ? undefined : v.CHECK_OPTION, security: v.SECURITY_TYPE,
    }));
  }
  const parametersOf = groupBy(parameters, (p) => `${str(p.ROUTINE_TYPE)} ${str(p.SPECIFIC_NAME)}`);
  for (const r of routines) {
    const word = str(r.ROUTINE_TYPE).toLowerCase();
    const name = str(r.ROUTINE_NAME);
    const args = (parametersOf.get(`${str(r.ROUTINE_TYPE)} ${str(r.SPECIFIC_NAME)}`) ?? [])
      .filter((p) => str(p.ORDINAL_POSITION) !== '0') // position 0 is a function's return value
      .map((p) => [p.PARAMETER_MODE, p.PARAMETER_NAME, p.DTD_IDENTIFIER].filter(Boolean).map(str).join(' '))
      .join(', ');
    objects.push(object('function', `function ${name}`, `${word} ${name}(${args})`, [name], {
      arguments: args,
      returns: r.DTD_IDENTIFIER,
      deterministic: r.IS_DETERMINISTIC === 'YES' ? 'deterministic' : 'not deterministic',
      'data access': r.SQL_DATA_ACCESS,
      security: r.SECURITY_TYPE,
      body: digest(unqualify(str(r.ROUTINE_DEFINITION))),
      comment: r.ROUTINE_COMMENT,
    }));
  }
  for (const t of triggers) {
    const table = str(t.EVENT_OBJECT_TABLE);
    const name = str(t.TRIGGER_NAME);
    objects.push({
      ...object('trigger', `trigger ${table} ${name}`, `trigger ${name} on ${table}`, [name, table], {
        event: `${str(t.ACTION_TIMING)} ${str(t.EVENT_MANIPULATION)}`.toLowerCase(),
        order: t.ACTION_ORDER,
        body: digest(unqualify(str(t.ACTION_STATEMENT))),
      }),
      table,
    });
  }
  return objects;
}

// MariaDB's CHECK_CONSTRAINTS has TABLE_NAME (its names are per table); MySQL 8's needs
// TABLE_CONSTRAINTS for it, and has ENFORCED there. Servers without CHECK support have neither.
async function readChecks(engine: Engine): Promise<{ table: unknown; name: unknown; clause: unknown; enforced?: unknown }[]> {
  const mariadb = engine.info.name === 'mariadb';
  const sql = mariadb
    ? `SELECT TABLE_NAME AS \`table\`, CONSTRAINT_NAME AS name, CHECK_CLAUSE AS clause FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ?`
    : `SELECT t.TABLE_NAME AS \`table\`, c.CONSTRAINT_NAME AS name, c.CHECK_CLAUSE AS clause, t.ENFORCED AS enforced
       FROM information_schema.CHECK_CONSTRAINTS c JOIN information_schema.TABLE_CONSTRAINTS t
         ON t.CONSTRAINT_SCHEMA = c.CONSTRAINT_SCHEMA AND t.CONSTRAINT_NAME = c.CONSTRAINT_NAME AND t.CONSTRAINT_TYPE = 'CHECK'
       WHERE c.CONSTRAINT_SCHEMA = ?`;
  try {
    return await engine.query(sql, [engine.database]);
  } catch (error) {
    if (engine.describeError(error).kind === 'undefined-object') return [];
    throw error;
  }
}

function groupBy(rows: Rows, keyOf: (row: Record<string, unknown>) => string): Map<string, Rows> {
  const groups = new Map<string, Rows>();
  for (const row of rows) {
    const key = keyOf(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}
