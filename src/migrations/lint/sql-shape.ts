// The few statement shapes the rules read, found by regexes over masked SQL (comments, strings
// and quoted names blanked to spaces, same length) so a keyword inside a string or comment never
// matches; names and literals are then cut from the original text at the same offsets.
import type { Dialect } from '../../engines/engine.js';
import { maskSql } from '../statements.js';

export interface SqlText {
  /** As written. */
  text: string;
  /** Same length, comments/strings/quoted names blanked. */
  masked: string;
}

const IDENT = '(?:"[^"]*"|`[^`]*`|[A-Za-z_\\u0080-\\uffff][\\w$\\u0080-\\uffff]*)';
/** A possibly schema-qualified name. */
export const QNAME = `${IDENT}(?:\\s*\\.\\s*${IDENT}){0,2}`;
export const NAME = IDENT;

export const sqlText = (text: string, dialect: Dialect): SqlText => ({ text, masked: maskSql(text, dialect) });

/** Matches `pattern` (a regex source, case-insensitive) on the masked text; groups come back as written. */
export function match(sql: SqlText, pattern: string): string[] | undefined {
  const found = new RegExp(pattern, 'id').exec(sql.masked);
  if (!found) return undefined;
  return found.indices!.map((span) => (span ? sql.text.slice(span[0], span[1]) : ''));
}

export const has = (sql: SqlText, pattern: string): boolean => new RegExp(pattern, 'i').test(sql.masked);

/** The part of `sql` from `from` to `to`, both views. */
export const slice = (sql: SqlText, from: number, to = sql.text.length): SqlText => ({ text: sql.text.slice(from, to), masked: sql.masked.slice(from, to) });

