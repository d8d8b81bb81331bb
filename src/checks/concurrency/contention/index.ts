// Invariants under contention (checks.contention): `workers` sessions run one declared
// transaction at once, bounded by operations or a duration, each operation with values drawn
// from the seed (hot keys skewed) and retried on what the engine asks to retry. Reported:
// throughput, retries, errors by class, latency percentiles (HDR histogram), and every
// invariant the run broke with the rows that break it. The seeded rows are put back afterwards.
// PGlite, with one connection, is skipped with one notice.
import { build } from 'hdr-histogram-js';
import { MAX_CONTENTION_MS, type ContentionRun } from '../../../config/schema/contention.js';
import type { TransactionConfig } from '../../../config/schema/index.js';
import type { DbError, Engine } from '../../../engines/engine.js';
import { ConfigError } from '../../../errors.js';
import { hashOf, mulberry32 } from '../../../data/random.js';
import { paramSources } from '../../../measure/load/parameters.js';
import type { CheckResult, Finding, Location, Metric } from '../../../vocabulary.js';
import { slug } from '../../performance/index.js';
import { copySeededState, writtenTables } from '../seeded-state.js';
import { SpecSession } from '../spec-session.js';
import { changedRows, invariantCheck, readInvariant, sampleRows, type InvariantCheck } from './invariants.js';
import { drawValues, runOperation, type OperationPlan } from './operation.js';
import { shortRow, type ContentionSummary, type InvariantSummary } from '../summary.js';

export interface ContentionOptions {
  runs: readonly ContentionRun[];
  transactions: readonly TransactionConfig[];
  seed: number;
  /** Where a key of sluice.yml is, from its root. */
  locate: (path: readonly (string | number)[]) => Location;
  /** The same place as text (sluice.yml:12:7), for configuration errors. */
  where: (path: readonly (string | number)[]) => string;
  log: (line: string) => void;
}

export interface ContentionTally {
  operations: number;
  committed: number;
  retries: number;
  elapsedMs: number;
  /** Operations that failed after their retries, by error kind and code. */
  errors: Map<string, { count: number; first: DbError }>;
  latencyMs: { p50: number; p90: number; p95: number; p99: number; max: number };
}

export async function runContention(engine: Engine, options: ContentionOptions): Promise<CheckResult & { runs: ContentionSummary[] }> {
  const result: CheckResult & { runs: ContentionSummary[] } = { findings: [], metrics: [], runs: [] };
  if (options.runs.length === 0) return result;
  if (!engine.openSession) {
    result.findings.push({
      check: 'concurrency', rule: 'contention-skipped', severity: 'notice', location: options.locate(['checks', 'contention']),
      message: `The contention runs (${options.runs.length}) were skipped: ${engine.info.name} has one connection, so transactions cannot contend; run them with engine: postgres:<tag>, mysql:<tag>, mariadb:<tag> or a server URL.`,
    });
    return result;
  }
  const schema = await engine.introspect();
  for (const [index, run] of options.runs.entries()) {
    const at = ['checks', 'contention', index];
    const transaction = options.transactions.find((t) => t.name === run.transaction)!;
    const texts = transaction.statements.map((s) => (typeof s === 'string' ? s : s[engine.dialect]));
    const missing = texts.findIndex((t) => t === undefined);
    if (missing >= 0) {
      throw new ConfigError(`${options.where(['transactions', options.transactions.indexOf(transaction), 'statements', missing])}: statement ${missing + 1} of "${transaction.name}" has no ${engine.dialect} text, so contention run "${run.name}" cannot run it; add its ${engine.dialect}: variant.`);
    }
    const checks = run.invariants.map(invariantCheck);
    // Every invariant is read once before the run: one that is not a boolean query is a configuration error.
    const before: Awaited<ReturnType<typeof readInvariant>>[] = [];
    for (const [i, check] of checks.entries()) {
      const state = await readInvariant(engine, check);
      if ('problem' in state) throw new ConfigError(`${options.where([...at, 'invariants', i])}: invariant ${check.holds ? '' : '(conserved) '}"${short(check.holds ?? check.conserved!)}" ${state.problem}.`);
      before.push(state);
    }
    const state = await copySeededState(engine, writtenTables(texts as string[], schema), `ct${index}`);
    try {
      const plan: OperationPlan = { texts: texts as string[], sources: await paramSources(engine, transaction.params), retryOn: run.retry.on, maxRetries: run.retry.max };
      const tally = await runWorkers(engine, run, plan, options.seed + hashOf(run.name));
      const key = `contention.${slug(run.name)}`;
      result.metrics.push(...metricsOf(key, tally));
      const location = options.locate(at);
      const errorFinding = errorsFinding(run, tally, location);
      if (errorFinding) result.findings.push(errorFinding);
      let broken = 0;
      const invariants: InvariantSummary[] = [];
      for (const [i, check] of checks.entries()) {
        const { finding, summary } = await brokenInvariant(engine, run, check, before[i]!, options.locate([...at, 'invariants', i]));
        invariants.push(summary);
        if (finding) { broken++; result.findings.push(finding); }
      }
      result.runs.push(summaryOf(run, tally, invariants));
      options.log(
        `contention ${run.name}: ${tally.operations} operations on ${run.workers} workers in ${(tally.elapsedMs / 1000).toFixed(1)} s, ` +
        `${Math.round((tally.committed * 1000) / Math.max(tally.elapsedMs, 1))} commits/s, ${tally.retries} retries, ${tally.operations - tally.committed} failed, ` +
        `p95 ${tally.latencyMs.p95.toFixed(2)} ms; ${broken} of ${checks.length} invariants broken`,
      );
    } finally {
      await state.restore();
      await state.drop();
    }
  }
  return result;
}

