import { createRequire as __sluiceCreateRequire } from 'node:module';
import { fileURLToPath as __sluiceFileURLToPath } from 'node:url';
import { dirname as __sluiceDirname } from 'node:path';
const require = __sluiceCreateRequire(import.meta.url);
var __filename = __sluiceFileURLToPath(import.meta.url);
var __dirname = __sluiceDirname(__filename);
import {
  closePool,
  openPool,
  runLoop
} from "./chunk-4MX3QL64.js";
import "./chunk-I3CPN47I.js";
import "./chunk-KPN4P2QG.js";

// src/measure/load/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/measure/load/thread-protocol.ts
function rawClass(error) {
  const e = error;
  return String(e?.code ?? e?.errno ?? e?.message ?? error);
}
function plainError(error, depth = 0) {
  if (typeof error !== "object" || error === null) return error;
  const plain = {};
  if (error instanceof Error) {
    plain.name = error.name;
    plain.message = error.message;
  }
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ["string", "number", "boolean", "undefined"].includes(typeof value)) plain[key] = value;
    else if (key === "errors" && Array.isArray(value) && depth === 0) plain.errors = value.map((e) => plainError(e, 1));
  }
  return plain;
}

// src/measure/load/worker.ts
var start = workerData;
var port = parentPort;
var post = (message) => port.postMessage(message);
var opened = await openPool(start, start.connections).catch((error) => {
  post({ type: "failed", error: plainError(error) });
  return void 0;
});
if (opened) {
  const { connections, poolWaitMs } = opened;
  const order = await new Promise((resolve) => {
    port.once("message", resolve);
    post({ type: "ready", poolWaitMs });
  });
  try {
    if (order.type === "go") {
      const result = await runLoop(connections, start.weights, start.seed, start.bounds, rawClass, { firstConnection: start.firstConnection });
      await closePool(connections.splice(0));
      post({
        type: "done",
        result: {
          operations: result.operations,
          succeeded: result.succeeded,
          errors: [...result.errors].map(([key, { count, first }]) => [key, { count, first: plainError(first) }]),
          perStatement: result.perStatement,
          latency: result.latency.encode(),
          elapsedMs: result.elapsedMs,
          capped: result.capped,
          depth: result.depth
        }
      });
      result.latency.destroy();
    }
  } finally {
    await closePool(connections);
    port.close();
  }
}
