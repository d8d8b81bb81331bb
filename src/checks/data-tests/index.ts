// Data tests: assertions over the seeded data (and what triggers made of it). A `sql` test
// passes when its query returns no rows; `unique` when no value appears twice.
import type { Engine } from '../../engines/engine.js';
import type { SluiceConfig } from '../../config/schema.js';
import type { CheckResult, Finding, Location } from '../../vocabulary.js';

type DataTest = SluiceConfig['checks']['data-tests'][number];

/** One data test's outcome, for the report's full list. */
export interface DataTestResult {
  name: string;
  passed: boolean;
  location: Location;
}

/** `locate(i)` is where data test number i is declared in sluice.yml. */
export async function runDataTests(engine: Engine, tests: DataTest[], locate: (index: number) => Location): Promise<CheckResult & { results: DataTestResult[] }> {
  const findings: Finding[] = [];
  const results: DataTestResult[] = [];
  let passed = 0;
  for (const [index, test] of tests.entries()) {
    const location = locate(index);
    const name = 'unique' in test ? `unique ${test.unique}` : test.name ?? test.sql.replace(/\s+/g, ' ').slice(0, 60);
    let sql: string;
    if ('unique' in test) {
      const parts = test.unique.split('.');
      const column = engine.quoteIdent(parts.pop()!);
      const table = parts.map((p) => engine.quoteIdent(p)).join('.');
      sql = `SELECT ${column} AS value, count(*) AS copies FROM ${table} WHERE ${column} IS NOT NULL GROUP BY ${column} HAVING count(*) > 1`;
    } else {
      sql = test.sql;
    }
    try {
      const rows = await engine.query<Record<string, unknown>>(sql);
      results.push({ name, passed: rows.length === 0, location });
      if (rows.length === 0) {
        passed++;
        continue;
      }
      findings.push({
        check: 'data-tests', rule: 'data-test-failed', severity: 'error', location, subject: `data test ${name}`,
        message: `Data test "${name}" found ${rows.length} offending row${rows.length === 1 ? '' : 's'}, e.g. ${JSON.stringify(rows[0])}.`,
      });
    } catch (error) {
      const e = engine.describeError(error);
      results.push({ name, passed: false, location });
      findings.push({
        check: 'data-tests', rule: e.kind === 'timeout' ? 'statement-timeout' : 'data-test-error', severity: 'error', location, subject: `data test ${name}`,
        message: e.kind === 'timeout'
          ? `Data test "${name}" ran past gate.statement-timeout and was cancelled (${e.code}); make it cheaper or raise gate.statement-timeout.`
          : `Data test "${name}" could not run: ${e.message} (${e.code}); fix its SQL in checks.data-tests.`,
      });
    }
  }
  return { findings, results, metrics: [{ key: 'data-tests.passed', unit: 'tests', kind: 'size', direction: 'higher', value: passed, informational: true }] };
}