async function runWorkers(engine: Engine, run: ContentionRun, plan: OperationPlan, seed: number): Promise<ContentionTally> {
  const histogram = build({ lowestDiscernibleValue: 1, highestTrackableValue: 120_000_000, numberOfSignificantValueDigits: 3, autoResize: false });
  const tally: ContentionTally = { operations: 0, committed: 0, retries: 0, elapsedMs: 0, errors: new Map(), latencyMs: { p50: 0, p90: 0, p95: 0, p99: 0, max: 0 } };
  const sessions: SpecSession[] = [];
  try {
    for (let w = 0; w < run.workers; w++) {
      // Lock waits end at the run's lock-timeout; every statement at four times that.
      sessions.push(await SpecSession.open(engine, `w${w}`, run.level, run['lock-timeout']));
    }
    const limit = run.operations ?? Number.POSITIVE_INFINITY;
    const started = performance.now();
    const deadline = started + Math.min(run.duration ?? MAX_CONTENTION_MS, MAX_CONTENTION_MS);
    let claimed = 0;
    await Promise.all(sessions.map(async (session, w) => {
      const random = mulberry32(seed + w * 7919);
      while (claimed < limit && performance.now() < deadline) {
        claimed++;
        const values = drawValues(plan.sources, random);
        const t0 = performance.now();
        const outcome = await runOperation(engine, session, plan, values);
        tally.operations++;
        tally.retries += outcome.retries;
        if (outcome.error) {
          const kind = `${outcome.error.kind} (${outcome.error.code})`;
          const seen = tally.errors.get(kind);
          if (seen) seen.count++;
          else tally.errors.set(kind, { count: 1, first: outcome.error });
        } else {
          tally.committed++;
          histogram.recordValue(Math.max(1, Math.round((performance.now() - t0) * 1000)));
        }
      }
    }));
    tally.elapsedMs = performance.now() - started;
    const at = (p: number) => (histogram.totalCount ? (p === 100 ? histogram.maxValue : histogram.getValueAtPercentile(p)) / 1000 : 0);
    tally.latencyMs = { p50: at(50), p90: at(90), p95: at(95), p99: at(99), max: at(100) };
    return tally;
  } finally {
    histogram.destroy();
    for (const session of sessions) await session.close();
  }
}

function metricsOf(key: string, tally: ContentionTally): Metric[] {
  const seconds = tally.elapsedMs / 1000;
  const failed = tally.operations - tally.committed;
  return [
    { key: `${key}.throughput`, unit: 'ops/s', kind: 'time', direction: 'higher', value: seconds > 0 ? tally.committed / seconds : 0 },
    ...(['p50', 'p95', 'p99', 'max'] as const).map((p): Metric => ({ key: `${key}.${p}`, unit: 'ms', kind: 'time', direction: 'lower', value: tally.latencyMs[p] })),
    // They describe the run (how hard the workers fought), not a cost that repeats: shown, never gated.
    { key: `${key}.retries`, unit: 'retries', kind: 'size', direction: 'lower', value: tally.retries, informational: true },
    {
      key: `${key}.failed`, unit: 'operations', kind: 'size', direction: 'lower', value: failed, informational: true,
      ...(tally.errors.size ? { detail: [...tally.errors].map(([kind, e]) => `${kind} ×${e.count}`).join(', ') } : {}),
    },
  ];
}

