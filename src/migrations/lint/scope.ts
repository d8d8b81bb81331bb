// What a rule sees besides the statement: the server, whether a transaction is open, which
// tables existed before the pull request, and what earlier statements of the batch did.
import type { MigrationFile } from '../formats/index.js';
import type { MigrationRuleId } from './catalogue.js';
import type { SqlText } from './sql-shape.js';

export type ServerName = 'postgresql' | 'pglite' | 'mysql' | 'mariadb';
export type Version = [number, number, number];

export interface LintStatement {
  sql: SqlText;
  /** 1-based line in the migration file. */
  line: number;
}

export interface Hit {
  rule: MigrationRuleId;
  message: string;
  /** The table (or other object) the hit is about; part of the finding's stable subject. */
  object?: string;
}

/** Facts the whole batch of added migrations accumulates, in order. */
export interface BatchState {
  /** Tables that existed before the batch and still do (renames followed). */
  existing: Set<string>;
  /** table → column → canonical type, where known. */
  columns: Map<string, Map<string, string>>;
  /** `table.column` pairs proved NOT NULL by a validated CHECK (col IS NOT NULL). */
  notNullChecks: Map<string, { constraint: string; validated: boolean }>;
  /** Constraints added NOT VALID: name → the migration and transaction that added them. */
  notValid: Map<string, { migration: string; transaction: number }>;
  /** Indexes created by the batch (dropping them again is harmless). */
  indexes: Set<string>;
}

/** Facts about the migration being read. */
export interface MigrationState {
  file: MigrationFile;
  /** The tool wraps the file in a transaction (or an explicit BEGIN is open). */
  inTransaction: boolean;
  /** Counts transactions so "the same transaction" can be told apart. */
  transaction: number;
  lockTimeout: boolean;
  lockTimeoutReported: boolean;
  /** The statement that took ACCESS EXCLUSIVE on an existing table in the open transaction. */
  accessExclusive?: { head: string; line: number; table: string } | undefined;
  accessExclusiveReported: boolean;
  alterCounts: Map<string, number>;
}

export interface Scope {
  dialect: 'postgres' | 'mysql';
  server: { name: ServerName; version: Version };
  batch: BatchState;
  migration: MigrationState;
}

export const isExisting = (scope: Scope, table: string): boolean => scope.batch.existing.has(table);
export const columnType = (scope: Scope, table: string, column: string): string | undefined => scope.batch.columns.get(table)?.get(column);
