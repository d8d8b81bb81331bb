// The closed loop: every connection keeps `depth` operations in flight, and each reply sends
// the next until the phase's bound is reached. Time is read once per reply; windows close
// lazily on the reply that crosses their end, so the loop needs no timers.
import type { LoadConnection, OperationError } from './connection.js';
import { WindowedLatency } from './latency.js';
import { SeededRandom, WeightedMix } from './schedule.js';

export interface LoopBounds {
  warmupMs: number;
  /** Stop sending after this long (duration), or … */
  durationMs?: number;
  /** … after this many measured operations, */
  operations?: number;
  /** … and in any case after this long. */
  capMs: number;
  /** Length of one sample window. */
  windowMs: number;
  /**
   * An operation without a reply for this long drops its connection (the statement timeout
   * plus a margin: the server enforces that one, so only a server or network that stopped
   * answering gets here). Without it a stalled server would hold the phase forever.
   */
  stallMs?: number;
}

export interface LoopResult {
  /** Operations sent after the warm-up whose reply came back, successful or not. */
  operations: number;
  succeeded: number;
  /** Failed operations by error class (SQLSTATE, MySQL errno): a count and the first such error. Their time is not in the latencies. */
  errors: Map<string, { count: number; first: OperationError }>;
  /** Operations per statement of the mix (successful or not). */
  perStatement: number[];
  latency: WindowedLatency;
  /** From the end of the warm-up to the last reply. */
  elapsedMs: number;
  /** True when the operations bound was not reached before the cap. */
  capped: boolean;
  /** Operations a connection kept in flight at most (the pipeline it could honour: 1 where it must wait). */
  depth: number;
}

/** `classify` names an error's class, e.g. its SQLSTATE. */
export function runLoop(
  connections: readonly LoadConnection[],
  weights: readonly number[],
  seed: number,
  bounds: LoopBounds,
  classify: (error: OperationError) => string,
  /** On a worker thread: the phase-wide number of its first connection (its seeded sequence), and windows kept for the merge. */
  thread?: { firstConnection: number },
): Promise<LoopResult> {
  const mix = new WeightedMix(weights);
  const latency = new WindowedLatency({ encodeWindows: thread !== undefined });
  const result: LoopResult = { operations: 0, succeeded: 0, errors: new Map(), perStatement: weights.map(() => 0), latency, elapsedMs: 0, capped: false, depth: Math.max(1, ...connections.map((c) => c.depth)) };
  const started = performance.now();
  let measureStart = Infinity;
  let windowStart = Infinity;
  let sendUntil = started + bounds.warmupMs + Math.min(bounds.durationMs ?? Infinity, bounds.capMs);
  let sent = 0;
  let lastReply = started;
  let running = connections.length;
  /** Per connection: when its oldest operation in flight was sent (Infinity when none is). */
  const oldestSent: (() => number)[] = [];
  let watchdog: ReturnType<typeof setInterval> | undefined;

  return new Promise((resolve) => {
    const beginMeasuring = (now: number) => {
      measureStart = windowStart = now;
      sendUntil = now + Math.min(bounds.durationMs ?? Infinity, bounds.capMs);
    };
    if (bounds.warmupMs === 0) beginMeasuring(started);

    const finish = () => {
      clearInterval(watchdog);
      const end = lastReply;
      // The last window counts when it covered at least half a window; a sliver would skew throughput.
      const tail = end - windowStart;
      latency.closeWindow(tail, tail >= bounds.windowMs / 2);
      result.elapsedMs = Math.max(0, end - measureStart);
      result.capped = bounds.operations !== undefined && sent < bounds.operations;
      resolve(result);
    };

    connections.forEach((connection, index) => {
      const random = new SeededRandom(seed * 1000 + (thread?.firstConnection ?? 0) + index);
      // Send times of the operations in flight, oldest first: replies come back in send order.
      const sentAt = new Float64Array(connection.depth);
      const statementOf = new Uint16Array(connection.depth);
      let head = 0;
      let inFlight = 0;

      const canSend = (now: number) =>
        !connection.lost && now < sendUntil && (bounds.operations === undefined || measureStart === Infinity || sent < bounds.operations);
      oldestSent.push(() => (inFlight > 0 ? sentAt[head]! : Infinity));
      const sendOne = (now: number) => {
        const statement = mix.pick(random);
        const slot = (head + inFlight) % sentAt.length;
        sentAt[slot] = now;
        statementOf[slot] = statement;
        inFlight++;
        if (measureStart !== Infinity) sent++;
        connection.send(statement, random);
      };

      connection.onDone = (error) => {
        const now = performance.now();
        const at = sentAt[head]!;
        const statement = statementOf[head]!;
        head = (head + 1) % sentAt.length;
        inFlight--;
        lastReply = now;
        if (measureStart === Infinity && now - started >= bounds.warmupMs) beginMeasuring(now);
        // The next operation goes out first: the bookkeeping below must not delay it.
        const more = canSend(now);
        if (more) sendOne(now);
        if (at >= measureStart) {
          while (now - windowStart >= bounds.windowMs) {
            latency.closeWindow(bounds.windowMs, true);
            windowStart += bounds.windowMs;
          }
          result.operations++;
          result.perStatement[statement]!++;
          if (error === undefined) {
            result.succeeded++;
            latency.record((now - at) * 1000);
          } else {
            const key = classify(error);
            const seen = result.errors.get(key);
            if (seen) seen.count++;
            else result.errors.set(key, { count: 1, first: error });
          }
        }
        if (!more && inFlight === 0 && --running === 0) finish();
      };

      const now = performance.now();
      for (let i = 0; i < connection.depth && canSend(now); i++) sendOne(now);
      if (inFlight === 0 && --running === 0) finish();
    });

    const stallMs = bounds.stallMs;
    if (stallMs !== undefined && running > 0) {
      watchdog = setInterval(() => {
        const now = performance.now();
        connections.forEach((connection, i) => {
          if (now - oldestSent[i]!() > stallMs) connection.abort(`no reply for ${(stallMs / 1000).toFixed(0)} s (the statement timeout and a margin): the server stopped answering and the connection was dropped`);
        });
      }, Math.min(1000, stallMs / 4));
    }
  });
}
