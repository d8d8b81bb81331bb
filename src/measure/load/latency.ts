// Latencies of one load phase in HDR histograms, per window and in total. Per-window
// percentiles are the samples the baseline comparison reads (it compares time metrics by their
// samples); the total histogram gives the figures the report prints.
import { build, decodeFromCompressedBase64, encodeIntoCompressedBase64, type Histogram } from 'hdr-histogram-js';

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

/**
 * A thread's latencies as they cross to the main thread (src/measure/load/threads.ts): the total
 * and every window's histogram, compressed, so the merge keeps exact percentiles.
 */
export interface EncodedLatency {
  total: string;
  /** Each closed window: its length in ms, whether it is a sample, its histogram. */
  windows: { ms: number; keep: boolean; histogram: string }[];
}

export class WindowedLatency {
  readonly #total = histogram();
  readonly #window = histogram();
  readonly windows: WindowFigures[] = [];
  /** Set on a worker thread: every window's histogram kept for the merge. */
  readonly #encoded: EncodedLatency['windows'] | undefined;

  constructor(options: { encodeWindows?: boolean } = {}) {
    this.#encoded = options.encodeWindows ? [] : undefined;
  }

  /** Hot path: one integer, no allocation. */
  record(micros: number): void {
    this.#window.recordValue(micros < 1 ? 1 : micros > HIGHEST_US ? HIGHEST_US : Math.round(micros));
  }

  /** Closes a window of `ms` milliseconds; a window with no successful operation keeps no latency sample. */
  closeWindow(ms: number, keep: boolean): void {
    const count = this.#window.totalCount;
    if (keep) this.windows.push({ throughput: (count * 1000) / ms, ...(count > 0 ? { latencyMs: percentilesMs(this.#window) } : {}) });
    this.#encoded?.push({ ms, keep, histogram: encodeIntoCompressedBase64(this.#window) });
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

  /** The histograms for the main thread (only when built with encodeWindows). */
  encode(): EncodedLatency {
    return { total: encodeIntoCompressedBase64(this.#total), windows: this.#encoded ?? [] };
  }

  /**
   * The threads' latencies as one: totals added; window i of every thread (they start together)
   * added into window i, its throughput the sum of the threads' own. A window is a sample when
   * some thread kept it (the last one may be a sliver on one thread and not another).
   */
  static merge(parts: readonly EncodedLatency[]): WindowedLatency {
    const merged = new WindowedLatency();
    const windows = Math.max(0, ...parts.map((p) => p.windows.length));
    for (let i = 0; i < windows; i++) {
      let throughput = 0;
      let kept = false;
      for (const part of parts) {
        const window = part.windows[i];
        if (!window) continue;
        const h = decodeFromCompressedBase64(window.histogram);
        if (window.keep) {
          kept = true;
          throughput += (h.totalCount * 1000) / window.ms;
          merged.#window.add(h);
        } else merged.#total.add(h);
        h.destroy();
      }
      const count = merged.#window.totalCount;
      if (kept) merged.windows.push({ throughput, ...(count > 0 ? { latencyMs: percentilesMs(merged.#window) } : {}) });
      merged.#total.add(merged.#window);
      merged.#window.reset();
    }
    return merged;
  }
}

function percentilesMs(h: Histogram): Record<PercentileName, number> {
  const at = (p: number) => (p === 100 ? h.maxValue : h.getValueAtPercentile(p)) / 1000;
  return { p50: at(50), p90: at(90), p95: at(95), p99: at(99), max: at(100) };
}
