// (b) What moved: regressions first (the worst at the top), then improvements, each with both
// figures, the delta, why it counts (exact work counts, or the time test) and the plan change.
import type { MetricComparison } from '../baseline/types.js';
import { cellCode, cellText } from './escape.js';
import { delta, figure, pValue, percent, times } from './format.js';
import type { Section } from './fit.js';
import { tableForms } from './tables.js';
import type { Tally } from './tally.js';

const KIND_ORDER = { quality: 0, work: 1, size: 2, time: 3 } as const;

/** How far a metric moved, for sorting; +1 on both sides so a base of 0 is not "infinitely" worse. */
const magnitude = (m: MetricComparison) => (m.base === undefined || m.head === undefined ? 0 : Math.abs(Math.log((Math.abs(m.head) + 1) / (Math.abs(m.base) + 1))));

const worstFirst = (a: MetricComparison, b: MetricComparison) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || magnitude(b) - magnitude(a) || a.key.localeCompare(b.key);

export function significance(m: MetricComparison): string {
  if (m.kind === 'time') {
    const parts = [m.p !== undefined ? pValue(m.p) : '', m.ratio !== undefined ? times(m.ratio) : ''].filter(Boolean).join(', ');
    const interval = m.interval ? ` [${m.interval[0].toFixed(2)}–${m.interval[1].toFixed(2)}]` : '';
    return `${parts}${interval}`;
  }
  return m.tolerance ? `exact (tolerance ${percent(m.tolerance)})` : 'exact';
}

/**
 * What changed in the plan, without the steps both sides share: "Bitmap Heap Scan on orders →
 * Bitmap Index Scan using orders_customer_id_idx ⇒ Seq Scan on orders". Shapes are the
 * engines' one-line plans, steps joined by " → ".
 */
export function planChange(m: MetricComparison): string {
  const { base, head } = m.detail ?? {};
  if (!base || !head || base === head) return '';
  const before = base.split(' → ');
  const after = head.split(' → ');
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const changed = (steps: string[]) => steps.slice(start, steps.length - end).join(' → ') || '(nothing)';
  return cellText(`${changed(before)} ⇒ ${changed(after)}`);
}

function notes(m: MetricComparison): string {
  const parts: string[] = [];
  if (m.accepted) parts.push(`accepted by ${m.accepted.by}: ${m.accepted.reason}`);
  if (m.note) parts.push(m.note);
  return parts.length ? cellText(parts.join('; ')) : '';
}

const group = (m: MetricComparison) => (m.status === 'improvement' ? 2 : m.accepted ? 1 : 0);

const ICON = (m: MetricComparison) => (m.status === 'improvement' ? '✅' : m.accepted ? '⚠️ accepted' : '❌');

export function changesSection(t: Tally, compared: boolean): Section {
  const rows = [...t.regressions, ...t.accepted, ...t.improvements].sort((a, b) => group(a) - group(b) || worstFirst(a, b));
  if (!compared) return { importance: 90, forms: [] };
  const heading = '### Changes against the base\n';
  if (!rows.length) return { importance: 90, forms: [() => `${heading}\nNo metric moved beyond its tolerance.\n`] };

  const withPlan = rows.some((m) => planChange(m));
  const withNotes = rows.some((m) => m.accepted || m.note);
  const header = ['', 'Metric', 'Base', 'Head', 'Δ', 'Significance', ...(withPlan ? ['Plan change'] : []), ...(withNotes ? ['Note'] : [])];
  const cells = rows.map((m) => [
    ICON(m),
    cellCode(m.key),
    cellText(figure(m.base, m.unit)),
    cellText(figure(m.head, m.unit)),
    cellText(delta(m.base, m.head, m.unit)),
    cellText(significance(m)),
    ...(withPlan ? [planChange(m)] : []),
    ...(withNotes ? [notes(m)] : []),
  ]);
  const forms = tableForms(header, cells, { align: ['', 'l', 'r', 'r', 'r', 'l'] });
  return { importance: 90, forms: forms.map((form) => () => `${heading}\n${form()}\n`) };
}
