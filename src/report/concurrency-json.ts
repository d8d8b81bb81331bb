// The concurrency part of report.json: written rounded (json.ts), read back strict in every
// field the Concurrency section renders (parse-json.ts), with the same bounded strings and lists.
import { z } from 'zod';
import type { ConcurrencyReport } from '../checks/concurrency/summary.js';

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Figures rounded to the microsecond (or thousandth) as the rest of report.json. */
export function concurrencyJson(c: ConcurrencyReport): ConcurrencyReport {
  return {
    ...c,
    contention: c.contention.map((r) => ({
      ...r,
      elapsedMs: round(r.elapsedMs),
      throughput: round(r.throughput),
      latencyMs: { p50: round(r.latencyMs.p50), p95: round(r.latencyMs.p95), p99: round(r.latencyMs.p99), max: round(r.latencyMs.max) },
    })),
  };
}

interface Bounded {
  text: z.ZodString;
  list: <T extends z.ZodType>(item: T) => z.ZodArray<T>;
  count: z.ZodNumber;
}

/** The schema, built from parse-json's bounded string, list and count. */
export function concurrencyShape({ text, list, count }: Bounded) {
  const step = z.object({
    step: text,
    sql: text,
    blocked: z.boolean(),
    releasedAfter: text.optional(),
    error: z.object({ kind: text, code: text }).optional(),
    rows: count.optional(),
    sample: list(z.record(text, text).refine((r) => Object.keys(r).length <= 100, 'too many columns')).optional(),
  });
  return z.object({
    specs: list(z.object({
      name: text,
      level: text,
      run: count,
      total: count,
      passed: count,
      problem: text.optional(),
      firstFailure: z.object({ order: list(text), difference: text, final: z.boolean().optional(), steps: list(step) }).optional(),
    })),
    matrix: z.object({
      server: text,
      cells: list(z.object({ level: text, anomaly: text, name: text, prevented: z.boolean(), documented: z.boolean() })),
    }).optional(),
    deadlocks: list(z.object({
      transactions: z.tuple([text, text]),
      total: count,
      run: count,
      deadlocked: count,
      first: z.object({
        order: list(text),
        victim: z.object({ transaction: text, statement: text, code: text }),
        survivor: z.object({ transaction: text, statement: text }),
        locks: list(text),
      }).optional(),
    })),
    contention: list(z.object({
      name: text,
      transaction: text,
      workers: count,
      level: text,
      operations: count,
      committed: count,
      retries: count,
      elapsedMs: z.number().nonnegative(),
      throughput: z.number().nonnegative(),
      failures: list(z.object({ kind: text, count })),
      latencyMs: z.object({ p50: z.number(), p95: z.number(), p99: z.number(), max: z.number() }),
      invariants: list(z.object({
        label: text,
        kind: z.enum(['holds', 'conserved']),
        held: z.boolean(),
        broken: count.optional(),
        rows: list(text),
        problem: text.optional(),
        alreadyBroken: z.boolean().optional(),
      })),
    })),
  });
}
