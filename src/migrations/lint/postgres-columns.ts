// PostgreSQL rules about columns: additions that rewrite the table or fail on existing rows,
// type changes that rewrite, SET NOT NULL that scans, and type choices that are costly to
// change later (notices, for new columns only).
import { addedColumn, alterTable, atLeast, columnDefault, columnDefinition, createTable, has, match, NAME, objectName, slice, typeLength, type ColumnDefinition, type SqlText } from './sql-shape.js';
import { columnType, isExisting, type Hit, type LintStatement, type Scope } from './scope.js';

const VOLATILE = new Set(['random', 'clock_timestamp', 'timeofday', 'gen_random_uuid', 'uuid_generate_v1', 'uuid_generate_v1mc', 'uuid_generate_v4', 'uuidv4', 'uuidv7', 'nextval', 'setval', 'txid_current', 'gen_random_bytes', 'random_normal']);
// Functions known not to be volatile; a user-defined function is VOLATILE unless declared otherwise.
const NOT_VOLATILE = new Set([
  'now', 'transaction_timestamp', 'statement_timestamp', 'current_date', 'current_timestamp', 'localtimestamp', 'current_user', 'current_setting', 'lower', 'upper',
  'coalesce', 'nullif', 'greatest', 'least', 'concat', 'length', 'trim', 'replace', 'substring', 'cast', 'array', 'row', 'to_jsonb', 'to_json', 'jsonb_build_object',
  'json_build_object', 'jsonb_build_array', 'json_build_array', 'make_interval', 'make_date', 'date_trunc', 'timezone', 'to_timestamp', 'to_char', 'to_date', 'abs', 'round', 'interval',
  'extract', 'date_part', 'md5', 'array_fill', 'string_to_array', 'int4range', 'int8range', 'tstzrange', 'daterange', 'numrange', 'point', 'inet', 'uuid',
]);

