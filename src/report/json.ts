import type { GateReport } from '../gate.js';
import type { Comparison, EnvironmentFingerprint } from '../baseline/types.js';
import type { Finding } from '../vocabulary.js';
import type { DataTestResult } from '../checks/data-tests/index.js';
import type { MeasuredQuery } from '../checks/performance/index.js';
import { concurrencyJson } from './concurrency-json.js';

/**
 * The machine-readable report (`--json FILE`, the `report-json` output). Version it when its
 * shape changes. Version 2 adds suite, comparison, dataTests and environment, and findings
 * carry subject and origin; every version 1 field is still there with the same meaning.
 * It holds everything the comment is rendered from (queries, seed, config), so `mode: comment`
 * can rebuild the comment from the artifact alone (see parse-json.ts).
 */
export interface JsonReport {
  version: 2;
  verdict: GateReport['verdict'];
  failOn: GateReport['failOn'];
  suite: string;
  engine: { name: GateReport['engine']['name']; version: string };
  config: string;
  /** The pull request the run was for; comment mode checks this claim with GitHub. */
  pullRequest?: { number: number };
  environment: EnvironmentFingerprint;
  findings: Finding[];
  metrics: { key: string; unit: string; kind: string; direction: string; value: number; samples?: number[] }[];
  comparison: Comparison;
  queries: JsonQuery[];
  /** Each load phase that ran (absent when none did); figures in ms and operations per second. */
  loads?: NonNullable<GateReport['loads']>;
  /** With `scaling`: each workload's work at every multiple, its exponent and class. */
  scaling?: NonNullable<GateReport['scaling']>;
  seed: GateReport['seed'];
  dataTests: DataTestResult[];
  migrations: GateReport['migrations'];
  /** Isolation specs, matrix, deadlock search and contention runs; absent when none ran (added fields only: still version 2). */
  concurrency?: NonNullable<GateReport['concurrency']>;
  durationMs: number;
}

/** A measured query; parameters are JSON scalars (a value JSON cannot hold is written as its JSON text). */
export type JsonQuery = Omit<MeasuredQuery, 'params'> & { params: JsonScalar[] };
export type JsonScalar = string | number | boolean | null;

export interface JsonReportOptions {
  /** The pull request this run was for (the Action's context). */
  pullRequest?: { number: number };
}

export function toJsonReport(report: GateReport, options: JsonReportOptions = {}): JsonReport {
  return {
    version: 2,
    verdict: report.verdict,
    failOn: report.failOn,
    suite: report.suite,
    engine: { name: report.engine.name, version: report.engine.version },
    config: report.config,
    ...(options.pullRequest ? { pullRequest: { number: options.pullRequest.number } } : {}),
    environment: report.environment,
    findings: report.findings,
    metrics: report.metrics.map((m) => ({
      key: m.key,
      unit: m.unit,
      kind: m.kind,
      direction: m.direction,
      value: m.value ?? median(m.samples ?? []),
      ...(m.samples ? { samples: m.samples.map((s) => round(s)) } : {}),
    })),
    comparison: {
      ...report.comparison,
      metrics: report.comparison.metrics.map((m) => ({
        ...m,
        ...(m.base !== undefined ? { base: round(m.base) } : {}),
        ...(m.head !== undefined ? { head: round(m.head) } : {}),
        ...(m.delta !== undefined ? { delta: round(m.delta) } : {}),
      })),
    },
    queries: report.queries.map((q) => ({ ...q, timeMs: q.timeMs.map((t) => round(t)), params: q.params.map(jsonScalar) })),
    ...(report.loads?.length ? { loads: report.loads.map(roundPhase) } : {}),
    ...(report.scaling ? { scaling: { ...report.scaling, workloads: report.scaling.workloads.map((w) => ({ ...w, growth: round(w.growth), span: round(w.span) })) } } : {}),
    seed: { seed: report.seed.seed, tables: report.seed.tables.map((t) => ({ ...t, ms: round(t.ms) })) },
    dataTests: report.dataTests,
    migrations: report.migrations.map((m) => ({ ...m, ms: round(m.ms) })),
    ...(report.concurrency ? { concurrency: concurrencyJson(report.concurrency) } : {}),
    durationMs: Math.round(report.durationMs),
  };
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return round(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function roundPhase(phase: NonNullable<GateReport['loads']>[number]): NonNullable<GateReport['loads']>[number] {
  const l = phase.latency;
  return {
    ...phase,
    elapsedMs: round(phase.elapsedMs),
    throughput: round(phase.throughput),
    latency: { p50: round(l.p50), p90: round(l.p90), p95: round(l.p95), p99: round(l.p99), max: round(l.max), mean: round(l.mean) },
    poolWait: { median: round(phase.poolWait.median), max: round(phase.poolWait.max) },
  };
}

/** What the comment shows for a parameter, as a JSON scalar: bigint and Date as their text, anything else as its JSON. */
function jsonScalar(value: unknown): JsonScalar {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  // As JSON.stringify writes a Date: its ISO text, or null when it is invalid.
  if (value instanceof Date) return value.toJSON();
  return JSON.stringify(value) ?? String(value);
}
