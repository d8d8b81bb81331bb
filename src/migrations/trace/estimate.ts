// Lock hold time at production size: the trace measures how long a migration held its
// strongest lock at two or more seeded sizes, fits a straight line to hold time against the
// table's rows, and reads it at the production row count. An estimate, said as one: CI runners
// are not production servers, and a line through two points only knows what it was shown.
import { linearRegression } from 'simple-statistics';

export interface HoldMeasurement {
  rows: number;
  holdMs: number;
}

export interface LockEstimate {
  table: string;
  productionRows: number;
  /** Estimated hold time of the strongest lock at production size, milliseconds. */
  holdMs: number;
  /** The measurements the line was fitted to. */
  measured: HoldMeasurement[];
  /** One sentence for the report, saying it is an estimate and from what. */
  note: string;
}

/** Undefined unless there are two sizes to fit. A line that falls is taken as flat: noise, not a speed-up. */
export function estimateHold(table: string, measured: HoldMeasurement[], productionRows: number): LockEstimate | undefined {
  const sizes = new Set(measured.map((m) => m.rows));
  if (sizes.size < 2) return undefined;
  const { m, b } = linearRegression(measured.map((p) => [p.rows, p.holdMs]));
  const largest = Math.max(...measured.map((p) => p.holdMs));
  const grows = m > 0;
  const holdMs = grows ? Math.max(largest, m * productionRows + b) : largest;
  const points = measured.map((p) => `${formatMs(p.holdMs)} at ${p.rows.toLocaleString('en-US')} rows`).join(', ');
  const how = grows ? `from a straight line through ${points} on this runner` : `the largest measured, as the time did not grow with the rows (${points} on this runner)`;
  return {
    table,
    productionRows,
    holdMs,
    measured,
    note: `estimate: about ${formatMs(holdMs)} at ${productionRows.toLocaleString('en-US')} rows of ${table} (production.rows), ${how}`,
  };
}

export const formatMs = (ms: number): string =>
  ms >= 60_000 ? `${(ms / 60_000).toFixed(1)} min` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
