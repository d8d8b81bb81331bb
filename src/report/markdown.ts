import { markdownTable } from 'markdown-table';
import type { GateReport } from '../gate.js';
import type { Finding, Severity } from '../vocabulary.js';
import { cellCode, cellText, plainText } from './escape.js';
import { median } from './json.js';

const ICON: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' };
const ENGINE_NAMES = { pglite: 'PGlite (embedded PostgreSQL)', postgresql: 'PostgreSQL', mysql: 'MySQL', mariadb: 'MariaDB' };

const count = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(1)} s` : n >= 10 ? `${Math.round(n)} ms` : `${n.toFixed(2)} ms`);

export function renderMarkdown(report: GateReport): string {
  const out: string[] = [];
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  const title = report.verdict === 'pass' ? '✅ Sluice: pass' : '❌ Sluice: fail';
  out.push(`## ${title}`, '');
  const applied = report.migrations.filter((m) => m.status === 'applied').length;
  const seededRows = report.seed.tables.reduce((n, t) => n + t.rows, 0);
  out.push(
    [
      `**${ENGINE_NAMES[report.engine.name]} ${plainText(report.engine.version)}**`,
      `${applied}/${count(report.migrations.length, 'migration')} applied`,
      seededRows ? `${count(seededRows, 'row')} seeded (seed ${report.seed.seed})` : undefined,
      report.queries.length ? `${count(report.queries.length, 'query')} measured`.replace('querys', 'queries') : undefined,
      `${count(errors, 'error')}, ${count(warnings, 'warning')} (fails on: ${report.failOn})`,
      ms(report.durationMs),
    ]
      .filter(Boolean)
      .join(' · '),
    '',
  );

  if (report.findings.length) {
    out.push('### Findings', '');
    const sorted = [...report.findings].sort((a, b) => rank(b) - rank(a));
    out.push(
      markdownTable([
        ['Severity', 'Rule', 'Where', 'Finding'],
        ...sorted.map((f) => [ICON[f.severity], cellCode(f.rule), f.location ? cellCode(`${f.location.file}${f.location.line ? `:${f.location.line}` : ''}`) : '', cellText(f.message)]),
      ]),
      '',
    );
  } else {
    out.push('No findings.', '');
  }

  if (report.queries.length) {
    out.push('### Queries', '', 'Work counts repeat exactly for the same data and plan; time is the median of the timed runs and is noisy.', '');
    const counterNames = [...new Set(report.queries.flatMap((q) => q.counters.map((c) => c.name)))];
    out.push(
      markdownTable(
        [
          ['Query', ...counterNames.map(cellText), 'Time', 'Plan'],
          ...report.queries.map((q) => [
            cellText(q.name),
            ...counterNames.map((name) => q.counters.find((c) => c.name === name)?.value.toLocaleString('en-US') ?? ''),
            ms(median(q.timeMs)),
            cellText(q.shape),
          ]),
        ],
        { align: ['l', ...counterNames.map(() => 'r' as const), 'r', 'l'] },
      ),
      '',
    );
  }

  if (report.migrations.length) {
    out.push('<details><summary>Migrations</summary>', '');
    out.push(
      markdownTable([
        ['Migration', 'Status', 'Statements', 'Time'],
        ...report.migrations.map((m) => [cellCode(m.file), cellText(m.status), String(m.statements), m.status === 'not-run' || m.status === 'refused' ? '' : ms(m.ms)]),
      ]),
      '',
      '</details>',
      '',
    );
  }
  if (report.seed.tables.length) {
    out.push('<details><summary>Seeded data</summary>', '');
    out.push(markdownTable([['Table', 'Rows', 'Time'], ...report.seed.tables.map((t) => [cellText(t.table), t.rows.toLocaleString('en-US'), ms(t.ms)])], { align: ['l', 'r', 'r'] }), '', '</details>', '');
  }
  return out.join('\n');
}

const rank = (f: Finding) => ({ error: 2, warning: 1, notice: 0 })[f.severity];
