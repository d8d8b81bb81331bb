// Invariants of a contention run. A boolean one (holds) must be true after the run; its broken
// rows come from its `rows` query, or, for the common `select count(*) = 0 from … where …`, from
// the same FROM and WHERE. A conserved one is a query whose rows must be the same after the run
// as before it (stock on the shelf plus stock sold, per product): the rows that changed are the
// ones that break it.
import type { Invariant } from '../../../config/schema/contention.js';
import type { Engine, Row } from '../../../engines/engine.js';
import { booleanOf } from '../expectation.js';

/** Sample rows shown per broken invariant. */
export const SAMPLE_ROWS = 5;

export interface InvariantCheck {
  label: string;
  holds?: string;
  rows?: string;
  conserved?: string;
}

export function invariantCheck(invariant: Invariant): InvariantCheck {
  if (typeof invariant === 'string') return { label: invariant, holds: invariant, ...rowsQueryOf(invariant) };
  const label = invariant.name ?? invariant.holds ?? invariant.conserved!;
  return { label, ...(invariant.holds ? { holds: invariant.holds, ...(invariant.rows ? { rows: invariant.rows } : rowsQueryOf(invariant.holds)) } : {}), ...(invariant.conserved ? { conserved: invariant.conserved } : {}) };
}

/** select count(*) = 0 from X where P → select * from X where P. */
function rowsQueryOf(sql: string): { rows?: string } {
  const match = /^\s*select\s+count\(\s*\*\s*\)\s*=\s*0\s+(from\s+[\s\S]+?)\s*;?\s*$/i.exec(sql);
  return match ? { rows: `select * ${match[1]}` } : {};
}

/** The invariant's state now: a boolean, or the conserved query's rows as canonical lines; a string when the query is not what it must be. */
export async function readInvariant(engine: Engine, check: InvariantCheck): Promise<{ value: boolean } | { rows: string[]; raw: Row[] } | { problem: string }> {
  const sql = check.holds ?? check.conserved!;
  let rows: Row[];
  try {
    rows = await engine.query(sql);
  } catch (error) {
    const e = engine.describeError(error);
    return { problem: `fails: ${e.message} (${e.code})` };
  }
  if (check.conserved) return { rows: rows.map(canonical), raw: rows };
  const value = booleanOf(rows);
  return typeof value === 'string' ? { problem: `${value}, not one boolean; write a query such as select count(*) = 0 from inventory where quantity < 0` } : { value };
}

const canonical = (row: Row) => JSON.stringify(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v === null ? null : String(v)]));

const show = (line: string) => (JSON.parse(line) as [string, string | null][]).map(([k, v]) => `${k} = ${v}`).join(', ');

/** The rows of a conserved query that changed: "product_id = 7, stock = 120 → product_id = 7, stock = 123". */
export function changedRows(before: readonly string[], after: readonly string[]): { count: number; samples: string[] } {
  const left = new Map<string, number>();
  for (const line of after) left.set(line, (left.get(line) ?? 0) + 1);
  const gone: string[] = [];
  for (const line of before) {
    const n = left.get(line) ?? 0;
    if (n > 0) left.set(line, n - 1);
    else gone.push(line);
  }
  const added = [...left].flatMap(([line, n]) => Array<string>(n).fill(line));
  // Pair a vanished row with a new one that has the same first column (its key, usually).
  const keyOf = (line: string) => JSON.stringify((JSON.parse(line) as unknown[][])[0]);
  const samples: string[] = [];
  const unpaired = [...added];
  for (const line of gone) {
    const k = unpaired.findIndex((a) => keyOf(a) === keyOf(line));
    samples.push(k >= 0 ? `${show(line)} → ${show(unpaired.splice(k, 1)[0]!)}` : `${show(line)} → (gone)`);
  }
  for (const line of unpaired) samples.push(`(new) → ${show(line)}`);
  return { count: samples.length, samples: samples.slice(0, SAMPLE_ROWS) };
}

/** How many rows the invariant's rows query returns, and up to SAMPLE_ROWS of them, each as "column = value, …". */
export async function sampleRows(engine: Engine, check: InvariantCheck): Promise<{ count?: number; samples: string[] }> {
  if (!check.rows) return { samples: [] };
  const rows = await engine.query(check.rows).catch(() => undefined);
  if (!rows) return { samples: [] };
  return { count: rows.length, samples: rows.slice(0, SAMPLE_ROWS).map((row) => show(canonical(row))) };
}
