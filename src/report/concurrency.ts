// The Concurrency section: what the concurrency checks of this run saw, one small table per
// kind — contention runs (throughput, retries, failures by class, latency percentiles) with
// every invariant held or broken and its rows, the deadlock search per pair of transactions,
// the isolation specs with the first failing permutation step by step, and the isolation
// matrix. Open when something broke, collapsed when all held; below findings and regressions.
import type { GateReport } from '../gate.js';
import type { ConcurrencyReport, ContentionSummary, SpecSummary } from '../checks/concurrency/summary.js';
import { cellCode, cellText, plainText } from './escape.js';
import { count, ms } from './format.js';
import type { Section } from './fit.js';
import { details, tableForms } from './tables.js';

const IMPORTANCE = 50;
/** Failing permutations shown step by step; the rest are in report.json. */
const MAX_STEP_TABLES = 3;

type Forms = Array<() => string>;

const isBroken = (run: ContentionSummary) => run.invariants.some((i) => !i.held);
const failed = (run: ContentionSummary) => run.failures.reduce((n, f) => n + f.count, 0);
const specFailed = (spec: SpecSummary) => Boolean(spec.problem || spec.firstFailure);
const weaker = (c: NonNullable<ConcurrencyReport['matrix']>['cells'][number]) => c.documented && !c.prevented;

/** Something a reviewer must see: the section is open then. */
function troubled(c: ConcurrencyReport): boolean {
  return c.contention.some((r) => isBroken(r) || failed(r) > 0) || c.deadlocks.some((d) => d.deadlocked > 0) || c.specs.some(specFailed) || Boolean(c.matrix?.cells.some(weaker));
}

/** "2 contention runs (1 broke an invariant) · 1 deadlock search pair (none deadlocked) · …": Sluice's words only. */
function summaryLine(c: ConcurrencyReport): string {
  const parts: string[] = [];
  if (c.contention.length) {
    const broken = c.contention.filter(isBroken).length;
    parts.push(`${count(c.contention.length, 'contention run')} (${broken ? `${broken.toLocaleString('en-US')} broke an invariant` : 'every invariant held'})`);
  }
  if (c.deadlocks.length) {
    const deadlocked = c.deadlocks.filter((d) => d.deadlocked > 0).length;
    parts.push(`${count(c.deadlocks.length, 'pair')} of transactions searched for deadlocks (${deadlocked ? `${deadlocked.toLocaleString('en-US')} deadlocked` : 'none deadlocked'})`);
  }
  if (c.specs.length) {
    const bad = c.specs.filter(specFailed).length;
    parts.push(`${count(c.specs.length, 'isolation spec')} (${bad ? `${bad.toLocaleString('en-US')} failed` : 'all passed'})`);
  }
  if (c.matrix) {
    const levels = new Set(c.matrix.cells.filter(weaker).map((cell) => cell.level)).size;
    parts.push(`the isolation matrix (${levels ? `${count(levels, 'level')} weaker than documented` : 'every level as documented'})`);
  }
  return parts.join(' · ');
}

const latency = (l: ContentionSummary['latencyMs']) => `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)} / ${ms(l.max)}`;

const rowsHeader = (conserved: boolean) => (conserved ? 'Rows that break it (changed: before → after)' : 'Rows that break it');

