// Performance: each declared workload — query, transaction, bulk path — runs against the seeded
// data and yields work metrics (counts that repeat exactly for the same data and plan: blocks on
// PostgreSQL, Handler_read_* rows on MySQL), a plan shape with a short hash, and a latency
// distribution; its `expect` and `max` are checked against them.
//
// Files: workload.ts (the three kinds as one), params.ts (parameter sources), run.ts (one
// execution, rolled back for writes), plan-shape.ts, expectations.ts, repeatable.ts (the
// conditions that make work repeat), src/measure/latency.ts (HDR percentiles).
import type { Engine } from '../../engines/engine.js';
import type { BulkConfig, QueryConfig, TransactionConfig } from '../../config/schema/index.js';
import { summariseLatency, type LatencySummary } from '../../measure/latency.js';
import type { CheckResult, Location } from '../../vocabulary.js';
import { toDialect } from './dialect.js';
import { checkExpectations } from './expectations.js';
import { nameHash, resolveParams } from './params.js';
import { planShape } from './plan-shape.js';
import { countTransaction } from './statement-stats.js';
import { makeRepeatable } from './repeatable.js';
import { controlOnce, executeOnce, type BoundStatement, type Execution } from './run.js';
import { textFor, workloadsOf, type Workload, type WorkloadKind } from './workload.js';

export { slug, toDialect } from './dialect.js';
export { SECTION, type WorkloadKind } from './workload.js';
export type { LatencySummary } from '../../measure/latency.js';

export interface MeasuredQuery {
  /** query, transaction or bulk; absent in reports written before transactions existed (a query). */
  kind?: WorkloadKind;
  name: string;
  key: string;
  /** One line per statement: "Limit → Sort → Seq Scan on products". */
  shape: string;
  /** The normalised plan tree (node types, relations, indexes, join types) and its 12-hex hash. */
  plan?: { hash: string; text: string };
  operators: string[];
  counters: Execution['counters'];
  timeMs: number[];
  /** Percentiles of timeMs; absent on PGlite, where timings are not meaningful. */
  latency?: LatencySummary;
  params: unknown[];
  /** A transaction on PostgreSQL without pg_stat_statements deltas: why (the report says so). */
  statementStats?: string;
}

/** One scratch database whose workloads are measured: the head side, and the base side when comparing. */
export interface QuerySide {
  engine: Engine;
  queries: QueryConfig[];
  transactions?: TransactionConfig[];
  bulk?: BulkConfig[];
  /** Where workload number i of a kind is declared in that side's sluice.yml. */
  locate: (kind: WorkloadKind, index: number) => Location;
}

export interface SideMeasurement extends CheckResult {
  measured: MeasuredQuery[];
}

interface Prepared {
  workload: Workload;
  statements: BoundStatement[];
  params: unknown[];
  runs: Execution[];
  /** The control's timing beside each run (controlOnce), for the comparison. */
  control: number[];
  failure?: unknown;
  /** pg_stat_statements deltas of one more run (transactions), or why there are none. */
  statementCounters?: Execution['counters'] | { unavailable: string };
}

/**
 * Measures every declared workload on every side: a warm-up each, then `samples` timed runs,
 * interleaved across the sides (base, head, head, base, …) so that machine noise hits both
 * alike. Noise that belongs to a session rather than a moment (on a busy machine the scheduler
 * may keep one connection waiting out time slices in most of its round trips, for seconds) does
 * not alternate with the order: a control statement timed right after each run on the same
 * session waits as often, and the comparison gates no difference within what it varied by (nor
 * any, when the two sessions ran the control itself at different speeds). Work
 * counters repeat exactly; the last run's are reported.
 */
export async function measureQueries(sides: QuerySide[], options: { seed: number; samples: number }): Promise<SideMeasurement[]> {
  const results: SideMeasurement[] = sides.map(() => ({ findings: [], metrics: [], measured: [] }));
  for (const side of sides) await makeRepeatable(side.engine);
  const prepared = await Promise.all(sides.map((side, i) => prepareSide(side, options.seed, results[i]!)));
  // Workloads in the head's order (the last side), then those only the other sides declare.
  const keys = [...new Set([...prepared].reverse().flatMap((byKey) => [...byKey.keys()]))];
  for (const key of keys) {
    const running = sides
      .map((side, i) => ({ side, entry: prepared[i]!.get(key) }))
      .filter((r): r is { side: QuerySide; entry: Prepared } => r.entry !== undefined);
    const run = async ({ side, entry }: { side: QuerySide; entry: Prepared }) => {
      if (entry.failure !== undefined) return;
      try {
        entry.runs.push(await executeOnce(side.engine, entry.workload.kind, entry.statements));
        entry.control.push(await controlOnce(side.engine, entry.workload.kind, entry.statements));
      } catch (error) {
        entry.failure = error;
      }
    };
    for (const r of running) await run(r); // warm-up: caches and hint bits settle before counting
    for (const r of running) r.entry.runs.length = r.entry.control.length = 0;
    for (let n = 0; n < options.samples; n++) {
      // ABBA order: neither side always goes first.
      for (const r of n % 2 === 0 ? running : [...running].reverse()) await run(r);
    }
    // A transaction as the server counted it: pg_stat_statements deltas of one more plain run.
    for (const { side, entry } of running) {
      if (entry.workload.kind !== 'transaction' || entry.failure !== undefined || side.engine.dialect !== 'postgres') continue;
      try {
        entry.statementCounters = await countTransaction(side.engine, entry.statements);
      } catch (error) {
        entry.failure = error;
      }
    }
  }
  sides.forEach((side, i) => {
    for (const entry of prepared[i]!.values()) report(side.engine, entry, results[i]!);
  });
  return results;
}

