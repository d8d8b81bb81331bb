// Performance: each declared query runs against the seeded data and yields work metrics —
// counts that repeat exactly for the same data and plan (blocks on PostgreSQL, Handler_read_*
// rows on MySQL) — plus its plan operators, checked against the query's `expect`.
import type { Engine, WorkProfile } from '../../engines/engine.js';
import { placeholdersIn } from '../../config/placeholders.js';
import type { QueryConfig, QueryParam } from '../../config/schema.js';
import type { CheckResult, Finding, Location, Metric } from '../../vocabulary.js';

export interface MeasuredQuery {
  name: string;
  key: string;
  shape: string;
  operators: string[];
  counters: WorkProfile['counters'];
  timeMs: number[];
  params: unknown[];
}

/** One scratch database whose queries are measured: the head side, and the base side when comparing. */
export interface QuerySide {
  engine: Engine;
  queries: QueryConfig[];
  /** Where query number i is declared in that side's sluice.yml. */
  locate: (index: number) => Location;
}

export interface SideMeasurement extends CheckResult {
  measured: MeasuredQuery[];
}

interface Prepared {
  query: QueryConfig;
  location: Location;
  sql: string;
  values: unknown[];
  params: unknown[];
  profiles: WorkProfile[];
  failure?: unknown;
}

/**
 * Measures every declared query on every side: a warm-up each, then `samples` timed runs,
 * interleaved across the sides (base, head, head, base, …) so that machine noise hits both
 * alike. Work counters repeat exactly; the last run's are reported.
 */
export async function measureQueries(sides: QuerySide[], options: { seed: number; samples: number }): Promise<SideMeasurement[]> {
  const results: SideMeasurement[] = sides.map(() => ({ findings: [], metrics: [], measured: [] }));
  const prepared = await Promise.all(sides.map((side, i) => prepareSide(side, options.seed, results[i]!)));
  // Queries in the head's order (the last side), then those only the other sides declare.
  const keys = [...new Set([...prepared].reverse().flatMap((byKey) => [...byKey.keys()]))];
  for (const key of keys) {
    const running = sides
      .map((side, i) => ({ side, entry: prepared[i]!.get(key) }))
      .filter((r): r is { side: QuerySide; entry: Prepared } => r.entry !== undefined);
    const run = async ({ side, entry }: { side: QuerySide; entry: Prepared }) => {
      if (entry.failure !== undefined) return;
      try {
        entry.profiles.push(await side.engine.profile(entry.sql, entry.values));
      } catch (error) {
        entry.failure = error;
      }
    };
    for (const r of running) await run(r); // warm-up: caches and hint bits settle before counting
    for (const r of running) r.entry.profiles.length = 0;
    for (let n = 0; n < options.samples; n++) {
      // ABBA order: neither side always goes first.
      for (const r of n % 2 === 0 ? running : [...running].reverse()) await run(r);
    }
  }
  sides.forEach((side, i) => {
    for (const entry of prepared[i]!.values()) report(side.engine, entry, results[i]!);
  });
  return results;
}

/** Resolves each query's SQL and parameters on one side; a query that cannot run becomes a finding. */
async function prepareSide(side: QuerySide, seed: number, result: SideMeasurement): Promise<Map<string, Prepared>> {
  const byKey = new Map<string, Prepared>();
  for (const [index, query] of side.queries.entries()) {
    const location = side.locate(index);
    const text = typeof query.sql === 'string' ? query.sql : query.sql[side.engine.dialect];
    if (!text) {
      result.findings.push({
        check: 'performance', rule: 'query-not-for-dialect', severity: 'error', location, subject: `query ${query.name}`,
        message: `Query "${query.name}" has no ${side.engine.dialect} text; add sql.${side.engine.dialect}.`,
      });
      continue;
    }
    const entry: Prepared = { query, location, sql: text, values: [], params: [], profiles: [] };
    try {
      // Seeded by the query's name, not its position: base and head pick the same values.
      entry.params = await resolveParams(side.engine, query.params, seed + nameHash(query.name));
      Object.assign(entry, toDialect(side.engine, text, entry.params));
    } catch (error) {
      entry.failure = error;
    }
    byKey.set(`query.${slug(query.name)}`, entry);
  }
  return byKey;
}

