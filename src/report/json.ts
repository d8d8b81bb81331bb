import type { GateReport } from '../gate.js';
import type { Comparison, EnvironmentFingerprint } from '../baseline/types.js';
import type { Finding } from '../vocabulary.js';
import type { DataTestResult } from '../checks/data-tests/index.js';

/**
 * The machine-readable report (`--json FILE`, the `report-json` output). Version it when its
 * shape changes. Version 2 adds suite, comparison, dataTests and environment, and findings
 * carry subject and origin; every version 1 field is still there with the same meaning.
 */
export interface JsonReport {
  version: 2;
  verdict: GateReport['verdict'];
  failOn: GateReport['failOn'];
  suite: string;
  engine: { name: string; version: string };
  environment: EnvironmentFingerprint;
  findings: Finding[];
  metrics: { key: string; unit: string; kind: string; value: number; samples?: number[] }[];
  comparison: Comparison;
  dataTests: DataTestResult[];
  migrations: GateReport['migrations'];
  durationMs: number;
}

export function toJsonReport(report: GateReport): JsonReport {
  return {
    version: 2,
    verdict: report.verdict,
    failOn: report.failOn,
    suite: report.suite,
    engine: { name: report.engine.name, version: report.engine.version },
    environment: report.environment,
    findings: report.findings,
    metrics: report.metrics.map((m) => ({
      key: m.key,
      unit: m.unit,
      kind: m.kind,
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
    dataTests: report.dataTests,
    migrations: report.migrations.map((m) => ({ ...m, ms: round(m.ms) })),
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