/** The object's own name: schema dropped, quotes removed, unquoted names folded to lower case. */
export function objectName(written: string): string {
  const parts = written.match(new RegExp(IDENT, 'g')) ?? [written];
  const last = parts[parts.length - 1]!.trim();
  return /^["`]/.test(last) ? last.slice(1, -1) : last.toLowerCase();
}

/** Splits at commas outside parentheses (ALTER TABLE actions, column lists). */
export function splitTopLevel(sql: SqlText): SqlText[] {
  const parts: SqlText[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sql.masked.length; i++) {
    const c = sql.masked[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(trimmed(slice(sql, start, i)));
      start = i + 1;
    }
  }
  parts.push(trimmed(slice(sql, start)));
  return parts.filter((p) => p.text.length > 0);
}

function trimmed(sql: SqlText): SqlText {
  const lead = sql.masked.length - sql.masked.trimStart().length;
  const end = sql.masked.trimEnd().length;
  return slice(sql, lead, Math.max(lead, end));
}

export interface AlterTable {
  table: string;
  actions: SqlText[];
}

/** `ALTER TABLE [IF EXISTS] [ONLY] name action, action …` (MySQL's ONLINE/IGNORE too). */
export function alterTable(sql: SqlText): AlterTable | undefined {
  const head = new RegExp(`^alter\\s+(?:online\\s+|ignore\\s+)*table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?(${QNAME})\\s*\\*?\\s*`, 'id').exec(sql.masked);
  if (!head) return undefined;
  const span = head.indices![1]!;
  const body = slice(sql, head[0].length).masked.replace(/;\s*$/, '');
  return { table: objectName(sql.text.slice(span[0], span[1])), actions: splitTopLevel(slice(sql, head[0].length, head[0].length + body.length)) };
}

export interface ColumnDefinition {
  name: string;
  /** The type as written (`varchar(100)`, `enum('a','b')`), and normalized (see canonicalType). */
  type: string;
  canonical: string;
  /** Everything after the type: constraints, default, generated … (both views). */
  rest: SqlText;
}

const TYPE =
  '(?:double\\s+precision|character\\s+varying|bit\\s+varying|national\\s+char(?:acter)?|(?:timestamp|time)\\b(?:\\s*\\(\\s*\\d+\\s*\\))?(?:\\s+with(?:out)?\\s+time\\s+zone)?|' +
  `${IDENT}(?:\\s*\\.\\s*${IDENT})?)(?:\\s*\\([^)]*\\))?(?:\\s+unsigned)?(?:\\s*\\[\\s*\\d*\\s*\\])*`;

/** `name type rest`, as in CREATE TABLE, ADD COLUMN, MODIFY. */
export function columnDefinition(sql: SqlText): ColumnDefinition | undefined {
  const found = new RegExp(`^(${IDENT})\\s+(${TYPE})`, 'id').exec(sql.masked);
  if (!found) return undefined;
  const [nameSpan, typeSpan] = [found.indices![1]!, found.indices![2]!];
  const type = sql.text.slice(typeSpan[0], typeSpan[1]);
  return { name: objectName(sql.text.slice(nameSpan[0], nameSpan[1])), type, canonical: canonicalType(type), rest: slice(sql, found[0].length) };
}

const ALIASES: Record<string, string> = {
  int: 'integer', int4: 'integer', integer: 'integer', int8: 'bigint', bigint: 'bigint', int2: 'smallint', smallint: 'smallint',
  serial: 'serial', serial4: 'serial', bigserial: 'bigserial', serial8: 'bigserial', smallserial: 'smallserial', serial2: 'smallserial',
  'character varying': 'varchar', varchar: 'varchar', character: 'char', char: 'char', bpchar: 'char', decimal: 'numeric', numeric: 'numeric',
  'timestamp without time zone': 'timestamp', timestamp: 'timestamp', 'timestamp with time zone': 'timestamptz', timestamptz: 'timestamptz',
  'time without time zone': 'time', 'time with time zone': 'timetz', float8: 'double precision', float4: 'real', bool: 'boolean',
};

/** Lower case, aliases folded (int4 → integer, character varying → varchar), MySQL display widths dropped; the typmod kept. */
export function canonicalType(written: string): string {
  let type = written.trim().replace(/\s+/g, ' ');
  const quoted = type.match(/'(?:[^']|'')*'/g) ?? [];
  type = type.replace(/'(?:[^']|'')*'/g, '\u0000').toLowerCase();
  type = type.replace(/^[\w$]+\./, '');
  // timestamp(3) with time zone → timestamptz(3)
  const zone = /^(timestamp|time)\s*(\(\s*\d+\s*\))?\s+(with(?:out)? time zone)(.*)$/.exec(type);
  if (zone) type = `${ALIASES[`${zone[1]} ${zone[3]}`]}${(zone[2] ?? '').replace(/\s/g, '')}${zone[4]}`;
  const base = /^([a-z_][\w ]*?)\s*(\(.*\))?(\s+unsigned)?((?:\s*\[\s*\d*\s*\])*)$/.exec(type);
  if (base) {
    const name = ALIASES[base[1]!] ?? base[1]!;
    const integerWidth = /^(?:tiny|small|medium|big)?int(?:eger)?$|^integer$|^bigint$|^smallint$/.test(name);
    const args = integerWidth ? '' : (base[2] ?? '').replace(/\s+/g, '');
    type = `${name}${args}${base[3] ? ' unsigned' : ''}${base[4]!.replace(/\s/g, '')}`;
  }
  let next = 0;
  return type.replace(/\u0000/g, () => quoted[next++]!);
}

/** `varchar(100)` → 100; undefined without a length. */
export const typeLength = (canonical: string): number | undefined => {
  const found = /^\w+\((\d+)\)/.exec(canonical);
  return found ? Number(found[1]) : undefined;
};

/** The quoted values of an ENUM/SET type, in order. */
export const enumValues = (canonical: string): string[] => (canonical.match(/'(?:[^']|'')*'/g) ?? []).map((v) => v.slice(1, -1).replace(/''/g, "'"));

