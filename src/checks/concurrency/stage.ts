// The concurrency stage of the gate, on the head's scratch database: isolation specs and the
// isolation matrix, then declared transactions side by side — every interleaving of two
// (deadlocks), then many workers at once (invariants under contention) — and the report's
// Concurrency part built from all of them.
import type { LoadedConfig } from '../../config/load.js';
import type { Engine } from '../../engines/engine.js';
import type { CheckResult } from '../../vocabulary.js';
import { runContention } from './contention/index.js';
import { searchDeadlocks } from './deadlocks/index.js';
import { runConcurrencyChecks } from './index.js';
import { concurrencyReport, type ConcurrencyReport } from './summary.js';

export async function runConcurrencyStage(engine: Engine, loaded: LoadedConfig, log: (line: string) => void): Promise<CheckResult & { report?: ConcurrencyReport }> {
  const { config } = loaded;
  const concurrency = await runConcurrencyChecks(engine, { specs: config.checks.concurrency, matrix: config.checks['isolation-matrix'], locate: (key) => loaded.location(['checks', ...key]) });
  const deadlocks = await searchDeadlocks(engine, { search: config.checks.deadlocks, transactions: config.transactions, seed: config.data.seed, locate: loaded.location });
  const contention = await runContention(engine, { runs: config.checks.contention, transactions: config.transactions, seed: config.data.seed, locate: loaded.location, where: loaded.where, log });
  const report = concurrencyReport({ specs: concurrency.summaries, matrix: concurrency.matrixSummary, deadlocks: deadlocks.summaries, contention: contention.runs });
  return {
    findings: [...concurrency.findings, ...deadlocks.findings, ...contention.findings],
    metrics: [...concurrency.metrics, ...deadlocks.metrics, ...contention.metrics],
    ...(report ? { report } : {}),
  };
}
