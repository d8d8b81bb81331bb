// What the threads of a load phase report is merged into one phase: shares of connections and
// operations that sum exactly, and latencies whose totals, windows and percentiles are those of
// all the operations together.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WindowedLatency } from '../../src/measure/load/latency.js';
import { shares } from '../../src/measure/load/threads.js';
import { threadCount } from '../../src/measure/load/phase.js';

test('connections and operations are split into shares that sum exactly', () => {
  assert.deepEqual(shares(2000, 3), [667, 667, 666]);
  assert.deepEqual(shares(4, 3), [2, 1, 1]);
  assert.deepEqual(shares(8, 2), [4, 4]);
});

test('never more threads than connections or operations; a setting wins over the default', () => {
  const bounds = { warmupMs: 0, capMs: 1000, windowMs: 100 };
  assert.equal(threadCount({ connections: 1, bounds }), 1);
  assert.equal(threadCount({ connections: 8, threads: 3, bounds }), 3);
  assert.equal(threadCount({ connections: 2, threads: 8, bounds }), 2);
  assert.equal(threadCount({ connections: 8, threads: 4, bounds: { ...bounds, operations: 2 } }), 2);
  assert.equal(threadCount({ connections: 8, threads: 1, bounds }), 1);
});

test('two threads\' latencies merge into the totals, windows and percentiles of all their operations', () => {
  const a = new WindowedLatency({ encodeWindows: true });
  const b = new WindowedLatency({ encodeWindows: true });
  // Window 1: a records 1…100 µs, b 101…200 µs; window 2: a records 1,000 µs 10 times, b nothing.
  for (let i = 1; i <= 100; i++) a.record(i);
  for (let i = 101; i <= 200; i++) b.record(i);
  a.closeWindow(100, true);
  b.closeWindow(100, true);
  for (let i = 0; i < 10; i++) a.record(1000);
  a.closeWindow(100, true);
  // b's last window is a sliver it does not keep as a sample; its operations still count.
  b.record(5000);
  b.closeWindow(10, false);
  const merged = WindowedLatency.merge([a.encode(), b.encode()]);
  assert.equal(merged.count, 211);
  assert.equal(merged.windows.length, 2);
  assert.equal(merged.windows[0]!.throughput, 2000); // 200 operations in 100 ms
  assert.equal(merged.windows[1]!.throughput, 100);
  assert.ok(Math.abs(merged.windows[0]!.latencyMs!.p50 - 0.1) < 0.001, `window p50 ${merged.windows[0]!.latencyMs!.p50}`);
  assert.equal(merged.windows[1]!.latencyMs!.max, 1);
  const totals = merged.totals();
  assert.ok(Math.abs(totals.max - 5) < 0.01, `max ${totals.max}`);
  assert.ok(Math.abs(totals.p50 - 0.106) < 0.002, `p50 ${totals.p50}`);
  for (const latency of [a, b, merged]) latency.destroy();
});