function contentionForms(runs: ContentionSummary[]): Forms[] {
  if (!runs.length) return [];
  const rows = runs.map((r) => {
    const broken = r.invariants.filter((i) => !i.held).length;
    const failures = failed(r);
    return [
      cellText(r.name), cellText(r.transaction), cellText(r.level), r.workers.toLocaleString('en-US'), r.operations.toLocaleString('en-US'),
      `${r.throughput.toLocaleString('en-US', { maximumFractionDigits: r.throughput < 10 ? 1 : 0 })}`,
      r.retries.toLocaleString('en-US'),
      failures ? `${failures.toLocaleString('en-US')}: ${r.failures.map((f) => `${cellText(f.kind)} ×${f.count.toLocaleString('en-US')}`).join(', ')}` : '0',
      latency(r.latencyMs),
      broken ? `❌ ${broken} of ${r.invariants.length} broken` : `✅ ${r.invariants.length} held`,
    ];
  });
  const header = ['Run', 'Transaction', 'Level', 'Workers', 'Operations', 'Commits/s', 'Retries', 'Failed (by class)', 'p50 / p95 / p99 / max', 'Invariants'];
  const runsTable = tableForms(header, rows, { align: ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'l', 'r', 'l'] });
  // Broken invariants first, so a trimmed table still shows them.
  const invariants = runs.flatMap((r) => r.invariants.map((i) => ({ run: r.name, ...i }))).sort((a, b) => Number(a.held) - Number(b.held));
  const invariantRows = invariants.map((i) => {
    const result = i.held ? '✅ held'
      : i.problem ? `❌ could not be read: ${cellText(i.problem)}`
        : `❌ broken${i.broken !== undefined ? ` (${count(i.broken, 'row')}${i.kind === 'conserved' ? ' changed' : ''})` : ''}${i.alreadyBroken ? ', already before the run' : ''}`;
    const more = i.broken !== undefined && i.broken > i.rows.length ? ' · …' : '';
    return [cellText(i.run), cellText(i.label), result, i.rows.map(cellCode).join(' · ') + more];
  });
  const invariantTable = tableForms(['Run', 'Invariant', 'Result', rowsHeader(invariants.some((i) => i.kind === 'conserved'))], invariantRows);
  return [
    runsTable.map((form) => () => `**Contention** (workers running a declared transaction at once; latency of committed operations)\n\n${form()}`),
    invariantTable.map((form) => () => `**Invariants after the runs**\n\n${form()}`),
  ];
}

function deadlockForms(pairs: ConcurrencyReport['deadlocks']): Forms[] {
  if (!pairs.length) return [];
  const sorted = [...pairs].sort((a, b) => Number(b.deadlocked > 0) - Number(a.deadlocked > 0));
  const rows = sorted.map((p) => [
    `${cellText(p.transactions[0])} × ${cellText(p.transactions[1])}`,
    `${p.run.toLocaleString('en-US')}${p.total > p.run ? ` of ${p.total.toLocaleString('en-US')} (sampled)` : ''}`,
    p.deadlocked ? `❌ ${p.deadlocked.toLocaleString('en-US')}` : '✅ 0',
    p.first ? `${cellText(p.first.victim.transaction)} ${cellCode(p.first.victim.statement)} (failed, ${cellCode(p.first.victim.code)}) ⇄ ${cellText(p.first.survivor.transaction)} ${cellCode(p.first.survivor.statement)}` : '',
    p.first ? p.first.locks.map(cellText).join('; ') : '',
  ]);
  const table = tableForms(['Transactions', 'Interleavings run', 'Deadlocked', 'Statements (first deadlock)', 'Locks waited for'], rows, { align: ['l', 'r', 'r', 'l', 'l'] });
  return [table.map((form) => () => `**Deadlock search** (two sessions, every interleaving of their statements)\n\n${form()}`)];
}

