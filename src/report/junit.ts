// JUnit XML, which CI dashboards and test-report actions read: a testsuite per check family,
// a testcase per checked item, a failure for each error finding and each regression, skipped
// for what did not run.
import type { GateReport } from '../gate.js';
import type { MetricComparison } from '../baseline/types.js';
import type { Finding } from '../vocabulary.js';
import { figure, delta } from './format.js';
import { median } from './json.js';
import { element } from './xml.js';

interface TestCase {
  name: string;
  seconds?: number;
  failures: string[];
  skipped?: string;
  /** Warnings, notices and anything else worth reading next to the case. */
  output: string[];
}

interface Suite {
  name: string;
  cases: TestCase[];
}

const findingText = (f: Finding) => `${f.severity} ${f.rule}${f.location ? ` at ${f.location.file}${f.location.line ? `:${f.location.line}` : ''}` : ''}: ${f.message}`;

/** Attaches findings to the cases they are about; the rest become cases of their own. */
function attach(cases: Array<TestCase & { owns: (f: Finding) => boolean }>, findings: Finding[]): TestCase[] {
  const own: TestCase[] = [];
  for (const f of findings) {
    const target = cases.find((c) => c.owns(f)) ?? own.find((c) => c.name === caseName(f));
    const testCase = target ?? { name: caseName(f), failures: [], output: [] };
    if (!target) own.push(testCase);
    (f.severity === 'error' ? testCase.failures : testCase.output).push(findingText(f));
  }
  return [...cases, ...own];
}

const caseName = (f: Finding) => `${f.rule}${f.subject ? `: ${f.subject}` : f.location ? `: ${f.location.file}` : ''}`;

const FAMILY_OF: Record<string, string> = { migrations: 'migrations', 'data-tests': 'data-tests', performance: 'performance' };
const familyOf = (f: Finding) => FAMILY_OF[f.check] ?? 'schema';

function suites(report: GateReport): Suite[] {
  const findingsOf = (family: string) => report.findings.filter((f) => familyOf(f) === family);

  const migrations = attach(
    report.migrations.map((m) => ({
      name: m.file,
      seconds: m.ms / 1000,
      failures: m.status === 'failed' || m.status === 'refused' ? [`${m.status}${m.error ? `: ${m.error.message} (${m.error.code}) at line ${m.error.line}` : ''}`] : [],
      skipped: m.status === 'not-run' ? 'not run: an earlier migration failed' : undefined,
      output: [],
      owns: (f: Finding) => f.location?.file === m.file,
    })),
    findingsOf('migrations'),
  );

  const schemaFindings = findingsOf('schema');
  const schema = schemaFindings.length ? attach([], schemaFindings) : [{ name: 'schema checks', failures: [], output: [] }];

  const failedTests = new Set(report.dataTests.filter((d) => !d.passed).map((d) => d.name));
  const dataTests = attach(
    report.dataTests.map((d) => ({ name: d.name, failures: [], output: [], owns: (f: Finding) => f.subject === `data test ${d.name}` })),
    findingsOf('data-tests'),
  );
  // A failed data test without a finding saying why still fails.
  for (const c of dataTests) if (failedTests.has(c.name) && !c.failures.length) c.failures.push(`data test "${c.name}" failed`);

  const performance = attach(
    report.queries.map((q) => ({
      name: q.name,
      seconds: median(q.timeMs) / 1000,
      failures: [],
      output: [`plan: ${q.shape}`, ...q.counters.map((c) => `${c.name}: ${c.value} ${c.unit}`)],
      owns: (f: Finding) => f.subject === `${q.kind ?? 'query'} ${q.name}`,
    })),
    findingsOf('performance'),
  );

  const c = report.comparison;
  const comparison: TestCase[] = c.against === 'none'
    ? [{ name: 'compared with a baseline', failures: [], skipped: c.note ?? 'no baseline to compare with', output: [] }]
    : c.metrics.map((m) => comparisonCase(m));

  return [
    { name: 'migrations', cases: migrations },
    { name: 'schema', cases: schema },
    { name: 'data-tests', cases: dataTests },
    { name: 'performance', cases: performance },
    { name: 'baseline comparison', cases: comparison },
  ];
}

function comparisonCase(m: MetricComparison): TestCase {
  const figures = `${figure(m.base, m.unit)} → ${figure(m.head, m.unit)}${m.unit === 'ms' ? '' : ` ${m.unit}`}${m.delta !== undefined ? ` (${delta(m.base, m.head, m.unit)})` : ''}`;
  const plan = m.detail?.base && m.detail.head && m.detail.base !== m.detail.head ? `; plan ${m.detail.base} → ${m.detail.head}` : '';
  const failing = m.status === 'regression' && !m.accepted;
  const output = [...(failing ? [] : [`${m.status}: ${figures}${plan}`]), ...(m.note ? [m.note] : [])];
  if (m.status === 'regression' && m.accepted) output.push(`accepted by ${m.accepted.by}: ${m.accepted.reason}`);
  return {
    name: m.key,
    failures: failing ? [`regression: ${figures}${plan}`] : [],
    skipped: m.status === 'not-gated' ? m.note ?? 'not gated' : undefined,
    output,
  };
}

const seconds = (s: number | undefined) => (s === undefined ? undefined : s.toFixed(3));

function testCase(suite: string, c: TestCase): string {
  return element('testcase', { classname: `sluice.${suite}`, name: c.name, time: seconds(c.seconds) }, [
    ...c.failures.map((message) => element('failure', { message: message.slice(0, 500), type: 'error' }, message)),
    ...(c.skipped !== undefined && !c.failures.length ? [element('skipped', { message: c.skipped })] : []),
    ...(c.output.length ? [element('system-out', {}, c.output.join('\n'))] : []),
  ]);
}

export function toJunit(report: GateReport): string {
  const all = suites(report);
  const totals = (cases: TestCase[]) => ({
    tests: cases.length,
    failures: cases.filter((c) => c.failures.length).length,
    errors: 0,
    skipped: cases.filter((c) => c.skipped !== undefined && !c.failures.length).length,
  });
  const body = all.map((s) =>
    element('testsuite', { name: s.name, ...totals(s.cases), time: seconds(s.cases.reduce((n, c) => n + (c.seconds ?? 0), 0)) }, s.cases.map((c) => testCase(s.name, c))),
  );
  const root = element('testsuites', { name: `Sluice (${report.suite})`, ...totals(all.flatMap((s) => s.cases)), time: seconds(report.durationMs / 1000) }, body);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
