// Data tests: assertions over the seeded data (and what triggers made of it), the dbt / Great
// Expectations catalogue — unique, not_null, accepted_values, relationships, range, regex,
// row_count, expression — plus `sql` (a query that must return no rows). Every test is in the
// results, passed or failed; a failure reports how many rows break it and a few of them.
import type { Engine } from '../../engines/engine.js';
import type { CheckResult, Finding, Location } from '../../vocabulary.js';
import { planDataTest, type DataTest, type DataTestPlan } from './catalogue.js';
import { describeSample, MAX_SAMPLES, sampleRows, type SampleRow } from './samples.js';

export type { DataTest } from './catalogue.js';
export type { SampleRow } from './samples.js';

/** One data test's outcome, for the report's full list. */
export interface DataTestResult {
  name: string;
  passed: boolean;
  location: Location;
  /** Rows (for unique: duplicated values) that break it; absent when it passed or could not run. */
  failing?: number;
  /** Up to five of them, values truncated, sensitive columns hidden. */
  samples?: SampleRow[];
}

/** `locate(i)` is where data test number i is declared in sluice.yml. */
export async function runDataTests(engine: Engine, tests: DataTest[], locate: (index: number) => Location): Promise<CheckResult & { results: DataTestResult[] }> {
  const findings: Finding[] = [];
  const results: DataTestResult[] = [];
  let passed = 0;
  for (const [index, test] of tests.entries()) {
    const location = locate(index);
    const plan = planDataTest(engine, test);
    const { name } = plan;
    try {
      const outcome = await evaluate(engine, plan);
      if (outcome.failing === 0) {
        passed++;
        results.push({ name, passed: true, location });
        continue;
      }
      const samples = sampleRows(outcome.rows, test.sensitive);
      results.push({ name, passed: false, location, failing: outcome.failing, samples });
      const what = outcome.what ?? `found ${outcome.failing} offending ${'unique' in test ? 'duplicated value' : 'row'}${outcome.failing === 1 ? '' : 's'}`;
      findings.push({
        check: 'data-tests', rule: 'data-test-failed', severity: 'error', location, subject: `data test ${name}`,
        message: `Data test "${name}" ${what}${samples.length ? `, e.g. ${samples.map(describeSample).join(', ')}` : ''}.`,
      });
    } catch (error) {
      const e = engine.describeError(error);
      results.push({ name, passed: false, location });
      findings.push({
        check: 'data-tests', rule: e.kind === 'timeout' ? 'statement-timeout' : 'data-test-error', severity: 'error', location, subject: `data test ${name}`,
        message: e.kind === 'timeout'
          ? `Data test "${name}" ran past gate.statement-timeout and was cancelled (${e.code}); make it cheaper or raise gate.statement-timeout.`
          : `Data test "${name}" could not run: ${e.message} (${e.code}); fix it in checks.data-tests.`,
      });
    }
  }
  return { findings, results, metrics: [{ key: 'data-tests.passed', unit: 'tests', kind: 'size', direction: 'higher', value: passed, informational: true }] };
}

async function evaluate(engine: Engine, plan: DataTestPlan): Promise<{ failing: number; rows: Record<string, unknown>[]; what?: string }> {
  if (plan.kind === 'query') {
    const rows = await engine.query<Record<string, unknown>>(plan.sql);
    return { failing: rows.length, rows };
  }
  if (plan.kind === 'count') {
    const [row] = await engine.query<{ n: unknown }>(`SELECT count(*) AS n FROM ${plan.table}`);
    const n = Number(row?.n ?? 0);
    const inside = (plan.min === undefined || n >= plan.min) && (plan.max === undefined || n <= plan.max);
    const bounds = [plan.min !== undefined ? `at least ${plan.min}` : '', plan.max !== undefined ? `at most ${plan.max}` : ''].filter(Boolean).join(' and ');
    return { failing: inside ? 0 : 1, rows: [], what: `counted ${n} rows; expected ${bounds}` };
  }
  const grouped = plan.groupBy ? ` GROUP BY ${plan.groupBy}` : '';
  const [counted] = await engine.query<{ n: unknown }>(
    plan.groupBy ? `SELECT count(*) AS n FROM (SELECT 1 AS one FROM ${plan.from}${grouped}) failing` : `SELECT count(*) AS n FROM ${plan.from}`,
    plan.params,
  );
  const failing = Number(counted?.n ?? 0);
  if (failing === 0) return { failing, rows: [] };
  const rows = await engine.query<Record<string, unknown>>(`SELECT ${plan.select} FROM ${plan.from}${grouped} LIMIT ${MAX_SAMPLES}`, plan.params);
  return { failing, rows };
}
