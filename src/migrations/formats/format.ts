// What a format module provides: how it reads a folder, and how its tool keeps its bookkeeping
// table (created before the first migration, filled after each one).
import type { Dialect, Engine } from '../../engines/engine.js';
import type { Folder } from './folder.js';
import type { MigrationFile, MigrationFormat, UnrunFile } from './migration-file.js';

export interface DiscoveryContext {
  folder: Folder;
  /** migrations.placeholders (Flyway `${name}`). */
  placeholders: Record<string, string>;
  /** Where statements end depends on it (goose StatementBegin/End blocks are cut beside plain SQL). */
  dialect: Dialect;
  /** Which other tool a stray file's name looks like, for the mixed-conventions sentence. */
  otherTool: (name: string) => string | undefined;
}

export interface FormatFindings {
  files: MigrationFile[];
  unrun?: UnrunFile[];
  warnings?: { file: string; message: string }[];
}

export interface Bookkeeping {
  /** The tool's tables, created the way the tool creates them on its first run. */
  create(engine: Engine, files: MigrationFile[]): Promise<void>;
  /** Before the migration's statements, outside its transaction (golang-migrate marks the version dirty). */
  before?(engine: Engine, migration: MigrationFile): Promise<void>;
  /** After the migration's statements, inside its transaction when it has one, as the tool does. */
  record(engine: Engine, migration: MigrationFile, ms: number): Promise<void>;
}

export interface MigrationFormatModule {
  name: MigrationFormat;
  /** The naming, in words, for the sentence about a file that does not follow it. */
  convention: string;
  discover(context: DiscoveryContext): Promise<FormatFindings>;
  bookkeeping?: Bookkeeping;
}

/** `count` placeholders from number `first` on (`$3, $4` or `?, ?`), for the bookkeeping inserts. */
export const params = (engine: Engine, count: number, first = 1) => Array.from({ length: count }, (_, i) => engine.placeholder(first + i)).join(', ');