/** Parsed server version, e.g. "16.4", "8.0.36", "10.11.6-MariaDB-1" → [16, 4, 0]. Unknown → a far future version (no version-based findings). */
export function parseVersion(version: string): [number, number, number] {
  const found = /(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(version);
  if (!found) return [999, 0, 0];
  return [Number(found[1]), Number(found[2] ?? 0), Number(found[3] ?? 0)];
}

export const atLeast = (version: [number, number, number], major: number, minor = 0, patch = 0): boolean =>
  version[0] !== major ? version[0] > major : version[1] !== minor ? version[1] > minor : version[2] >= patch;

const KEYWORDS = /^(?:create|alter|drop|table|index|unique|concurrently|if|not|exists|truncate|cluster|vacuum|full|reindex|lock|refresh|materialized|view|rename|optimize|type|begin|commit|end|rollback|start|transaction|domain|set|only|database|trigger|online|ignore|add|value)$/i;

/** The statement's first words, keywords in upper case, for messages: `CREATE INDEX orders_customer_id_idx`. */
export function statementHead(sql: SqlText): string {
  const words = sql.text.trim().split(/[\s(;]+/).slice(0, 3);
  return words.map((w) => (KEYWORDS.test(w) ? w.toUpperCase() : w)).join(' ');
}

const NOT_A_COLUMN = '(?:constraint|primary|unique|foreign|check|exclude|index|key|fulltext|spatial|partition|period|like)\\b';

/** The column an `ADD [COLUMN] …` action adds, if it is one. */
export function addedColumn(action: SqlText): ColumnDefinition | undefined {
  const head = /^add\s+(column\s+)?(?:if\s+not\s+exists\s+)?/i.exec(action.masked);
  if (!head) return undefined;
  if (!head[1] && new RegExp(`^${NOT_A_COLUMN}`, 'i').test(action.masked.slice(head[0].length))) return undefined;
  return columnDefinition(slice(action, head[0].length));
}

export interface CreateTable {
  table: string;
  ifNotExists: boolean;
  columns: ColumnDefinition[];
}

/** `CREATE [TEMP|UNLOGGED] TABLE [IF NOT EXISTS] name (…)`; `AS SELECT` and `LIKE` forms give no columns. */
export function createTable(sql: SqlText): CreateTable | undefined {
  const head = new RegExp(`^create\\s+(?:or\\s+replace\\s+)?(?:(?:global|local)\\s+)?(?:temp(?:orary)?\\s+|unlogged\\s+)?table\\s+(if\\s+not\\s+exists\\s+)?(${QNAME})\\s*`, 'id').exec(sql.masked);
  if (!head) return undefined;
  const span = head.indices![2]!;
  const table = objectName(sql.text.slice(span[0], span[1]));
  const columns: ColumnDefinition[] = [];
  const open = head[0].length;
  if (sql.masked[open] === '(') {
    let depth = 0;
    let close = open;
    for (; close < sql.masked.length; close++) {
      if (sql.masked[close] === '(') depth++;
      else if (sql.masked[close] === ')' && --depth === 0) break;
    }
    for (const element of splitTopLevel(slice(sql, open + 1, close))) {
      if (new RegExp(`^${NOT_A_COLUMN}`, 'i').test(element.masked)) continue;
      const column = columnDefinition(element);
      if (column) columns.push(column);
    }
  }
  return { table, ifNotExists: Boolean(head[1]), columns };
}

/** The DEFAULT expression in a column definition's tail, up to the next column constraint. */
export function columnDefault(rest: SqlText): SqlText | undefined {
  const found = /\bdefault\b\s*/i.exec(rest.masked);
  if (!found) return undefined;
  const start = found.index + found[0].length;
  let depth = 0;
  for (let i = start; i < rest.masked.length; i++) {
    const c = rest.masked[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && /\s/.test(c) && /^\s+(?:not\s+null|null|constraint|check|references|unique|primary|generated|collate|on\s+update|comment|auto_increment)\b/i.test(rest.masked.slice(i))) {
      return slice(rest, start, i);
    }
  }
  return slice(rest, start);
}
