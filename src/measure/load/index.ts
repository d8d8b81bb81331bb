// Load phases: the `load` section of sluice.yml run on the head's scratch database. K
// connections, each logged in as the confined per-run role, run a weighted mix of declared
// queries for a duration or a number of operations, always bounded. The stage owns throughput,
// error counts (apart from latencies), latency percentiles and the pool wait; PGlite is skipped,
// having no real concurrency.
import type { LoadConfig, QueryConfig } from '../../config/schema/index.js';
import { MAX_LOAD_MS } from '../../config/schema/index.js';
import type { Engine } from '../../engines/engine.js';
import { slug, toDialect } from '../../checks/performance/index.js';
import { readStatementStats, statementStatsSource } from '../../checks/performance/statement-stats.js';
import type { CheckResult, Finding, Location } from '../../vocabulary.js';
import type { LoadStatement } from './connection.js';
import { errorFinding, phaseMetrics } from './metrics.js';
import { paramSources } from './parameters.js';
import { runPhase } from './phase.js';
import { phaseSummary, type LoadPhaseSummary } from './summary.js';

export { runPhase, threadCount, type PhasePlan, type PhaseResult } from './phase.js';
export type { LoadStatement } from './connection.js';
export type { LoadPhaseSummary } from './summary.js';

export interface LoadOptions {
  loads: readonly LoadConfig[];
  queries: readonly QueryConfig[];
  seed: number;
  statementTimeoutMs: number;
  /** Where a sluice.yml setting is, for findings. */
  locate: (path: readonly (string | number)[]) => Location;
  log: (line: string) => void;
}

/** Past the statement timeout, how long an operation may wait for its reply before its connection is dropped. */
const STALL_MARGIN_MS = 5_000;

/** Sample windows of a tenth of the phase, between 100 ms and 1 s: at least ten samples a phase. */
const windowFor = (durationMs: number | undefined) => Math.min(1000, Math.max(100, (durationMs ?? 2000) / 10));

/** Findings and metrics as every check's, and each phase that ran for the report's table. */
export interface LoadResult extends CheckResult {
  phases: LoadPhaseSummary[];
}

/**
 * The notice that the load section does not run on this engine (PGlite), or nothing. The base
 * side's findings get it too: load phases run on the head only, and the notice depends on the
 * config and the engine alone, so an unchanged pull request must not show it as new.
 */
export function loadSkipped(engine: Pick<Engine, 'info'>, loads: readonly LoadConfig[], locate: LoadOptions['locate']): Finding[] {
  if (loads.length === 0 || engine.info.name !== 'pglite') return [];
  return [{
    check: 'performance', rule: 'load-skipped', severity: 'notice', location: locate(['load']), subject: 'load',
    message: `The load section (${loads.length} phase${loads.length === 1 ? '' : 's'}) was skipped: PGlite runs one statement at a time, so concurrent load means nothing there; run it with --engine local:postgres, postgres:<tag> or a server URL.`,
  }];
}

export async function runLoad(engine: Engine, options: LoadOptions): Promise<LoadResult> {
  const result: LoadResult = { findings: loadSkipped(engine, options.loads, options.locate), metrics: [], phases: [] };
  if (options.loads.length === 0 || result.findings.length > 0) return result;
  const scratch = await engine.connectionUrl();
  try {
    for (const [index, load] of options.loads.entries()) {
      const key = `load.${slug(load.name)}`;
      const location = options.locate(['load', index]);
      // What the server counted for the phase's statements (warm-up included), where pg_stat_statements is readable.
      const source = await statementStatsSource(engine);
      const before = 'view' in source ? await readStatementStats(engine, source.view) : undefined;
      const phase = await loadStatements(engine, load, options.queries)
        .then((statements) => runPhase({
          url: scratch.url,
          server: engine.info.name,
          statements,
          weights: load.mix.map((m) => m.weight),
          connections: load.connections,
          seed: options.seed + index,
          bounds: {
            warmupMs: load.warmup ?? 0, capMs: MAX_LOAD_MS, windowMs: windowFor(load.duration), stallMs: options.statementTimeoutMs + STALL_MARGIN_MS,
            ...(load.duration ? { durationMs: load.duration } : { operations: load.operations! }),
          },
          timeoutMs: options.statementTimeoutMs,
          depth: load.pipeline,
          ...(load.threads ? { threads: load.threads } : {}),
          classify: (error) => engine.describeError(error).code,
        }))
        .catch((error: unknown) => {
          const e = engine.describeError(error);
          result.findings.push({
            check: 'performance', rule: 'load-failed', severity: 'error', location, subject: `load ${load.name}`,
            message: `Load "${load.name}" could not start: ${e.message}${e.code === 'unknown' ? '' : ` (${e.code})`}.`,
          });
          return undefined;
        });
      if (!phase) continue;
      result.metrics.push(...phaseMetrics(key, phase));
      if (before && 'view' in source) {
        const after = await readStatementStats(engine, source.view);
        const calls = after.calls - before.calls;
        const blocks = after.blocks - before.blocks;
        // Totals follow the duration and the random mix: shown and compared, never gated.
        result.metrics.push(
          { key: `${key}.statements-calls`, unit: 'calls', kind: 'work', direction: 'higher', value: calls, informational: true, detail: 'pg_stat_statements' },
          { key: `${key}.statements-blocks-per-call`, unit: 'blocks', kind: 'work', direction: 'lower', value: calls ? Math.round((blocks / calls) * 100) / 100 : 0, informational: true, detail: 'pg_stat_statements' },
        );
      }
      // The pipeline the connections honoured: on MySQL/MariaDB over TLS, or with a statement the server refused at prepare, each waits.
      result.phases.push(phaseSummary({ name: load.name, connections: load.connections, pipeline: phase.depth }, phase, (e) => engine.describeError(e)));
      const failure = errorFinding(load.name, location, phase, (e) => engine.describeError(e));
      if (failure) result.findings.push(failure);
      const totals = phase.latency.totals();
      options.log(
        `load ${load.name}: ${phase.operations} operations in ${(phase.elapsedMs / 1000).toFixed(1)} s on ${load.connections} connections` +
          `${phase.threads > 1 ? ` (${phase.threads} threads)` : ''}, ` +
          `${Math.round(phase.succeeded / Math.max(phase.elapsedMs / 1000, 1e-9))} ops/s, p95 ${totals.p95.toFixed(2)} ms, ${phase.operations - phase.succeeded} errors` +
          (phase.capped ? ` (stopped at the ${MAX_LOAD_MS / 1000} s cap)` : ''),
      );
      phase.latency.destroy();
    }
  } finally {
    await scratch.close();
  }
  return result;
}

/** The mix's queries in the engine's dialect, each with its parameter sources read once. */
async function loadStatements(engine: Engine, load: LoadConfig, queries: readonly QueryConfig[]): Promise<LoadStatement[]> {
  const statements: LoadStatement[] = [];
  for (const { query: name } of load.mix) {
    // The config stage made sure the name is declared.
    const query = queries.find((q) => q.name === name)!;
    const text = typeof query.sql === 'string' ? query.sql : query.sql[engine.dialect] ?? '';
    const sources = await paramSources(engine, query.params);
    const { sql, values } = toDialect(engine, text, sources);
    statements.push({ name, sql, params: values as LoadStatement['params'] });
  }
  return statements;
}