/** Turns one query's runs into metrics, its plan into findings against `expect`. */
function report(engine: Engine, entry: Prepared, result: SideMeasurement): void {
  const { query, location, profiles } = entry;
  const key = `query.${slug(query.name)}`;
  const subject = `query ${query.name}`;
  const fail = (rule: string, message: string) => result.findings.push({ check: 'performance', rule, severity: 'error', message, location, subject });
  if (entry.failure !== undefined || profiles.length === 0) {
    const e = engine.describeError(entry.failure);
    if (e.kind === 'timeout') {
      fail('statement-timeout', `Query "${query.name}" ran past gate.statement-timeout and was cancelled (${e.code}); make it cheaper, or raise gate.statement-timeout if it is meant to take that long.`);
    } else {
      fail('query-failed', `Query "${query.name}" failed: ${e.message}${e.code ? ` (${e.code})` : ''}.`);
    }
    return;
  }
  const last = profiles[profiles.length - 1]!;
  const unstable = last.counters.filter((c) => profiles.some((p) => p.counters.find((o) => o.name === c.name)?.value !== c.value));
  if (unstable.length) {
    result.findings.push({
      check: 'performance', rule: 'unstable-work', severity: 'notice', location, subject,
      message: `Query "${query.name}": ${unstable.map((c) => c.name).join(', ')} changed between identical runs (the last run is reported), so ${unstable.length > 1 ? 'they are' : 'it is'} not an exact signal for this query.`,
    });
  }
  for (const counter of last.counters) {
    result.metrics.push({ key: `${key}.${counter.name}`, unit: counter.unit, kind: 'work', direction: 'lower', value: counter.value, detail: last.shape });
  }
  const timeMs = profiles.map((p) => p.timeMs);
  result.metrics.push({ key: `${key}.time`, unit: 'ms', kind: 'time', direction: 'lower', samples: timeMs, detail: last.shape });
  result.measured.push({ name: query.name, key, shape: last.shape, operators: last.operators, counters: last.counters, timeMs, params: entry.params });

  for (const operator of query.expect.forbid.filter((op) => last.operators.includes(op))) {
    fail('forbidden-plan-operator', `Query "${query.name}" uses ${operator} (${last.shape}), which its expect.forbid rules out; add an index that serves it or rewrite the query.`);
  }
  const budget = [
    ['blocks', query.expect['max-blocks']],
    ['rows-read', query.expect['max-rows-read']],
  ] as const;
  for (const [name, limit] of budget) {
    const value = last.counters.find((c) => c.name === name)?.value;
    if (limit !== undefined && value !== undefined && value > limit) {
      fail('work-budget-exceeded', `Query "${query.name}" reads ${value} ${name}, over its budget of ${limit} (${last.shape}).`);
    }
  }
}

/** FNV-1a of the name: a stable small number per query. */
function nameHash(name: string): number {
  let hash = 0x811c9dc5;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash % 100_000;
}

/** `{ from: table.column }` takes a value of the seeded data, chosen by the seed: the same on every run. */
async function resolveParams(engine: Engine, params: QueryParam[], seed: number): Promise<unknown[]> {
  const values: unknown[] = [];
  for (const [i, param] of params.entries()) {
    if (param === null || typeof param !== 'object') {
      values.push(param);
      continue;
    }
    const parts = param.from.split('.');
    const column = engine.quoteIdent(parts.pop()!);
    const table = parts.map((p) => engine.quoteIdent(p)).join('.');
    const [{ n }] = (await engine.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)) as [{ n: number }];
    const count = Number(n);
    if (count === 0) throw Object.assign(new Error(`${param.from} has no rows to take a parameter from; seed ${parts.join('.')} in data.rows`), { code: 'sluice' });
    const offset = (Math.imul(seed + i + 1, 2654435761) >>> 0) % count;
    const rows = await engine.query<Record<string, unknown>>(
      `SELECT ${column} AS v FROM ${table} ORDER BY ${column} LIMIT 1 OFFSET ${offset}`,
    );
    values.push(rows[0]?.v);
  }
  return values;
}

/** Config queries use $1, $2 …; MySQL wants ? in order of appearance ($n inside a literal stays text). */
export function toDialect(engine: Engine, sql: string, params: unknown[]): { sql: string; values: unknown[] } {
  if (engine.dialect === 'postgres') return { sql, values: params };
  const values: unknown[] = [];
  let rewritten = '';
  let last = 0;
  for (const placeholder of placeholdersIn(sql, 'mysql')) {
    rewritten += `${sql.slice(last, placeholder.start)}?`;
    values.push(params[placeholder.number - 1]);
    last = placeholder.end;
  }
  return { sql: rewritten + sql.slice(last), values };
}

export const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
