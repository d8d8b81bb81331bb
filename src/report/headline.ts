// (a) The verdict and what it rests on: counts, suite and engine, what was compared with what.
import type { GateReport } from '../gate.js';
import { codeSpan, plainText } from './escape.js';
import { count, ms } from './format.js';
import type { Tally } from './tally.js';

export const ENGINE_NAMES: Record<GateReport['engine']['name'], string> = {
  pglite: 'PGlite (embedded PostgreSQL)',
  postgresql: 'PostgreSQL',
  mysql: 'MySQL',
  mariadb: 'MariaDB',
};

export const NO_BASELINE = 'No baseline to compare with: gated on absolute expectations only.';

/** The headline never shrinks, so the user text in it is capped. */
const capped = (raw: string, max = 300) => plainText(raw.length > max ? `${raw.slice(0, max)}…` : raw);

export function renderHeadline(report: GateReport, t: Tally): string {
  const passWith = [
    t.accepted.length ? count(t.accepted.length, 'accepted regression') : '',
    t.regressions.length ? count(t.regressions.length, 'ungated regression') : '',
    t.newFindings.some((f) => f.severity !== 'notice') ? 'findings to review' : '',
  ].filter(Boolean);
  const title = report.verdict === 'fail' ? 'Sluice: fail' : t.icon === '⚠️' ? `Sluice: pass with ${passWith.join(' and ')}` : 'Sluice: pass';

  const errors = t.newFindings.filter((f) => f.severity === 'error').length;
  const warnings = t.newFindings.filter((f) => f.severity === 'warning').length;
  const counts = [
    `**${count(t.regressions.length, 'regression')}**${t.accepted.length ? ` (+ ${t.accepted.length.toLocaleString('en-US')} accepted)` : ''}`,
    count(t.improvements.length, 'improvement'),
    `${count(t.newFindings.length, 'new finding')}${t.newFindings.length ? ` (${count(errors, 'error')}, ${count(warnings, 'warning')})` : ''}`,
    count(t.existingFindings.length, 'existing finding'),
  ].join(' · ');

  const applied = report.migrations.filter((m) => m.status === 'applied').length;
  const seededRows = report.seed.tables.reduce((n, row) => n + row.rows, 0);
  const run = [
    `**${ENGINE_NAMES[report.engine.name]} ${capped(report.engine.version, 80)}**`,
    `suite ${codeSpan(report.suite.slice(0, 100))}`,
    `${applied}/${count(report.migrations.length, 'migration')} applied`,
    seededRows ? `${count(seededRows, 'row')} seeded (seed ${report.seed.seed})` : '',
    report.queries.length ? `${measuredWorkloads(report)} measured` : '',
    `fails on: ${report.failOn}`,
    ms(report.durationMs),
  ].filter(Boolean).join(' · ');

  const c = report.comparison;
  const compared = c.against === 'none'
    ? capped(c.note ?? NO_BASELINE)
    : `Compared with ${capped(c.source ?? (c.against === 'base-branch' ? 'the base branch' : 'the stored baseline'))}.${c.note ? ` ${capped(c.note)}` : ''}`;

  const out = [`## ${t.icon} ${title}`, '', counts, '', run, '', compared, ''];
  if (c.environmentDiffers.length) {
    out.push(`⚠️ The environment differs from the base's (${capped(c.environmentDiffers.join(', '))}): timings are shown but not gated.`, '');
  }
  return out.join('\n');
}

/** "10 queries, 1 transaction, 1 bulk path": the kinds that were measured. */
function measuredWorkloads(report: GateReport): string {
  const of = (kind: string) => report.queries.filter((q) => (q.kind ?? 'query') === kind).length;
  return [
    [of('query'), 'query', 'queries'],
    [of('transaction'), 'transaction', 'transactions'],
    [of('bulk'), 'bulk path', 'bulk paths'],
  ].filter(([n]) => Number(n) > 0).map(([n, one, many]) => count(Number(n), String(one), String(many))).join(', ');
}
