// What every schema rule is made of, and the SQL helpers their fixes share.
import type { Dialect, Engine, Schema, ServerInfo, Table } from '../../engines/engine.js';
import type { SchemaLocator } from '../../migrations/locate/index.js';
import type { Location, Severity } from '../../vocabulary.js';

export type NamingStyle = 'snake_case' | 'camelCase' | 'PascalCase' | 'lowercase' | { pattern: string };

export interface NamingConventions {
  tables?: NamingStyle | undefined;
  columns?: NamingStyle | undefined;
  indexes?: NamingStyle | undefined;
  constraints?: NamingStyle | undefined;
}

export interface RuleContext {
  schema: Schema;
  server: ServerInfo;
  locator: SchemaLocator;
  /** The scratch database the schema came from, for planner questions; absent in pure tests. */
  engine?: Engine | undefined;
  /** Rows the table will hold: production.rows where given, else the seeded data.rows. */
  rows(table: string): number | undefined;
  naming: NamingConventions;
}

/** One problem a rule found; the rule's id, severity and help are added by checkSchema. */
export interface RuleHit {
  /** Stable text naming the object, e.g. `table orders` (tells new findings from existing ones). */
  subject: string;
  message: string;
  location?: Location | undefined;
  /** SQL that fixes it as written (statements separated by `;\n`), where the fix is mechanical. */
  fix?: string;
}

export interface SchemaRule {
  id: string;
  severity: Severity;
  /** Why the rule exists and how to fix it: shown as help under the finding. */
  help: string;
  /** Also run on PostgreSQL partitions (their own foreign keys and indexes). */
  partitions?: boolean;
  check(table: Table, context: RuleContext): RuleHit[] | Promise<RuleHit[]>;
}

// ---- SQL for fixes -------------------------------------------------------------------------

// Words that cannot be used as a bare name in one engine or the other (the common ones; a
// name outside this list that is not plain lower case is quoted anyway).
const RESERVED = new Set(
  ('all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create ' +
    'current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc ' +
    'distinct do else end except false fetch for foreign from grant group having in initially intersect into key ' +
    'index lateral leading limit localtime localtimestamp not null offset on only or order placing primary references ' +
    'returning select session_user some symmetric table then to trailing true union unique user using variadic when ' +
    'where window with range rank rows interval condition delete update insert change match release replace').split(' '),
);

/** A name as the engine needs it written: bare when that is safe, quoted otherwise. */
export function quoteName(name: string, dialect: Dialect): string {
  if (dialect === 'postgres') {
    return /^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
  }
  return /^[A-Za-z_][A-Za-z0-9_$]*$/.test(name) && !RESERVED.has(name.toLowerCase()) ? name : `\`${name.replace(/`/g, '``')}\``;
}

/** `schema.table` or `table`, each part quoted as needed. */
export const quoteTable = (name: string, dialect: Dialect): string =>
  name.split('.').map((part) => quoteName(part, dialect)).join('.');

export const quoteColumns = (columns: string[], dialect: Dialect): string => columns.map((c) => quoteName(c, dialect)).join(', ');

/** A new index's name: table_columns_idx, cut to the engine's limit (63 bytes PostgreSQL, 64 MySQL). */
export function indexName(table: string, columns: string[], dialect: Dialect): string {
  const name = `${table.split('.').pop()}_${columns.join('_')}_idx`;
  return name.slice(0, dialect === 'postgres' ? 63 : 64);
}

/** `schema.index` for an index of a table outside the default schema (PostgreSQL names indexes per schema). */
export function qualifiedIndex(table: string, index: string, dialect: Dialect): string {
  const parts = table.split('.');
  return parts.length > 1 ? `${quoteName(parts[0]!, dialect)}.${quoteName(index, dialect)}` : quoteName(index, dialect);
}

/** DROP INDEX in the engine's spelling; CONCURRENTLY on PostgreSQL so writes go on. */
export const dropIndexSql = (table: string, index: string, dialect: Dialect): string =>
  dialect === 'postgres'
    ? `DROP INDEX CONCURRENTLY ${qualifiedIndex(table, index, dialect)}`
    : `DROP INDEX ${quoteName(index, dialect)} ON ${quoteTable(table, dialect)}`;

/** Words of a name, whatever its style: orderTotal, order_total, OrderTotal → order, total. */
export const nameWords = (name: string): string[] =>
  name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