function errorsFinding(run: ContentionRun, tally: ContentionTally, location: Location): Finding | undefined {
  if (tally.errors.size === 0) return undefined;
  const failed = tally.operations - tally.committed;
  const classes = [...tally.errors].sort((a, b) => b[1].count - a[1].count).map(([kind, e]) => `${kind} ×${e.count}: ${e.first.message}`);
  return {
    check: 'concurrency', rule: 'contention-errors', severity: 'warning', location, subject: `contention ${run.name}`,
    message: `Contention "${run.name}": ${failed} of ${tally.operations} operations failed${run.retry.max ? ` after up to ${run.retry.max} retries` : ''} — ${classes.join('; ')}.`,
  };
}

async function brokenInvariant(
  engine: Engine, run: ContentionRun, check: InvariantCheck, before: Awaited<ReturnType<typeof readInvariant>>, location: Location,
): Promise<{ finding?: Finding; summary: InvariantSummary }> {
  const after = await readInvariant(engine, check);
  const subject = `contention ${run.name}`;
  const head = `Contention "${run.name}" (${run.workers} workers running "${run.transaction}")`;
  const summary: InvariantSummary = { label: short(check.label), kind: check.conserved ? 'conserved' : 'holds', held: true, rows: [] };
  if ('problem' in after) {
    return {
      summary: { ...summary, held: false, problem: after.problem },
      finding: { check: 'concurrency', rule: 'contention-invariant-broken', severity: 'error', location, subject, message: `${head}: after the run the invariant "${short(check.label)}" ${after.problem}.` },
    };
  }
  if ('rows' in after && 'rows' in before) {
    const changed = changedRows(before.rows, after.rows);
    if (changed.count === 0) return { summary };
    return {
      summary: { ...summary, held: false, broken: changed.count, rows: changed.samples.map(shortRow) },
      finding: {
        check: 'concurrency', rule: 'contention-invariant-broken', severity: 'error', location, subject,
        message: `${head} broke the conserved invariant "${short(check.label)}": ${changed.count} row${changed.count === 1 ? '' : 's'} changed (before → after): ${changed.samples.join('; ')}${changed.count > changed.samples.length ? '; …' : ''}. ${ADVICE}`,
      },
    };
  }
  if (!('value' in after) || after.value) return { summary };
  const { count, samples } = await sampleRows(engine, check);
  const alreadyBroken = 'value' in before && !before.value;
  const already = alreadyBroken ? ' (it was already false before the run)' : '';
  return {
    summary: { ...summary, held: false, rows: samples.map(shortRow), ...(count !== undefined ? { broken: count } : {}), ...(alreadyBroken ? { alreadyBroken } : {}) },
    finding: {
      check: 'concurrency', rule: 'contention-invariant-broken', severity: 'error', location, subject,
      message: `${head} broke the invariant "${short(check.label)}"${already}${samples.length ? `; rows that break it: ${samples.join('; ')}` : ''}. ${ADVICE}`,
    },
  };
}

function summaryOf(run: ContentionRun, tally: ContentionTally, invariants: InvariantSummary[]): ContentionSummary {
  const { p50, p95, p99, max } = tally.latencyMs;
  return {
    name: run.name, transaction: run.transaction, workers: run.workers, level: run.level,
    operations: tally.operations, committed: tally.committed, retries: tally.retries, elapsedMs: tally.elapsedMs,
    throughput: tally.elapsedMs > 0 ? (tally.committed * 1000) / tally.elapsedMs : 0,
    failures: [...tally.errors].sort((a, b) => b[1].count - a[1].count).map(([kind, e]) => ({ kind, count: e.count })),
    latencyMs: { p50, p95, p99, max },
    invariants,
  };
}

const ADVICE = 'A value read and written back later is lost when another transaction writes it in between: lock what you read (SELECT … FOR UPDATE), write relative to the stored value (UPDATE … SET quantity = quantity - n WHERE quantity >= n), or run at serializable and retry.';

const short = (sql: string) => {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 137)}…` : flat;
};