/** The first function call in a default that may be volatile, or undefined. */
export function volatileCall(expression: SqlText): string | undefined {
  for (const found of expression.masked.matchAll(/(::\s*)?\b([a-z_][\w.]*)\s*\(/gi)) {
    if (found[1]) continue; // ::varchar(10) is a cast
    const name = found[2]!.toLowerCase().replace(/^(?:pg_catalog|public)\./, '');
    if (VOLATILE.has(name) || !NOT_VOLATILE.has(name)) return name;
  }
  return undefined;
}

const isSerial = (c: ColumnDefinition) => /^(?:small|big)?serial\b/.test(c.canonical);
const isIdentity = (c: ColumnDefinition) => has(c.rest, '\\bgenerated\\s+(?:always|by\\s+default)\\s+as\\s+identity\\b');
const isStoredGenerated = (c: ColumnDefinition) => has(c.rest, '\\bgenerated\\s+always\\s+as\\s*\\([\\s\\S]*\\)\\s*stored\\b');

function addColumnRules(table: string, column: ColumnDefinition, scope: Scope): Hit[] {
  const hits: Hit[] = [];
  const where = `ADD COLUMN ${column.name} on existing table ${table}`;
  const object = table;
  const fallback = columnDefault(column.rest);
  const defaultValue = fallback && !/^null\s*$/i.test(fallback.masked.trim()) ? fallback : undefined;
  if (isStoredGenerated(column)) hits.push({ rule: 'stored-generated-column', object, message: `${where} is a STORED generated column: every row is computed and the table rewritten under an ACCESS EXCLUSIVE lock.` });
  else if (isSerial(column) || isIdentity(column)) hits.push({ rule: 'serial-column-on-existing-table', object, message: `${where} is ${isSerial(column) ? column.type : 'an identity column'}: every row gets a value, a table rewrite under an ACCESS EXCLUSIVE lock.` });
  else if (has(column.rest, '\\bnot\\s+null\\b') && !defaultValue) hits.push({ rule: 'not-null-column-without-default', object, message: `${where} is NOT NULL without a DEFAULT: it fails as soon as the table has rows.` });
  if (defaultValue && !atLeast(scope.server.version, 11)) {
    hits.push({ rule: 'default-rewrites-before-pg11', object, message: `${where} with DEFAULT ${defaultValue.text.trim()} rewrites the table on PostgreSQL ${scope.server.version[0]} (free only from 11).` });
  } else if (defaultValue) {
    const call = volatileCall(defaultValue);
    if (call) hits.push({ rule: 'volatile-default', object, message: `${where} with volatile DEFAULT ${defaultValue.text.trim()} (${call}() ${VOLATILE.has(call) ? 'is volatile' : 'is assumed volatile'}) rewrites the table under an ACCESS EXCLUSIVE lock.` });
  }
  if (has(column.rest, '\\bprimary\\s+key\\b')) hits.push({ rule: 'primary-key-without-index', object, message: `${where} with an inline PRIMARY KEY builds its index under an ACCESS EXCLUSIVE lock.` });
  else if (has(column.rest, '\\bunique\\b')) hits.push({ rule: 'unique-constraint-without-index', object, message: `${where} with an inline UNIQUE builds its index under an ACCESS EXCLUSIVE lock.` });
  return hits;
}

/** A type change PostgreSQL does without rewriting: binary-compatible widenings. */
function typeChangeIsFree(from: string, to: string): boolean {
  if (from === to) return true;
  const [fromBase, toBase] = [from.replace(/\(.*$/, ''), to.replace(/\(.*$/, '')];
  const [fromLength, toLength] = [typeLength(from), typeLength(to)];
  if ((fromBase === 'varchar' || fromBase === 'text') && (to === 'text' || to === 'varchar')) return true;
  if (fromBase === 'varchar' && toBase === 'varchar' && fromLength !== undefined && toLength !== undefined) return toLength >= fromLength;
  if (fromBase === 'varbit' && toBase === 'varbit') return toLength === undefined || (fromLength !== undefined && toLength >= fromLength);
  if (fromBase === 'numeric' && toBase === 'numeric') {
    if (to === 'numeric') return true;
    const [p1, s1] = (/\((\d+)(?:,(\d+))?\)/.exec(from) ?? []).slice(1).map(Number);
    const [p2, s2] = (/\((\d+)(?:,(\d+))?\)/.exec(to) ?? []).slice(1).map(Number);
    return p1 !== undefined && p2 !== undefined && (s1 || 0) === (s2 || 0) && p2 >= p1;
  }
  return from === 'cidr' && to === 'inet';
}

/** New types that may be a free widening when the old type is unknown: no guess, the lock trace tells. */
const MAYBE_FREE = /^(?:text|varchar|numeric|varbit|inet)\b/;

function preferenceRules(table: string, column: ColumnDefinition): Hit[] {
  const hits: Hit[] = [];
  const object = `${table}.${column.name}`;
  const keyLike = column.name === 'id' || column.name.endsWith('_id') || has(column.rest, '\\b(?:primary\\s+key|references)\\b') || isIdentity(column);
  if (/^(?:integer|smallint|serial|smallserial)$/.test(column.canonical) && keyLike) hits.push({ rule: 'prefer-bigint', object, message: `Column ${object} is ${column.type}: a 32-bit key runs out at 2.1 billion and widening it later rewrites the table.` });
  if (isSerial(column)) hits.push({ rule: 'prefer-identity', object, message: `Column ${object} is ${column.type}; an identity column is simpler to own and dump.` });
  if (/^(?:varchar\(|char(?:\(|$))/.test(column.canonical)) hits.push({ rule: 'prefer-text', object, message: `Column ${object} is ${column.type}; text with a CHECK on length is cheaper to change later.` });
  if (/^timestamp(?:\(\d+\))?$/.test(column.canonical)) hits.push({ rule: 'prefer-timestamptz', object, message: `Column ${object} is ${column.type} (without time zone); use timestamptz.` });
  if (column.canonical === 'json') hits.push({ rule: 'prefer-jsonb', object, message: `Column ${object} is json; use jsonb.` });
  return hits;
}

export function postgresColumnRules(statement: LintStatement, scope: Scope): Hit[] {
  const { sql } = statement;
  const hits: Hit[] = [];
  const created = createTable(sql);
  if (created) for (const column of created.columns) hits.push(...preferenceRules(created.table, column));

  const alter = alterTable(sql);
  if (!alter) return hits;
  const existing = isExisting(scope, alter.table);
  for (const action of alter.actions) {
    const added = addedColumn(action);
    if (added) {
      hits.push(...preferenceRules(alter.table, added));
      if (existing) hits.push(...addColumnRules(alter.table, added, scope));
      continue;
    }
    if (!existing) continue;
    const typeChange = new RegExp(`^alter\\s+(?:column\\s+)?(${NAME})\\s+(?:set\\s+data\\s+)?type\\s+`, 'id').exec(action.masked);
    if (typeChange) {
      const span = typeChange.indices![1]!;
      const column = objectName(action.text.slice(span[0], span[1]));
      const typeText = slice(action, typeChange[0].length);
      const target = columnDefinition({ text: `x ${typeText.text}`, masked: `x ${typeText.masked}` });
      if (!target) continue;
      const from = columnType(scope, alter.table, column);
      const using = has(typeText, '\\busing\\b');
      const free = from ? typeChangeIsFree(from, target.canonical) && !using : MAYBE_FREE.test(target.canonical) && !using;
      if (!free) {
        hits.push({ rule: 'type-change-rewrites', object: alter.table, message: `ALTER COLUMN ${column} TYPE ${target.type}${from ? ` (from ${from})` : ''} on existing table ${alter.table} rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.` });
      }
      continue;
    }
    const setNotNull = match(action, `^alter\\s+(?:column\\s+)?(${NAME})\\s+set\\s+not\\s+null\\b`);
    if (setNotNull) {
      const column = objectName(setNotNull[1]!);
      const check = scope.batch.notNullChecks.get(`${alter.table}.${column}`);
      const pg12 = atLeast(scope.server.version, 12);
      if (!pg12 || !check?.validated) {
        const why = !pg12
          ? `PostgreSQL ${scope.server.version[0]} cannot use a CHECK constraint to skip the scan (12+ can); consider keeping a validated CHECK (${column} IS NOT NULL) instead`
          : check
            ? `CHECK ${check.constraint} is not validated yet; VALIDATE it in an earlier migration`
            : `add CHECK (${column} IS NOT NULL) NOT VALID and VALIDATE it first`;
        hits.push({ rule: 'set-not-null-without-check', object: alter.table, message: `ALTER COLUMN ${column} SET NOT NULL on existing table ${alter.table} scans every row under an ACCESS EXCLUSIVE lock; ${why}.` });
      }
    }
  }
  return hits;
}
