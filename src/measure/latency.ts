// Latency recording: each workload's timed executions go into an HDR histogram (constant
// memory, fixed relative precision), summarised as the percentiles the report shows and
// encoded whole for the JSON report, so a later stage can merge or re-read the distribution.
import hdr from 'hdr-histogram-js';

/** Percentiles of one workload's timed executions, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
  /** Executions per second of the measured phase (the sum of the timings, not wall clock: both sides interleave). */
  throughput: number;
  /** The histogram (microseconds) in HdrHistogram's compressed base64 form. */
  histogram: string;
}

/** HDR keeps integers: record microseconds, so sub-millisecond lookups keep three significant digits. */
const MICROS_PER_MS = 1000;

/** Summarises timings (milliseconds); undefined when there are none. */
export function summariseLatency(timingsMs: readonly number[]): LatencySummary | undefined {
  if (timingsMs.length === 0) return undefined;
  // The pure JS histogram: the WASM one needs an async start-up and gains nothing at these counts.
  const histogram = hdr.build({ numberOfSignificantValueDigits: 3, useWebAssembly: false });
  for (const ms of timingsMs) histogram.recordValue(Math.max(1, Math.round(ms * MICROS_PER_MS)));
  // HDR answers with the top of a value's bucket; never above the largest value recorded.
  const at = (percentile: number) => round(Math.min(histogram.getValueAtPercentile(percentile), histogram.maxValue) / MICROS_PER_MS);
  const totalMs = timingsMs.reduce((sum, ms) => sum + ms, 0);
  const summary: LatencySummary = {
    count: timingsMs.length,
    p50: at(50),
    p90: at(90),
    p95: at(95),
    p99: at(99),
    max: round(histogram.maxValue / MICROS_PER_MS),
    mean: round(histogram.mean / MICROS_PER_MS),
    throughput: totalMs > 0 ? round((timingsMs.length * 1000) / totalMs) : 0,
    histogram: hdr.encodeIntoCompressedBase64(histogram),
  };
  histogram.destroy();
  return summary;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
