// What the headline counts, computed once from the report: the verdict icon and the comment
// both depend on it.
import type { GateReport } from '../gate.js';
import type { MetricComparison } from '../baseline/types.js';
import type { Finding } from '../vocabulary.js';

export interface Tally {
  /** Regressions nobody accepted. */
  regressions: MetricComparison[];
  accepted: MetricComparison[];
  improvements: MetricComparison[];
  newFindings: Finding[];
  existingFindings: Finding[];
  /** ✅ clean pass, ⚠️ pass with something a reviewer should look at, ❌ fail. */
  icon: '✅' | '⚠️' | '❌';
}

export function tally(report: GateReport): Tally {
  const metrics = report.comparison.metrics;
  const regressions = metrics.filter((m) => m.status === 'regression' && !m.accepted);
  const accepted = metrics.filter((m) => m.status === 'regression' && m.accepted);
  const newFindings = report.findings.filter((f) => f.origin !== 'existing');
  // A pass can still carry what the gate let through: accepted regressions, new warnings, or
  // errors and regressions under fail-on: never.
  const attention = accepted.length > 0 || regressions.length > 0 || newFindings.some((f) => f.severity !== 'notice');
  return {
    regressions,
    accepted,
    improvements: metrics.filter((m) => m.status === 'improvement'),
    newFindings,
    existingFindings: report.findings.filter((f) => f.origin === 'existing'),
    icon: report.verdict === 'fail' ? '❌' : attention ? '⚠️' : '✅',
  };
}

/** Something differs from the base branch: what `comment: on-change` posts for. */
export const changedFromBase = (report: GateReport): boolean =>
  report.comparison.metrics.some((m) => m.status === 'regression' || m.status === 'improvement') ||
  report.findings.some((f) => f.origin !== 'existing' && f.severity !== 'notice') ||
  report.verdict === 'fail';
