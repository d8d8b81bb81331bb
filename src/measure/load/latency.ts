// Latencies of one load phase in HDR histograms, per window and in total. Per-window
// percentiles are the samples the baseline comparison reads (it compares time metrics by their
// samples); the total histogram gives the figures the report prints.
import { build, type Histogram } from 'hdr-histogram-js';

/** Slowest latency tracked: the longest a phase can run; anything longer is recorded as this. */
const HIGHEST_US = 120_000_000;

const histogram = (): Histogram =>
  build({ lowestDiscernibleValue: 1, highestTrackableValue: HIGHEST_US, numberOfSignificantValueDigits: 3, autoResize: false });

export const PERCENTILES = { p50: 50, p90: 90, p95: 95, p99: 99, max: 100 } as const;
export type PercentileName = keyof typeof PERCENTILES;

/** One window's figures: successful operations per second and latency percentiles in ms. */
export interface WindowFigures {
  throughput: number;
  /** Absent when nothing succeeded in the window: no latency to speak of. */
  latencyMs?: Record<PercentileName, number>;
}

export class WindowedLatency {
  readonly #total = histogram();
  readonly #window = histogram();
  readonly windows: WindowFigures[] = [];

  /** Hot path: one integer, no allocation. */
  record(micros: number): void {
    this.#window.recordValue(micros < 1 ? 1 : micros > HIGHEST_US ? HIGHEST_US : Math.round(micros));
  }

  /** Closes a window of `ms` milliseconds; a window with no successful operation keeps no latency sample. */
  closeWindow(ms: number, keep: boolean): void {
    const count = this.#window.totalCount;
    if (keep) this.windows.push({ throughput: (count * 1000) / ms, ...(count > 0 ? { latencyMs: percentilesMs(this.#window) } : {}) });
    this.#total.add(this.#window);
    this.#window.reset();
  }

  get count(): number {
    return this.#total.totalCount;
  }

  /** Percentiles over the whole measured phase, in ms. */
  totals(): Record<PercentileName, number> & { mean: number } {
    return { ...percentilesMs(this.#total), mean: this.#total.totalCount ? this.#total.mean / 1000 : 0 };
  }

  destroy(): void {
    this.#total.destroy();
    this.#window.destroy();
  }
}

function percentilesMs(h: Histogram): Record<PercentileName, number> {
  const at = (p: number) => (p === 100 ? h.maxValue : h.getValueAtPercentile(p)) / 1000;
  return { p50: at(50), p90: at(90), p95: at(95), p99: at(99), max: at(100) };
}
