// A load worker thread: its share of a phase's connections, its own loop and histograms. It
// only ever connects to the URL it was given. See thread-protocol.ts for the conversation.
import { parentPort, workerData } from 'node:worker_threads';
import { closePool, openPool } from './pool.js';
import { runLoop } from './run.js';
import { plainError, rawClass, type MainMessage, type ThreadStart, type WorkerMessage } from './thread-protocol.js';

const start = workerData as ThreadStart;
const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);

const opened = await openPool(start, start.connections).catch((error: unknown) => {
  post({ type: 'failed', error: plainError(error) });
  return undefined;
});
if (opened) {
  const { connections, poolWaitMs } = opened;
  const order = await new Promise<MainMessage>((resolve) => {
    port.once('message', resolve);
    post({ type: 'ready', poolWaitMs });
  });
  try {
    if (order.type === 'go') {
      const result = await runLoop(connections, start.weights, start.seed, start.bounds, rawClass, { firstConnection: start.firstConnection });
      // Closed before `done`: when the phase ends, none of its sessions is left on the server.
      await closePool(connections.splice(0));
      post({
        type: 'done',
        result: {
          operations: result.operations,
          succeeded: result.succeeded,
          errors: [...result.errors].map(([key, { count, first }]) => [key, { count, first: plainError(first) }]),
          perStatement: result.perStatement,
          latency: result.latency.encode(),
          elapsedMs: result.elapsedMs,
          capped: result.capped,
          depth: result.depth,
        },
      });
      result.latency.destroy();
    }
  } finally {
    await closePool(connections);
    port.close();
  }
}
