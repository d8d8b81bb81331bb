// The latency summary: HDR percentiles of the timed runs, in milliseconds.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import hdr from 'hdr-histogram-js';
import { summariseLatency } from '../../src/measure/latency.js';

test('percentiles, max, mean and throughput of the timings', () => {
  // 1 … 100 ms: p50 is 50, p90 90, p95 95, p99 99 (HDR keeps three significant digits).
  const timings = Array.from({ length: 100 }, (_, i) => i + 1);
  const summary = summariseLatency(timings)!;
  assert.equal(summary.count, 100);
  for (const [name, expected] of [['p50', 50], ['p90', 90], ['p95', 95], ['p99', 99], ['max', 100], ['mean', 50.5]] as const) {
    assert.ok(Math.abs(summary[name] - expected) <= expected * 0.001, `${name} = ${summary[name]}, expected ${expected}`);
  }
  // 100 runs in 5,050 ms of measured time.
  assert.ok(Math.abs(summary.throughput - 100 / 5.05) < 0.01);
  assert.ok(summary.p50 <= summary.p90 && summary.p90 <= summary.p95 && summary.p95 <= summary.p99 && summary.p99 <= summary.max);
});

test('sub-millisecond timings keep their precision; the encoded histogram reads back', () => {
  const summary = summariseLatency([0.012, 0.013, 0.015, 0.2])!;
  assert.ok(Math.abs(summary.p50 - 0.013) < 0.0005, `p50 ${summary.p50}`);
  assert.equal(summary.max, 0.2);
  const decoded = hdr.decodeFromCompressedBase64(summary.histogram);
  assert.equal(decoded.totalCount, 4);
  assert.ok(Math.abs(decoded.maxValue - 200) <= 1);
});

test('no timings, no summary', () => {
  assert.equal(summariseLatency([]), undefined);
});
