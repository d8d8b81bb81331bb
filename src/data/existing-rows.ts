// Rows the migrations inserted (an admin user, a default project) stay, count as parents and
// are not collided with: generated numeric keys start after their highest, and generated
// unique values step around theirs.
import type { Column, Engine, Table } from '../engines/engine.js';

/** Enough to see the seed rows a migration writes; a table with more is read up to this many. */
const MAX_EXISTING_ROWS = 100_000;

export interface ExistingRows {
  count: number;
  /** Values of the key, unique and referenced columns, row by row. */
  values: Map<string, unknown[]>;
}

export const NO_ROWS: ExistingRows = { count: 0, values: new Map() };

export async function readExistingRows(engine: Engine, table: Table, columns: readonly string[]): Promise<ExistingRows> {
  const target = table.name.split('.').map((n) => engine.quoteIdent(n)).join('.');
  const [row] = await engine.query<{ n: unknown }>(`SELECT count(*) AS n FROM ${target}`);
  const count = Number(row?.n ?? 0);
  if (count === 0 || columns.length === 0) return { count, values: new Map() };
  const rows = await engine.query(`SELECT ${columns.map((c) => engine.quoteIdent(c)).join(', ')} FROM ${target} LIMIT ${MAX_EXISTING_ROWS}`);
  const values = new Map<string, unknown[]>();
  for (const name of columns) {
    const column = table.columns.find((c) => c.name === name);
    values.set(name, rows.map((r) => normalise(column, r[name])));
  }
  return { count, values };
}

/** Drivers hand bigint and numeric back as text; keys compare as the numbers they are. */
function normalise(column: Column | undefined, value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && column && (column.type === 'bigint' || column.type === 'integer' || column.type === 'smallint') && /^-?\d+$/.test(value)) return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 19).replace('T', ' ');
  return value;
}

/** Where a numeric key goes on from: one past the highest existing value. */
export function numericStart(existing: ExistingRows, column: string, start: number): number {
  const values = existing.values.get(column);
  if (!values?.length) return start;
  let max = -Infinity;
  for (const v of values) if (typeof v === 'number' && v > max) max = v;
  return Number.isFinite(max) && max >= start ? max + 1 : start;
}
