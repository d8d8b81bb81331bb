// The gate's answer from the comparison and the findings: pass or fail, and why, in words a
// reviewer reads in the comment.
import type { FailOn, SluiceConfig } from '../config/schema/index.js';
import type { Finding, Severity } from '../vocabulary.js';
import type { MetricComparison } from './types.js';

export interface GateOutcome {
  verdict: 'pass' | 'fail';
  /** Regressions nobody accepted: the ones that fail the gate. */
  regressions: number;
  improvements: number;
  /** One line per thing that failed the gate; empty on pass. */
  reasons: string[];
}

export interface GateInputs {
  comparisons: readonly MetricComparison[];
  findings: readonly Finding[];
  failOn: FailOn;
  existingFindings: SluiceConfig['gate']['existing-findings'];
}

const RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };

/**
 * Fails on any regression not accepted, and on findings at or above fail-on that are new (or
 * of any origin with existing-findings: fail). A finding without an origin was never compared,
 * so it counts as new. fail-on: never reports everything and fails on nothing.
 */
export function gateOutcome({ comparisons, findings, failOn, existingFindings }: GateInputs): GateOutcome {
  const regressed = comparisons.filter((c) => c.status === 'regression' && !c.accepted);
  const improvements = comparisons.filter((c) => c.status === 'improvement').length;
  if (failOn === 'never') return { verdict: 'pass', regressions: regressed.length, improvements, reasons: [] };

  const failing = findings.filter((f) => RANK[f.severity] >= RANK[failOn] && (existingFindings === 'fail' || f.origin !== 'existing'));
  const reasons = [...regressed.map(describeRegression), ...describeFindings(failing, existingFindings)];
  return { verdict: reasons.length > 0 ? 'fail' : 'pass', regressions: regressed.length, improvements, reasons };
}

function describeRegression(c: MetricComparison): string {
  const figures = `${figure(c.base)} → ${figure(c.head)} ${c.unit}`;
  const change = c.ratio === undefined ? figures : `${figures} (${signedPercent(c.ratio - 1)})`;
  const beyond =
    c.kind === 'time'
      ? `significant (p = ${c.p?.toPrecision(2)}), median ratio interval ${c.interval?.map((r) => r.toFixed(2)).join('–')}`
      : `beyond the ${percent(c.tolerance ?? 0)} tolerance`;
  return `${c.key} regressed: ${change}, ${beyond}`;
}

function describeFindings(failing: readonly Finding[], existingFindings: GateInputs['existingFindings']): string[] {
  return (['error', 'warning', 'notice'] as const).flatMap((severity) => {
    const count = failing.filter((f) => f.severity === severity).length;
    if (count === 0) return [];
    const which = existingFindings === 'fail' ? '' : 'new ';
    return [`${count} ${which}${severity} finding${count === 1 ? '' : 's'}`];
  });
}

/** Counts as they are; medians of timings to 4 significant digits. */
const figure = (value: number | undefined): string => (value === undefined ? '?' : Number.isInteger(value) ? String(value) : String(+value.toPrecision(4)));
const percent = (fraction: number): string => `${+(fraction * 100).toFixed(1)} %`;
const signedPercent = (fraction: number): string => `${fraction >= 0 ? '+' : '−'}${percent(Math.abs(fraction))}`;
