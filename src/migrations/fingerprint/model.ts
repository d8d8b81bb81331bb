// What a schema fingerprint is made of, shared by the readers (postgres.ts, mysql.ts) and the diff.
import type { Dialect } from '../../engines/engine.js';

export type SchemaObjectKind =
  | 'schema' | 'extension' | 'table' | 'column' | 'index' | 'constraint' | 'view'
  | 'sequence' | 'function' | 'trigger' | 'type' | 'policy';

export interface SchemaObject {
  kind: SchemaObjectKind;
  /**
   * Identity across two fingerprints: the object's name, or for a constraint the engine named
   * itself, its definition (so the engine's choice of name is never reported as a change).
   */
  key: string;
  /** How a sentence names it: "index orders_customer_id_idx on orders(customer_id)". */
  label: string;
  /** The table it belongs to, if any. */
  table?: string;
  /** Words the SQL that made it would contain (table, column, index names), to find that statement. */
  names: string[];
  /** Compared one by one; a property that is absent means "none". */
  properties: Record<string, string>;
}

export interface SchemaFingerprint {
  dialect: Dialect;
  /** Sorted by key. */
  objects: SchemaObject[];
}

/**
 * Tables the migration tools keep their own bookkeeping in: their rows change with every
 * migration and their shape is the tool's business, so they are left out of the fingerprint.
 */
export const BOOKKEEPING_TABLES: ReadonlySet<string> = new Set([
  'schema_migrations', // golang-migrate, dbmate, Rails
  'flyway_schema_history',
  'goose_db_version',
  '_prisma_migrations',
  'knex_migrations',
  'knex_migrations_lock',
  'alembic_version',
  '__drizzle_migrations',
]);

/** Schemas that belong to a migration tool as a whole (sqitch's registry). */
export const BOOKKEEPING_SCHEMAS: ReadonlySet<string> = new Set(['sqitch']);

/** Builds an object, leaving out properties that are null or empty (they mean "none"). */
export function schemaObject(kind: SchemaObjectKind, key: string, label: string, names: string[], properties: Record<string, unknown>): SchemaObject {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(properties)) {
    if (value !== null && value !== undefined && value !== '') kept[name] = text(value);
  }
  return { kind, key, label, names, properties: kept };
}

/** A catalog value as text (drivers return numbers, bigints, Buffers). */
export function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Buffer.isBuffer(value)) return value.toString('utf8');
  return String(value);
}