/** Resolves each workload's SQL and parameters on one side; one that cannot run becomes a finding. */
async function prepareSide(side: QuerySide, seed: number, result: SideMeasurement): Promise<Map<string, Prepared>> {
  const byKey = new Map<string, Prepared>();
  const { dialect } = side.engine;
  for (const workload of workloadsOf(side, side.locate)) {
    const texts = workload.statements.map((s) => textFor(s, dialect));
    if (texts.some((t) => t === undefined)) {
      result.findings.push({
        check: 'performance', rule: 'query-not-for-dialect', severity: 'error', location: workload.location, subject: `${workload.kind} ${workload.name}`,
        message: `${workload.kind === 'query' ? 'Query' : workload.kind === 'bulk' ? 'Bulk path' : 'Transaction'} "${workload.name}" has no ${dialect} text; add its ${dialect}: variant.`,
      });
      continue;
    }
    const entry: Prepared = { workload, statements: [], params: [], runs: [], control: [] };
    try {
      // Seeded by the workload's name, not its position: base and head pick the same values.
      entry.params = await resolveParams(side.engine, workload.params, seed + nameHash(workload.name));
      entry.statements = texts.map((text) => toDialect(side.engine, text!, entry.params));
    } catch (error) {
      entry.failure = error;
    }
    byKey.set(workload.key, entry);
  }
  return byKey;
}

const LABEL = { query: 'Query', transaction: 'Transaction', bulk: 'Bulk path' } as const;

/** Turns one workload's runs into metrics, and its plan and latency into findings against `expect` and `max`. */
function report(engine: Engine, entry: Prepared, result: SideMeasurement): void {
  const { workload, runs } = entry;
  const { key, location } = workload;
  const subject = `${workload.kind} ${workload.name}`;
  const what = `${LABEL[workload.kind]} "${workload.name}"`;
  if (entry.failure !== undefined || runs.length === 0) {
    const e = engine.describeError(entry.failure);
    const fail = (rule: string, message: string) => result.findings.push({ check: 'performance', rule, severity: 'error', message, location, subject });
    if (e.kind === 'timeout') {
      fail('statement-timeout', `${what} ran past gate.statement-timeout and was cancelled (${e.code}); make it cheaper, or raise gate.statement-timeout if it is meant to take that long.`);
    } else {
      fail('query-failed', `${what} failed on ${engine.info.name}: ${e.message}${e.code ? ` (${e.code})` : ''}.`);
    }
    return;
  }
  const last = runs[runs.length - 1]!;
  // Rolled-back writes leave dead row versions that the next run steps over, so a transaction's
  // or bulk path's counts may move from one run to the next within a run of Sluice — always the
  // same way, so the last run's figures still repeat from one Sluice run to the next.
  const unstable = workload.kind !== 'query' ? [] : last.counters.filter((c) => runs.some((r) => r.counters.find((o) => o.name === c.name)?.value !== c.value));
  if (unstable.length) {
    result.findings.push({
      check: 'performance', rule: 'unstable-work', severity: 'notice', location, subject,
      message: `${what}: ${unstable.map((c) => c.name).join(', ')} changed between identical runs (the last run is reported), so ${unstable.length > 1 ? 'they are' : 'it is'} not an exact signal for it.`,
    });
  }
  const plan = planShape(engine.dialect, last.plans);
  const detail = `${last.shape} · plan ${plan.hash}`;
  for (const counter of last.counters) {
    result.metrics.push({ key: `${key}.${counter.name}`, unit: counter.unit, kind: 'work', direction: 'lower', value: counter.value, detail });
  }
  const counted = entry.statementCounters;
  const counters = Array.isArray(counted) ? [...last.counters, ...counted] : last.counters;
  for (const counter of Array.isArray(counted) ? counted : []) {
    result.metrics.push({ key: `${key}.${counter.name}`, unit: counter.unit, kind: 'work', direction: 'lower', value: counter.value, detail: 'pg_stat_statements' });
  }
  const timeMs = runs.map((r) => r.timeMs);
  // Raw samples stay on the metric: the comparison's statistics need them, not percentiles.
  result.metrics.push({ key: `${key}.time`, unit: 'ms', kind: 'time', direction: 'lower', samples: timeMs, control: entry.control, detail });
  const latency = engine.info.name === 'pglite' ? undefined : summariseLatency(timeMs);
  result.measured.push({
    kind: workload.kind, name: workload.name, key, shape: last.shape, plan: { hash: plan.hash, text: plan.text },
    operators: last.operators, counters, timeMs, ...(latency ? { latency } : {}), params: entry.params,
    ...(counted && !Array.isArray(counted) ? { statementStats: counted.unavailable } : {}),
  });
  result.findings.push(...checkExpectations(workload, last, plan, latency));
}
