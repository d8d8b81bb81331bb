// Load phases: one row each, their figures as the load stage measured them (src/measure/load):
// throughput, operations, errors by class counted apart from the latencies, latency
// percentiles of the successful operations and the pool wait. The metrics carry the same
// figures per window for the comparison; this is what a reviewer reads.
import type { GateReport } from '../gate.js';
import type { LoadPhaseSummary } from '../measure/load/index.js';
import { cellCode, cellText } from './escape.js';
import { count, ms } from './format.js';
import type { Section } from './fit.js';
import { details, tableForms, wrapForms } from './tables.js';

const IMPORTANCE = 16;

const rate = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: n >= 100 ? 0 : 1 });

/** "0", or "1,012 (50.6 %): unique-violation `23505` ×1,012". */
function errorsCell(phase: LoadPhaseSummary): string {
  const failed = phase.operations - phase.succeeded;
  if (failed === 0) return '0';
  const share = phase.operations ? ` (${((100 * failed) / phase.operations).toFixed(1)} %)` : '';
  const classes = phase.errors.map((e) => `${cellText(e.kind)} ${cellCode(e.code)} ×${e.count.toLocaleString('en-US')}`);
  return `${failed.toLocaleString('en-US')}${share}: ${classes.join(', ')}`;
}

export function loadSection(report: GateReport): Section {
  const phases = report.loads ?? [];
  if (!phases.length) return { importance: IMPORTANCE, forms: [] };
  const rows = phases.map((p) => [
    `${cellText(p.name)}${p.capped ? ' (stopped at the cap)' : ''}`,
    `${p.connections}${p.pipeline > 1 ? ` × ${p.pipeline} in flight` : ''}${p.threads > 1 ? ` on ${p.threads} threads` : ''}`,
    p.operations.toLocaleString('en-US'),
    `${rate(p.throughput)} ops/s`,
    errorsCell(p),
    `${ms(p.latency.p50)} / ${ms(p.latency.p95)} / ${ms(p.latency.p99)}`,
    ms(p.latency.max),
    `${ms(p.poolWait.median)} / ${ms(p.poolWait.max)}`,
  ]);
  const header = ['Phase', 'Connections', 'Operations', 'Throughput', 'Errors', 'p50 / p95 / p99', 'Max', 'Pool wait (median / max)'];
  const intro =
    'Operations after the warm-up, on the head; throughput counts the successful ones. Failed operations are counted by class and kept out of the latencies (HDR histogram of the successful ones). Pool wait is how long a connection took to be ready (connect, log in, prepare). Timings are noisy and gated only by the statistics of the comparison.\n\n';
  const failing = phases.filter((p) => p.operations > p.succeeded).length;
  const summary = `Load: ${count(phases.length, 'phase')} run${failing ? `, ${failing} with errors` : ''}`;
  const forms = tableForms(header, rows, { align: ['l', 'r', 'r', 'r', 'l', 'r', 'r', 'r'] });
  return {
    importance: IMPORTANCE,
    forms: [...wrapForms(forms, (body) => details(summary, intro + body)), () => `${summary}: left out to fit; see report.json.\n`],
  };
}
