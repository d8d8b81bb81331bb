// What the replay records per table, and what the locator answers.
import type { Location } from '../../vocabulary.js';

export type ConstraintKind = 'primary' | 'unique' | 'foreign' | 'check' | 'exclude' | 'index';

export interface ConstraintRecord {
  /** As written (already truncated to 63 bytes on PostgreSQL); undefined when the engine names it. */
  name: string | undefined;
  kind: ConstraintKind;
  columns: string[];
  location: Location;
  /** CHECK text as written (MySQL before 8.0.16 parses and forgets it). */
  expression?: string;
}

export interface TableRecord {
  location: Location;
  columns: Map<string, Location>;
  constraints: ConstraintRecord[];
  /** The DROP that left the table without a primary key, until a later ADD PRIMARY KEY. */
  primaryKeyDropped?: Location;
}

export interface SchemaLocator {
  /** Where the table was created (or renamed into its current name). */
  table(name: string): Location | undefined;
  /** Where the table lost its primary key (a later DROP), else where it was created. */
  missingPrimaryKey(name: string): Location | undefined;
  column(table: string, column: string): Location | undefined;
  /** A constraint or index by its name (prefix-matched when PostgreSQL truncated it), then by kind and columns. */
  constraint(table: string, kind: ConstraintKind, name: string, columns: string[]): Location | undefined;
  /** Constraints of a kind as the migrations declared them (what an engine that ignores CHECK or FOREIGN KEY forgot). */
  declared(table: string, kind: ConstraintKind): { name?: string | undefined; columns: string[]; expression: string; location: Location }[];
}
