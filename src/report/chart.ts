// (e) A picture of base against head work per query, where a glance beats reading a table:
// which query grew, and by how much next to the others. Only with a comparison; a few queries.
import type { GateReport } from '../gate.js';
import type { MetricComparison } from '../baseline/types.js';
import { mermaidLabel } from './escape.js';
import type { Section } from './fit.js';

export const CHART_QUERIES = 10;

/** Each query's main work figure: blocks where there are blocks, else its first work metric. */
function workPerQuery(report: GateReport): Array<{ label: string; metric: MetricComparison }> {
  const out: Array<{ label: string; metric: MetricComparison }> = [];
  for (const query of report.queries) {
    const candidates = report.comparison.metrics.filter((m) => m.kind === 'work' && m.key.startsWith(`${query.key}.`) && m.base !== undefined && m.head !== undefined);
    const metric = candidates.find((m) => m.key === `${query.key}.blocks`) ?? candidates[0];
    if (metric) out.push({ label: query.name, metric });
  }
  return out;
}

const moved = (m: MetricComparison) => Math.abs(m.head! - m.base!);

export function chartSection(report: GateReport): Section {
  if (report.comparison.against === 'none') return { importance: 40, forms: [] };
  const bars = workPerQuery(report)
    .sort((a, b) => moved(b.metric) - moved(a.metric) || b.metric.head! - a.metric.head!)
    .slice(0, CHART_QUERIES);
  if (bars.length < 1) return { importance: 40, forms: [] };
  const units = [...new Set(bars.map((b) => b.metric.unit))].map((u) => mermaidLabel(u, 12)).join(' / ');
  const labels = bars.map((b) => `"${mermaidLabel(b.label)}"`).join(', ');
  const top = Math.max(1, ...bars.flatMap((b) => [b.metric.base!, b.metric.head!]));
  const chart = [
    '### Work per query',
    '',
    `Bars: this pull request; line: the base${bars.length < workPerQuery(report).length ? ` (the ${bars.length} queries that moved most)` : ''}.`,
    '',
    '```mermaid',
    'xychart-beta',
    `  title "Work per query (${units}): head bars, base line"`,
    `  x-axis [${labels}]`,
    `  y-axis "${units}" 0 --> ${Math.ceil(top * 1.1)}`,
    `  bar [${bars.map((b) => b.metric.head).join(', ')}]`,
    `  line [${bars.map((b) => b.metric.base).join(', ')}]`,
    '```',
    '',
  ].join('\n');
  return { importance: 40, forms: [() => chart, () => ''] };
}
