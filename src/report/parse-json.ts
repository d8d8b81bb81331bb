// The JSON report read back (comment mode): another run's report.json, made by code this run
// does not trust, becomes a GateReport that renderComment can render. The schema is strict in
// the type of every field the comment reads, so a wrong type cannot reach a formatter that
// expects a number, and bounded, so no field can make rendering slow; it ignores fields it
// does not know (a later Sluice may add some). Strings stay untrusted: renderComment escapes
// every one of them, and nothing here makes them safe.
import { z } from 'zod';
import { dialectOf } from '../engines/url.js';
import { SluiceError } from '../errors.js';
import type { GateReport } from '../gate.js';
import { concurrencyShape } from './concurrency-json.js';

/** Longest string and longest list accepted in any field. */
export const MAX_REPORT_STRING = 10_000;
export const MAX_REPORT_ITEMS = 10_000;

/** A JSON report with a field of the wrong type, size or value; `field` is its path (`findings.0.message`). */
export class JsonReportShapeError extends SluiceError {
  override readonly name = 'JsonReportShapeError';
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

const text = z.string().max(MAX_REPORT_STRING);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_REPORT_ITEMS);
// z.number() refuses NaN and ±Infinity already; JSON cannot write them anyway.
const count = z.number().int().nonnegative();
const location = z.object({ file: text, line: z.number().int().positive().optional() });
const metricKind = z.enum(['work', 'time', 'size', 'quality']);
const direction = z.enum(['lower', 'higher']);
const scalingClass = z.enum(['constant', 'logarithmic', 'linear', 'worse-than-linear']);

const finding = z.object({
  check: text,
  rule: text,
  severity: z.enum(['error', 'warning', 'notice']),
  message: text,
  location: location.optional(),
  help: text.optional(),
  subject: text.optional(),
  origin: z.enum(['new', 'existing']).optional(),
});

const comparedMetric = z.object({
  key: text,
  unit: text,
  kind: metricKind,
  direction,
  status: z.enum(['regression', 'improvement', 'unchanged', 'added', 'removed', 'not-gated']),
  base: z.number().optional(),
  head: z.number().optional(),
  delta: z.number().optional(),
  ratio: z.number().optional(),
  p: z.number().optional(),
  interval: z.tuple([z.number(), z.number()]).optional(),
  tolerance: z.number().optional(),
  detail: z.object({ base: text.optional(), head: text.optional() }).optional(),
  accepted: z.object({ by: text, reason: text }).optional(),
  note: text.optional(),
});

const jsonReportSchema = z.object({
  version: z.literal(2),
  verdict: z.enum(['pass', 'fail']),
  failOn: z.enum(['error', 'warning', 'never']),
  suite: text.min(1),
  engine: z.object({ name: z.enum(['postgresql', 'mysql', 'mariadb', 'pglite']), version: text }),
  config: text,
  pullRequest: z.object({ number: z.number().int().positive() }).optional(),
  environment: z.object({
    engine: text,
    engineVersion: text,
    settings: z.record(text, text).refine((s) => Object.keys(s).length <= MAX_REPORT_ITEMS, 'too many settings'),
    os: text,
    arch: text,
    cpus: count,
  }),
  findings: list(finding),
  metrics: list(z.object({
    key: text,
    unit: text,
    kind: metricKind,
    direction,
    value: z.number(),
    samples: list(z.number()).optional(),
  })),
  comparison: z.object({
    against: z.enum(['base-branch', 'stored', 'none']),
    source: text.optional(),
    baseSha: text.optional(),
    metrics: list(comparedMetric),
    environmentDiffers: list(text),
    note: text.optional(),
  }),
  queries: list(z.object({
    name: text,
    key: text,
    shape: text,
    operators: list(text),
    counters: list(z.object({ name: text, unit: text, value: z.number() })),
    timeMs: list(z.number()),
    kind: z.enum(['query', 'transaction', 'bulk']).optional(),
    plan: z.object({ hash: text, text }).optional(),
    latency: z.object({
      count: z.number(), p50: z.number(), p90: z.number(), p95: z.number(), p99: z.number(),
      max: z.number(), mean: z.number(), throughput: z.number(), histogram: text,
    }).optional(),
    // Scalars only: the comment prints them as JSON, and nesting would be unbounded work.
    params: list(z.union([text, z.number(), z.boolean(), z.null()])),
    statementStats: text.optional(),
  })),
  loads: list(z.object({
    name: text,
    connections: count,
    pipeline: count,
    threads: count.default(1),
    elapsedMs: z.number().nonnegative(),
    operations: count,
    succeeded: count,
    throughput: z.number().nonnegative(),
    errors: list(z.object({ kind: text, code: text, count, message: text })),
    latency: z.object({ p50: z.number(), p90: z.number(), p95: z.number(), p99: z.number(), max: z.number(), mean: z.number() }),
    poolWait: z.object({ median: z.number(), max: z.number() }),
    capped: z.boolean(),
  })).optional(),
  // Scaling classes (optional: reports of runs without `scaling`, or before it existed, have none).
  scaling: z.object({
    multiples: list(z.number().positive()).max(16),
    rows: list(count).max(16),
    workloads: list(z.object({
      kind: z.enum(['query', 'transaction', 'bulk']),
      name: text,
      key: text,
      metric: text,
      work: list(z.number()).max(16),
      exponent: z.number(),
      class: scalingClass,
      growth: z.number(),
      span: z.number(),
      allowed: scalingClass,
    })),
  }).optional(),
  seed: z.object({ seed: z.number().int(), tables: list(z.object({ table: text, rows: count, ms: z.number() })) }),
  dataTests: list(z.object({ name: text, passed: z.boolean(), location })),
  migrations: list(z.object({
    name: text,
    file: text,
    status: z.enum(['applied', 'failed', 'refused', 'not-run']),
    statements: count,
    ms: z.number(),
    error: z.object({
      line: z.number().int(),
      code: text,
      message: text,
      kind: z.enum([
        'unique-violation', 'foreign-key-violation', 'check-violation', 'not-null-violation', 'syntax-error',
        'undefined-object', 'permission-denied', 'auth-failed', 'connection-refused', 'timeout', 'other',
      ]).optional(),
    }).optional(),
  })),
  concurrency: concurrencyShape({ text, list, count }).optional(),
  durationMs: z.number().nonnegative(),
});

/**
 * Rebuilds a GateReport from a parsed report.json (version 2). Throws JsonReportShapeError
 * naming the first field that is missing or of the wrong type, size or value.
 */
export function parseJsonReport(value: unknown): GateReport {
  const parsed = jsonReportSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // Zod's messages name what was expected and the type received, never the value itself.
    throw new JsonReportShapeError(fieldPath(issue.path), issue.message);
  }
  const { version: _version, pullRequest: _pullRequest, ...report } = parsed.data;
  return {
    ...report,
    // The name alone decides the dialect; the report does not carry it twice.
    engine: { ...report.engine, dialect: dialectOf(`${report.engine.name}:`) },
  };
}

/**
 * The path as `findings.0.message`. Keys of environment.settings come from the report, so any
 * character outside a plain name is shown as `?` and the path is capped: the error message
 * goes to the log and must not carry the report's text.
 */
function fieldPath(path: PropertyKey[]): string {
  if (path.length === 0) return 'the top level';
  const joined = path.map((part) => String(part).replace(/[^\w.-]/g, '?')).join('.');
  return joined.length > 120 ? `${joined.slice(0, 120)}…` : joined;
}
