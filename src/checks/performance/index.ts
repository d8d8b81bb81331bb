// Performance: each declared query runs against the seeded data and yields work metrics —
// counts that repeat exactly for the same data and plan (blocks on PostgreSQL, Handler_read_*
// rows on MySQL) — plus its plan operators, checked against the query's `expect`.
import type { Engine, WorkProfile } from '../../engines/engine.js';
import { placeholdersIn } from '../../config/placeholders.js';
import type { QueryConfig, QueryParam } from '../../config/schema.js';
import type { CheckResult, Finding, Location, Metric } from '../../vocabulary.js';

/** Timed executions per query after one warm-up; timings are a second signal, so a few suffice here. */
export const TIME_SAMPLES = 5;

export interface MeasuredQuery {
  name: string;
  key: string;
  shape: string;
  operators: string[];
  counters: WorkProfile['counters'];
  timeMs: number[];
  params: unknown[];
}

export async function measureQueries(
  engine: Engine,
  queries: QueryConfig[],
  seed: number,
  /** Where query number i is declared in sluice.yml. */
  locate: (index: number) => Location,
): Promise<CheckResult & { measured: MeasuredQuery[] }> {
  const findings: Finding[] = [];
  const metrics: Metric[] = [];
  const measured: MeasuredQuery[] = [];
  for (const [index, query] of queries.entries()) {
    const key = `query.${slug(query.name)}`;
    const text = typeof query.sql === 'string' ? query.sql : query.sql[engine.dialect];
    const location = locate(index);
    const subject = `query ${query.name}`;
    const fail = (rule: string, message: string) => findings.push({ check: 'performance', rule, severity: 'error', message, location, subject });
    if (!text) {
      fail('query-not-for-dialect', `Query "${query.name}" has no ${engine.dialect} text; add sql.${engine.dialect}.`);
      continue;
    }
    let params: unknown[];
    let profiles: WorkProfile[];
    try {
      params = await resolveParams(engine, query.params, seed + index);
      const { sql, values } = toDialect(engine, text, params);
      await engine.profile(sql, values); // warm-up: caches and hint bits settle before counting
      profiles = [];
      for (let run = 0; run < TIME_SAMPLES; run++) profiles.push(await engine.profile(sql, values));
    } catch (error) {
      const e = engine.describeError(error);
      if (e.kind === 'timeout') {
        fail('statement-timeout', `Query "${query.name}" ran past gate.statement-timeout and was cancelled (${e.code}); make it cheaper, or raise gate.statement-timeout if it is meant to take that long.`);
      } else {
        fail('query-failed', `Query "${query.name}" failed: ${e.message} (${e.code}).`);
      }
      continue;
    }
    const last = profiles[profiles.length - 1]!;
    const unstable = last.counters.filter((c) => profiles.some((p) => p.counters.find((o) => o.name === c.name)?.value !== c.value));
    if (unstable.length) {
      findings.push({
        check: 'performance', rule: 'unstable-work', severity: 'notice', location, subject,
        message: `Query "${query.name}": ${unstable.map((c) => c.name).join(', ')} changed between identical runs (the last run is reported), so ${unstable.length > 1 ? 'they are' : 'it is'} not an exact signal for this query.`,
      });
    }
    for (const counter of last.counters) {
      metrics.push({ key: `${key}.${counter.name}`, unit: counter.unit, kind: 'work', direction: 'lower', value: counter.value, detail: last.shape });
    }
    const timeMs = profiles.map((p) => p.timeMs);
    metrics.push({ key: `${key}.time`, unit: 'ms', kind: 'time', direction: 'lower', samples: timeMs });
    measured.push({ name: query.name, key, shape: last.shape, operators: last.operators, counters: last.counters, timeMs, params });

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
  return { findings, metrics, measured };
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