function specForms(specs: SpecSummary[]): Forms[] {
  if (!specs.length) return [];
  const sorted = [...specs].sort((a, b) => Number(specFailed(b)) - Number(specFailed(a)));
  const rows = sorted.map((s) => [
    cellText(s.name), cellText(s.level),
    `${s.run.toLocaleString('en-US')}${s.total > s.run ? ` of ${s.total.toLocaleString('en-US')}` : ''}`,
    s.problem ? '❌ could not run' : s.passed === s.run ? `✅ ${s.passed.toLocaleString('en-US')}` : `❌ ${s.passed.toLocaleString('en-US')}`,
    s.problem ? cellText(s.problem) : s.firstFailure ? `${cellCode(s.firstFailure.order.join(' '))}: ${cellText(s.firstFailure.difference)}` : '',
  ]);
  const summary = tableForms(['Spec', 'Level', 'Permutations', 'Passed', 'First failing permutation'], rows, { align: ['l', 'l', 'r', 'l', 'l'] });
  const parts: Forms[] = [summary.map((form) => () => `**Isolation specs**\n\n${form()}`)];
  for (const spec of sorted.filter((s) => s.firstFailure).slice(0, MAX_STEP_TABLES)) {
    const failure = spec.firstFailure!;
    const stepRows = failure.steps.map((s) => [
      cellCode(s.step), cellCode(s.sql),
      s.blocked ? `yes, ${s.releasedAfter === 'timeout' ? 'until its lock timeout' : s.releasedAfter ? `released after ${cellCode(s.releasedAfter)}` : 'released'}` : 'no',
      s.error ? `${cellText(s.error.kind)} ${cellCode(s.error.code)}` : '',
      s.rows === undefined ? '' : `${count(s.rows, 'row')}${s.sample?.length ? `: ${s.sample.map((row) => cellCode(Object.entries(row).map(([k, v]) => `${k} = ${v}`).join(', '))).join(' · ')}` : ''}`,
    ]);
    const final = failure.final === undefined ? '' : `\n\nexpect.final after all sessions ended: ${failure.final ? 'true' : '**false**'}.`;
    const title = `Spec ${plainText(spec.name)}: permutation ${plainText(failure.order.join(' '))}, step by step`;
    const steps = tableForms(['Step', 'SQL', 'Blocked', 'Error', 'Rows'], stepRows);
    parts.push([...steps.map((form) => () => details(title, `${form()}${final}`)), () => '']);
  }
  return parts;
}

function matrixForms(matrix: ConcurrencyReport['matrix']): Forms[] {
  if (!matrix) return [];
  const levels = [...new Set(matrix.cells.map((c) => c.level))];
  const anomalies = [...new Map(matrix.cells.map((c) => [c.anomaly, c.name])).entries()];
  const rows = anomalies.map(([id, name]) => [
    `${cellText(id)} ${cellText(name)}`,
    ...levels.map((level) => {
      const cell = matrix.cells.find((c) => c.level === level && c.anomaly === id);
      if (!cell) return '';
      const mark = cell.prevented ? '✓ prevented' : weaker(cell) ? '❌ allowed' : '✗ allowed';
      return cell.prevented === cell.documented ? mark : `${mark} (documented: ${cell.documented ? 'prevented' : 'allowed'})`;
    }),
  ]);
  const title = `Isolation matrix of ${plainText(matrix.server)}: observed, with the documentation's promise where it differs`;
  const table = tableForms(['Anomaly', ...levels.map(cellText)], rows);
  return [[...table.map((form) => () => details(title, form())), () => '']];
}

export function concurrencySection(report: GateReport): Section {
  const c = report.concurrency;
  if (!c) return { importance: IMPORTANCE, forms: [] };
  const parts = [...contentionForms(c.contention), ...deadlockForms(c.deadlocks), ...specForms(c.specs), ...matrixForms(c.matrix)];
  if (!parts.length) return { importance: IMPORTANCE, forms: [] };
  const line = summaryLine(c);
  const open = troubled(c);
  const wrap = (body: string) => (open ? `### Concurrency\n\n${line}.\n\n${body}\n` : details(`Concurrency: ${line}`, body));
  // Form n trims every part to its n-th form, so the section shrinks evenly; then only the line.
  const steps = Math.max(...parts.map((p) => p.length));
  const forms: Forms = Array.from({ length: steps }, (_, n) => () =>
    wrap(parts.map((p) => p[Math.min(n, p.length - 1)]!()).filter(Boolean).join('\n\n')));
  forms.push(() => `${open ? '### Concurrency\n\n' : ''}Concurrency: ${line}; the tables are left out to fit; see report.json.\n`);
  return { importance: IMPORTANCE, forms };
}
