// Scaling classes: how each workload's work grew over the scaling multiples — a table of every
// workload, then a mermaid xychart per workload, the steepest first. GitHub's xychart-beta
// draws several lines in one chart but cannot name them (no legend), so each workload gets a
// chart of its own, titled with its name and class.
import type { GateReport } from '../gate.js';
import type { ScaledWorkload, ScalingReport } from '../checks/performance/scaling/index.js';
import { rankOf } from '../checks/performance/scaling/classify.js';
import { cellText, mermaidLabel } from './escape.js';
import type { Section } from './fit.js';
import { tableForms, wrapForms } from './tables.js';

/** Charts beyond these would crowd the comment; the table lists every workload. */
export const SCALING_CHARTS = 6;

const CLASS_WORDS = { constant: 'constant', logarithmic: 'logarithmic', linear: 'linear', 'worse-than-linear': 'worse than linear' } as const;
const multipleText = (m: number) => `×${m}`;

export function scalingChart(scaling: ScalingReport, w: ScaledWorkload): string {
  const top = Math.max(1, ...w.work);
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidLabel(w.name, 40)}: ${mermaidLabel(w.metric, 12)}, ${CLASS_WORDS[w.class]} (exponent ${w.exponent})"`,
    `  x-axis "data multiple" [${scaling.multiples.map((m) => `"${multipleText(m)}"`).join(', ')}]`,
    `  y-axis "${mermaidLabel(w.metric, 12)}" 0 --> ${Math.ceil(top * 1.1)}`,
    `  line [${w.work.join(', ')}]`,
    '```',
  ].join('\n');
}

export function scalingSection(report: GateReport): Section {
  const scaling = report.scaling;
  if (!scaling || !scaling.workloads.length) return { importance: 38, forms: [] };
  const steepest = [...scaling.workloads].sort((a, b) => b.exponent - a.exponent || a.name.localeCompare(b.name));
  const rows = steepest.map((w) => [
    cellText(w.name),
    cellText(w.kind),
    cellText(w.metric),
    w.work.map((n) => n.toLocaleString('en-US')).join(' → '),
    w.exponent.toFixed(2),
    `${cellText(CLASS_WORDS[w.class])}${rankOf(w.class) > rankOf(w.allowed) ? ' ⚠️' : ''}`,
  ]);
  const header = ['Workload', 'Kind', 'Work', `At ${scaling.multiples.map(multipleText).join(', ')}`, 'Exponent', 'Class'];
  const tables = tableForms(header, rows, { align: ['l', 'l', 'l', 'r', 'r', 'l'] });
  const charts = steepest.slice(0, SCALING_CHARTS).map((w) => scalingChart(scaling, w)).join('\n\n');
  const intro =
    `Each workload measured on databases seeded at ${scaling.multiples.map(multipleText).join(', ')} the configured rows ` +
    `(${scaling.rows.map((r) => r.toLocaleString('en-US')).join(', ')} rows); the exponent is the slope of log(work) on log(rows): ` +
    `under 0.15 constant, under 0.6 logarithmic, up to 1.3 linear, above that worse than linear.\n\n`;
  const title = `### Scaling classes\n\n`;
  const counts = Object.entries(CLASS_WORDS)
    .map(([c, word]) => [scaling.workloads.filter((w) => w.class === c).length, word] as const)
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}`)
    .join(', ');
  const forms = [
    ...wrapForms(tables.slice(0, 1), (table) => `${title}${intro}${table}\n${charts ? `\n${charts}\n` : ''}`),
    ...wrapForms(tables, (table) => `${title}${intro}${table}`),
    () => `${title}${counts}; the table is in report.json (scaling).\n`,
  ];
  return { importance: 38, forms };
}
