// A phase as the report's table shows it (src/report/load.ts) and report.json keeps it: what
// ran, how much got through, the errors by class apart from the latencies, and the pool wait.
import type { DbError } from '../../engines/engine.js';
import type { PhaseResult } from './phase.js';

export interface LoadPhaseSummary {
  /** The phase's name in sluice.yml. */
  name: string;
  connections: number;
  /** Operations in flight per connection (1: each waits for its reply). */
  pipeline: number;
  /** Threads the connections ran on, as pgbench's -j (absent in reports from before it was kept: 1). */
  threads: number;
  /** From the end of the warm-up to the last reply, ms. */
  elapsedMs: number;
  /** Operations whose reply came back, successful or not. */
  operations: number;
  succeeded: number;
  /** Successful operations per second. */
  throughput: number;
  /** Failed operations by class, most frequent first; their time is not in `latency`. */
  errors: { kind: string; code: string; count: number; message: string }[];
  /** Latency of the successful operations, ms (HDR histogram over the whole phase). */
  latency: { p50: number; p90: number; p95: number; p99: number; max: number; mean: number };
  /** How long each connection took to be ready (connect, log in, prepare), ms: median and max. */
  poolWait: { median: number; max: number };
  /** True when the phase stopped at the cap before its bound. */
  capped: boolean;
}

export function phaseSummary(
  load: { name: string; connections: number; pipeline?: number | undefined },
  phase: PhaseResult,
  describe: (error: unknown) => DbError,
): LoadPhaseSummary {
  const seconds = phase.elapsedMs / 1000;
  const waits = [...phase.poolWaitMs].sort((a, b) => a - b);
  const { p50, p90, p95, p99, max, mean } = phase.latency.totals();
  return {
    name: load.name,
    connections: load.connections,
    pipeline: load.pipeline ?? 1,
    threads: phase.threads,
    elapsedMs: phase.elapsedMs,
    operations: phase.operations,
    succeeded: phase.succeeded,
    throughput: seconds > 0 ? phase.succeeded / seconds : 0,
    errors: [...phase.errors.values()]
      .sort((a, b) => b.count - a.count)
      .map(({ count, first }) => {
        const e = describe(first);
        return { kind: e.kind, code: e.code, count, message: e.message };
      }),
    latency: { p50, p90, p95, p99, max, mean },
    poolWait: { median: waits.length ? waits[(waits.length - 1) >> 1]! : 0, max: waits.at(-1) ?? 0 },
    capped: phase.capped,
  };
}
