// What every format turns a migration into: the SQL the tool would run, in the tool's order,
// with what the tool needs to keep its own bookkeeping table.
import type { Statement } from '../statements.js';

export const MIGRATION_FORMATS = ['plain', 'golang-migrate', 'goose', 'flyway', 'dbmate', 'prisma', 'sqitch'] as const;
export type MigrationFormat = (typeof MIGRATION_FORMATS)[number];

export interface MigrationFile {
  format: MigrationFormat;
  /**
   * The version as the tool writes and stores it: '0003', '20240101120000', Flyway's '1.10'
   * (`_` read as `.`), sqitch's change name; '' for a Flyway repeatable migration.
   */
  version: string;
  /**
   * The tool's order: numeric parts compared in turn (Flyway 1.10 after 1.9, golang-migrate
   * 10 after 9); sqitch's position in the plan. Compare with `compareMigrations`.
   */
  sortKey: readonly bigint[];
  /** The file's name (sqitch: the change's name; Prisma: the migration's folder). */
  name: string;
  /** Absolute path; reports show it relative to the working directory. */
  file: string;
  /**
   * The up SQL only, as the tool would run it (placeholders replaced). A format's other
   * sections are blanked to empty lines, so line numbers still match the file.
   */
  sql: string;
  /**
   * The statements, when the format decides where statements end (goose StatementBegin/End
   * keeps a block whole); apply splits `sql` itself when absent.
   */
  statements?: Statement[];
  /** The way back, where the convention has one (golang-migrate .down.sql, dbmate migrate:down, Flyway U…, sqitch revert/). */
  down?: { file: string; sql: string; statements?: Statement[] };
  /** False when the tool runs this migration outside a transaction (dbmate transaction:false, goose NO TRANSACTION, sqitch). */
  transaction?: boolean;
  /** Flyway R__: applied after every versioned migration, in description order. */
  repeatable?: boolean;
  /** The description the tool records (Flyway: `add_users` → 'add users'). */
  description?: string;
  /** The checksum the tool records: Flyway's CRC32, Prisma's SHA-256, sqitch's script SHA-1. */
  checksum?: string;
  /** sqitch verify/: run after the change deploys; an error there fails the migration. */
  verify?: { file: string; sql: string };
  /** sqitch: the plan's details the registry records. */
  sqitch?: SqitchChange;
}

export interface SqitchChange {
  project: string;
  uri?: string;
  changeId: string;
  requires: string[];
  conflicts: string[];
  /** Tags placed right after this change in the plan. */
  tags: { name: string; id: string; note: string; plannedAt: string; plannerName: string; plannerEmail: string }[];
  note: string;
  plannedAt: string;
  plannerName: string;
  plannerEmail: string;
}

/** The tool's order; a Flyway repeatable migration after every versioned one, by description. */
export function compareMigrations(a: MigrationFile, b: MigrationFile): number {
  if (a.repeatable !== b.repeatable) return a.repeatable ? 1 : -1;
  if (a.repeatable) return compareText(a.description ?? a.name, b.description ?? b.name);
  const length = Math.max(a.sortKey.length, b.sortKey.length);
  for (let i = 0; i < length; i++) {
    const x = a.sortKey[i] ?? 0n;
    const y = b.sortKey[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Code-point order, as Go and Java sort strings (not the locale's). */
export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A file Sluice found but the convention does not let it run (goose and custom .go migrations). */
export interface UnrunFile {
  file: string;
  reason: string;
}

/** What discovery found in a migrations folder. */
export interface MigrationDiscovery {
  format: MigrationFormat;
  /** True when the format was detected rather than named in migrations.format. */
  detected: boolean;
  /** In the order the tool applies them. */
  files: MigrationFile[];
  /** Files that change production's schema but that Sluice cannot run: the report must say so. */
  unrun: UnrunFile[];
  /** Problems that do not stop the run (a missing or mismatched down), for the report. */
  warnings: { file: string; message: string }[];
}
