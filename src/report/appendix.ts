// (d) The rest, collapsed: metrics that did not move, every query with its parameters, every
// data test, the migrations and the seeded data. Each can shrink to a line (see fit.ts).
import type { GateReport } from '../gate.js';
import type { LatencySummary, MeasuredQuery } from '../checks/performance/index.js';
import type { MetricComparison } from '../baseline/types.js';
import { cellCode, cellText } from './escape.js';
import { count, figure, ms } from './format.js';
import type { Section } from './fit.js';
import { median } from './json.js';
import { details, tableForms, wrapForms } from './tables.js';

const leftOutLine = (summary: string) => () => `${summary}: left out to fit; see report.json.\n`;

function collapsed(importance: number, summary: string, forms: Array<() => string>): Section {
  return { importance, forms: [...wrapForms(forms, (body) => details(summary, body)), leftOutLine(summary)] };
}

const STATUS_WORDS: Partial<Record<MetricComparison['status'], string>> = { unchanged: 'unchanged', added: 'added', removed: 'removed', 'not-gated': 'not gated' };

export function otherMetricsSection(report: GateReport): Section {
  const others = report.comparison.metrics.filter((m) => STATUS_WORDS[m.status]);
  if (!others.length) return { importance: 10, forms: [] };
  const byStatus = Object.entries(STATUS_WORDS)
    .map(([status, word]) => [others.filter((m) => m.status === status).length, word] as const)
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n.toLocaleString('en-US')} ${word}`);
  // Metrics with something to say (added, removed, not gated) before the plain unchanged ones.
  const sorted = [...others].sort((a, b) => Number(a.status === 'unchanged') - Number(b.status === 'unchanged'));
  const rows = sorted.map((m) => [cellText(STATUS_WORDS[m.status]!), cellCode(m.key), cellText(figure(m.base, m.unit)), cellText(figure(m.head, m.unit)), cellText(m.note ?? '')]);
  return collapsed(10, `Other metrics: ${byStatus.join(', ')}`, tableForms(['Status', 'Metric', 'Base', 'Head', 'Note'], rows, { align: ['l', 'l', 'r', 'r', 'l'] }));
}

/** Parameters as JSON; values JSON cannot hold (bigint) as their text. */
const paramsText = (params: unknown[]) => JSON.stringify(params, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? '';

const KINDS = [
  { kind: 'query', title: 'Queries', one: 'query', many: 'queries' },
  { kind: 'transaction', title: 'Transactions (run, measured, rolled back)', one: 'transaction', many: 'transactions' },
  { kind: 'bulk', title: 'Bulk paths (run, measured, rolled back)', one: 'bulk path', many: 'bulk paths' },
] as const;

/** "0.12 / 0.30 / 0.31 ms": p50 / p95 / p99 of an HDR summary. */
const percentiles = (l: LatencySummary) => `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)}`;

/**
 * One table of a workload kind: work counters, latency, plan shape and hash, parameters.
 * Latency percentiles where they were recorded; otherwise (PGlite, older reports) the median.
 */
function workloadTable(queries: MeasuredQuery[]): Array<() => string> {
  const counterNames = [...new Set(queries.flatMap((q) => q.counters.map((c) => c.name)))];
  const recorded = queries.some((q) => q.latency);
  const timing = recorded ? ['p50 / p95 / p99', 'Max', 'Runs/s'] : ['Time'];
  const rows = queries.map((q) => [
    cellText(q.name),
    ...counterNames.map((name) => q.counters.find((c) => c.name === name)?.value.toLocaleString('en-US') ?? ''),
    ...(!recorded ? [ms(median(q.timeMs))]
      : q.latency ? [percentiles(q.latency), ms(q.latency.max), q.latency.throughput.toLocaleString('en-US', { maximumFractionDigits: 0 })]
        : ['', '', '']),
    `${cellText(q.shape)}${q.plan ? ` ${cellCode(q.plan.hash)}` : ''}`,
    q.params.length ? cellCode(paramsText(q.params)) : '',
  ]);
  return tableForms(['Name', ...counterNames.map(cellText), ...timing, 'Plan', 'Parameters'], rows, {
    align: ['l', ...counterNames.map(() => 'r' as const), ...timing.map(() => 'r' as const), 'l', 'l'],
  });
}

/** Every measured workload, one table per kind (queries, transactions, bulk paths). */
export function queriesSection(report: GateReport): Section {
  if (!report.queries.length) return { importance: 15, forms: [] };
  const meaningful = report.engine.name !== 'pglite';
  const onlyQueries = report.queries.every((q) => (q.kind ?? 'query') === 'query');
  const groups = KINDS.map((k) => ({ ...k, queries: report.queries.filter((q) => (q.kind ?? 'query') === k.kind) })).filter((g) => g.queries.length);
  const tables = groups.map((g) => workloadTable(g.queries));
  // Form n trims every table to its n-th form, so the section shrinks evenly.
  const steps = Math.max(...tables.map((t) => t.length));
  const forms = Array.from({ length: steps }, (_, n) => () =>
    groups.map((g, i) => `${onlyQueries ? '' : `**${g.title}**\n\n`}${tables[i]![Math.min(n, tables[i]!.length - 1)]!()}`).join('\n\n'));
  const intro = `Work counts repeat exactly for the same data and plan; the code after a plan is its shape's hash, which changes only when the plan does. ${
    meaningful
      ? 'Latency is over the timed runs after a warm-up (HDR histogram; the encoded histogram is in report.json) and is noisy.'
      : 'Timings on PGlite are not meaningful (no real concurrency): the median is shown, no percentiles, never gated.'
  }\n\n`;
  const sources = workSourcesNote(report.queries, report.engine.name);
  const summary = onlyQueries
    ? `Queries: ${count(report.queries.length, 'query', 'queries')} measured`
    : `Workloads: ${groups.map((g) => count(g.queries.length, g.one, g.many)).join(', ')} measured`;
  return collapsed(15, summary, wrapForms(forms, (body) => intro + sources + body));
}

/** Where transactions' server-side counts came from, or why there are none. */
function workSourcesNote(queries: MeasuredQuery[], engine: GateReport['engine']['name']): string {
  if (engine === 'mysql' || engine === 'mariadb') {
    return queries.some((q) => q.counters.some((c) => c.name === 'rows-examined'))
      ? 'rows-examined and no-index-used come from performance_schema.events_statements_history.\n\n'
      : 'performance_schema (or its events_statements_history consumer) is off on this server, so rows examined and NO_INDEX_USED are not reported; the work is Handler_read_* rows.\n\n';
  }
  // PGlite has no server-side statistics to miss: its work is the EXPLAIN, as the intro says.
  if (engine === 'pglite') return '';
  const transactions = queries.filter((q) => q.kind === 'transaction');
  if (transactions.some((q) => q.counters.some((c) => c.name.startsWith('statements-')))) {
    return 'Transactions: statements-calls, -rows and -blocks are pg_stat_statements deltas of one more run of the plain statements (rolled back).\n\n';
  }
  const missing = transactions.find((q) => q.statementStats)?.statementStats;
  return missing ? `Transactions: no pg_stat_statements deltas (${cellText(missing)}); their work is the EXPLAIN of each statement.\n\n` : '';
}

export function dataTestsSection(report: GateReport): Section {
  const tests = report.dataTests;
  if (!tests.length) return { importance: 20, forms: [] };
  const failed = tests.filter((d) => !d.passed).length;
  // Failed ones first, so a trimmed table still shows them.
  const sorted = [...tests].sort((a, b) => Number(a.passed) - Number(b.passed));
  const rows = sorted.map((d) => [d.passed ? '✅ passed' : '❌ failed', cellText(d.name), cellCode(`${d.location.file}${d.location.line ? `:${d.location.line}` : ''}`)]);
  const summary = `Data tests: ${(tests.length - failed).toLocaleString('en-US')} passed, ${failed.toLocaleString('en-US')} failed`;
  return collapsed(20, summary, tableForms(['Result', 'Data test', 'Where'], rows));
}

export function migrationsSection(report: GateReport): Section {
  if (!report.migrations.length) return { importance: 35, forms: [] };
  const traced = report.migrations.some((m) => m.trace);
  const rows = report.migrations.map((m) => {
    const row = [cellCode(m.file), cellText(m.status), String(m.statements), m.status === 'not-run' || m.status === 'refused' ? '' : ms(m.ms)];
    if (!traced) return row;
    // What applying it on seeded tables did: the strongest lock and how long, a rewrite, what waited.
    const t = m.trace;
    const lock = t?.strongestLock ? `${t.strongestLock.mode} on ${t.strongestLock.table} for ${ms(t.strongestLock.holdMs)} (blocks ${t.strongestLock.blocks})` : t ? 'none on existing tables' : '';
    const blocked = t ? [t.blocked.reads && 'reads', t.blocked.writes && 'writes'].filter(Boolean).join(' and ') || (t.blocked.reads === undefined && t.blocked.writes === undefined ? 'not probed' : 'nothing') : '';
    return [...row, cellText(lock), t ? (t.rewrite ? 'yes' : 'no') : '', cellText(blocked)];
  });
  const header = ['Migration', 'Status', 'Statements', 'Time', ...(traced ? ['Strongest lock (seeded tables)', 'Rewrite', 'Blocked'] : [])];
  // Traced migrations are the pull request's own: shown open, the rest collapsed.
  return traced ? { ...collapsed(35, 'Migrations', tableForms(header, rows)), importance: 60 } : collapsed(35, 'Migrations', tableForms(header, rows));
}

export function seededDataSection(report: GateReport): Section {
  if (!report.seed.tables.length) return { importance: 30, forms: [] };
  const rows = report.seed.tables.map((t) => [cellText(t.table), t.rows.toLocaleString('en-US'), ms(t.ms)]);
  return collapsed(30, 'Seeded data', tableForms(['Table', 'Rows', 'Time'], rows, { align: ['l', 'r', 'r'] }));
}
