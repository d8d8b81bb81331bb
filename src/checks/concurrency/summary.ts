// What the concurrency checks hand to the report (GateReport.concurrency, report.json, the
// comment's Concurrency section): per isolation spec its permutations and the first one that
// differed, step by step; the isolation matrix; per pair of transactions the interleavings and
// the statements of a deadlock; per contention run its figures and every invariant, held or
// broken with its rows. Plain data, bounded: rows are a few samples with their values cut short.
import { sampleRows, type SampleRow } from '../data-tests/samples.js';
import type { MatrixResult } from './isolation-matrix.js';
import type { SpecResult } from './run-spec.js';
import { ANOMALIES } from './anomalies.js';

/** Rows shown per step of a failing permutation. */
const STEP_ROWS = 3;
/** Longest SQL text kept for a step or a statement. */
const MAX_SQL_CHARS = 200;
/** Longest sample row (a "column = value, …" line) kept. */
export const MAX_ROW_CHARS = 300;

export const cut = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export interface StepSummary {
  step: string;
  sql: string;
  blocked: boolean;
  /** The step after which a blocked step was released; 'timeout' when its lock timeout ended the wait. */
  releasedAfter?: string;
  /** Error kind and engine code (SQLSTATE / errno); never the localised message. */
  error?: { kind: string; code: string };
  /** Rows it returned (absent when it failed), and the first few of them. */
  rows?: number;
  sample?: SampleRow[];
}

export interface SpecSummary {
  name: string;
  level: string;
  /** Permutations run, and how many exist (more when a list was given). */
  run: number;
  total: number;
  passed: number;
  /** What stopped the whole spec, as a sentence. */
  problem?: string;
  /** The first permutation whose outcome differs from expect. */
  firstFailure?: { order: string[]; difference: string; final?: boolean; steps: StepSummary[] };
}

export interface MatrixSummary {
  server: string;
  cells: { level: string; anomaly: string; name: string; prevented: boolean; documented: boolean }[];
}

export interface DeadlockSummary {
  transactions: [string, string];
  total: number;
  run: number;
  deadlocked: number;
  /** The first deadlock: its interleaving, the two statements that waited for each other, the locks. */
  first?: {
    order: string[];
    victim: { transaction: string; statement: string; code: string };
    survivor: { transaction: string; statement: string };
    locks: string[];
  };
}

export interface InvariantSummary {
  label: string;
  kind: 'holds' | 'conserved';
  held: boolean;
  /** Rows that break it (holds: from its rows query; conserved: how many changed). */
  broken?: number;
  /** A few of them: "product_id = 7, stock = 120 → product_id = 7, stock = 123". */
  rows: string[];
  /** It could not be read after the run, as a clause. */
  problem?: string;
  /** A boolean invariant that was already false before the run. */
  alreadyBroken?: boolean;
}

export interface ContentionSummary {
  name: string;
  transaction: string;
  workers: number;
  level: string;
  operations: number;
  committed: number;
  retries: number;
  elapsedMs: number;
  /** Commits per second. */
  throughput: number;
  /** Operations that failed after their retries, by error class ("serialization-failure (40001)"). */
  failures: { kind: string; count: number }[];
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  invariants: InvariantSummary[];
}

export interface ConcurrencyReport {
  specs: SpecSummary[];
  matrix?: MatrixSummary;
  deadlocks: DeadlockSummary[];
  contention: ContentionSummary[];
}

/** A spec's result for the report: counts, and the first differing permutation step by step. */
export function summariseSpec(result: SpecResult, level: string, sqlOf: (step: string) => string | undefined): SpecSummary {
  const failing = result.permutations.find((p) => p.difference);
  const summary: SpecSummary = {
    name: result.name, level, run: result.permutations.length, total: result.total,
    passed: result.permutations.filter((p) => !p.difference).length,
    ...(result.problem ? { problem: result.problem } : {}),
  };
  if (failing) {
    summary.firstFailure = {
      order: failing.order,
      difference: failing.difference!,
      ...(failing.final !== undefined ? { final: failing.final } : {}),
      steps: failing.steps.map((s) => ({
        step: s.step,
        sql: cut(sqlOf(s.step) ?? '', MAX_SQL_CHARS),
        blocked: s.blocked,
        ...(s.releasedAfter ? { releasedAfter: s.releasedAfter } : {}),
        ...(s.error ? { error: { kind: s.error.kind, code: s.error.code } } : {}),
        ...(s.rows ? { rows: s.rows.length, sample: sampleRows(s.rows.slice(0, STEP_ROWS), undefined) } : {}),
      })),
    };
  }
  return summary;
}

export function summariseMatrix(matrix: MatrixResult): MatrixSummary {
  return {
    server: matrix.server,
    cells: matrix.cells.map((c) => ({ ...c, name: ANOMALIES.find((a) => a.id === c.anomaly)?.name ?? c.anomaly })),
  };
}

export const shortSql = (sql: string): string => cut(sql, MAX_SQL_CHARS);
export const shortRow = (row: string): string => cut(row, MAX_ROW_CHARS);

/** The report's concurrency part; undefined when none of the checks ran (nothing to show). */
export function concurrencyReport(parts: { specs: SpecSummary[]; matrix?: MatrixSummary | undefined; deadlocks: DeadlockSummary[]; contention: ContentionSummary[] }): ConcurrencyReport | undefined {
  const { specs, matrix, deadlocks, contention } = parts;
  if (!specs.length && !matrix && !deadlocks.length && !contention.length) return undefined;
  return { specs, ...(matrix ? { matrix } : {}), deadlocks, contention };
}
