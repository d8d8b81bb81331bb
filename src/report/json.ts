import type { GateReport } from '../gate.js';
import type { Finding } from '../vocabulary.js';

/** The machine-readable report (`--json FILE`, the `report-json` output). Version it when its shape changes. */
export interface JsonReport {
  version: 1;
  verdict: GateReport['verdict'];
  engine: { name: string; version: string };
  findings: Finding[];
  metrics: { key: string; unit: string; kind: string; value: number; samples?: number[] }[];
  migrations: GateReport['migrations'];
}

export function toJsonReport(report: GateReport): JsonReport {
  return {
    version: 1,
    verdict: report.verdict,
    engine: { name: report.engine.name, version: report.engine.version },
    findings: report.findings,
    metrics: report.metrics.map((m) => ({
      key: m.key,
      unit: m.unit,
      kind: m.kind,
      value: m.value ?? median(m.samples ?? []),
      ...(m.samples ? { samples: m.samples.map((s) => round(s)) } : {}),
    })),
    migrations: report.migrations.map((m) => ({ ...m, ms: round(m.ms) })),
  };
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return round(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

const round = (n: number) => Math.round(n * 1000) / 1000;
