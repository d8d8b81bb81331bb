// A phase's result in the report's words: metrics whose samples are per-window figures (what
// the baseline comparison reads), and a finding for the operations that failed.
import type { DbError } from '../../engines/engine.js';
import type { Finding, Location, Metric } from '../../vocabulary.js';
import { PERCENTILES, type PercentileName } from './latency.js';
import type { PhaseResult } from './phase.js';

export function phaseMetrics(key: string, result: PhaseResult): Metric[] {
  const windows = result.latency.windows;
  const totals = result.latency.totals();
  const seconds = result.elapsedMs / 1000;
  const errors = result.operations - result.succeeded;
  const metrics: Metric[] = [
    {
      key: `${key}.throughput`, unit: 'ops/s', kind: 'time', direction: 'higher',
      value: seconds > 0 ? result.succeeded / seconds : 0,
      samples: windows.map((w) => w.throughput),
    },
  ];
  for (const name of Object.keys(PERCENTILES) as PercentileName[]) {
    const samples = windows.flatMap((w) => (w.latencyMs ? [w.latencyMs[name]] : []));
    metrics.push({ key: `${key}.${name}`, unit: 'ms', kind: 'time', direction: 'lower', value: totals[name], samples });
  }
  metrics.push(
    { key: `${key}.pool-wait`, unit: 'ms', kind: 'time', direction: 'lower', samples: result.poolWaitMs },
    // Describes the run rather than a cost that repeats: shown and compared, never gated.
    { key: `${key}.error-rate`, unit: '%', kind: 'size', direction: 'lower', value: result.operations ? (100 * errors) / result.operations : 0, informational: true },
  );
  return metrics;
}

/** One warning per phase with failures, each class counted apart: "division-by-zero (22012) ×120: division by zero". */
export function errorFinding(name: string, location: Location, result: PhaseResult, describe: (error: unknown) => DbError): Finding | undefined {
  if (result.errors.size === 0) return undefined;
  const failed = result.operations - result.succeeded;
  const classes = [...result.errors.values()]
    .sort((a, b) => b.count - a.count)
    .map(({ count, first }) => {
      const e = describe(first);
      return `${e.kind} (${e.code}) ×${count}: ${e.message}`;
    });
  return {
    check: 'performance', rule: 'load-errors', severity: 'warning', location, subject: `load ${name}`,
    message: `Load "${name}": ${failed} of ${result.operations} operations failed (${((100 * failed) / result.operations).toFixed(1)} %), not counted in its latencies — ${classes.join('; ')}.`,
  };
}
