// Findings against the base: what the pull request introduces is new and fails the gate;
// what was already on the base is existing and, by default, only reported. And regressions
// accepted on purpose (gate.accept, the pull-request label), reported but never failing.
import type { Finding } from '../vocabulary.js';
import { mostSpecificPattern } from './compare.js';
import type { MetricComparison } from './types.js';

/** Who accepted a regression through sluice.yml. */
export const ACCEPTED_BY_CONFIG = 'sluice.yml gate.accept';
export const LABEL_REASON = 'accepted by the pull-request label';

/**
 * Sets origin on each head finding: 'existing' when the base has one with the same check,
 * rule and subject, else 'new'. Without a subject on either side, the message stands in,
 * digits stripped, because line numbers, counts and migration numbers move between branches.
 */
export function markOrigins(headFindings: readonly Finding[], baseFindings: readonly Finding[]): Finding[] {
  const baseSubjects = new Set(baseFindings.filter((f) => f.subject !== undefined).map((f) => identity(f, f.subject!)));
  const baseMessages = new Set(baseFindings.map((f) => identity(f, messageShape(f.message))));
  const withoutSubject = new Set(baseFindings.filter((f) => f.subject === undefined).map((f) => identity(f, messageShape(f.message))));
  return headFindings.map((finding) => {
    const existing =
      finding.subject !== undefined
        ? baseSubjects.has(identity(finding, finding.subject)) || withoutSubject.has(identity(finding, messageShape(finding.message)))
        : baseMessages.has(identity(finding, messageShape(finding.message)));
    return { ...finding, origin: existing ? 'existing' : 'new' };
  });
}

const identity = (finding: Finding, what: string): string => JSON.stringify([finding.check, finding.rule, what]);

/** The message with every number removed and spaces folded: "line 12: 3 rows" and "line 40: 5 rows" read alike. */
const messageShape = (message: string): string => message.replace(/\d+/g, '').replace(/\s+/g, ' ').trim();

export interface Acceptances {
  /** gate.accept: a metric key or glob with the reason it is intended. */
  accept: readonly { metric: string; reason: string }[];
  /** Labels on the pull request. */
  labels: readonly string[];
  /** gate.accept-label. */
  acceptLabel: string;
  /** Who added the label, when the event says. */
  labelAuthor?: string;
}

/**
 * Marks regressions someone accepted on purpose. gate.accept wins over the label: its reason
 * says why this metric changed, the label only that the whole pull request is intended.
 */
export function applyAcceptances(comparisons: readonly MetricComparison[], acceptances: Acceptances): MetricComparison[] {
  const patterns = acceptances.accept.map((entry) => entry.metric);
  // GitHub label names are case-insensitive.
  const labelled = acceptances.labels.some((label) => label.toLowerCase() === acceptances.acceptLabel.toLowerCase());
  const byLabel = `label ${acceptances.acceptLabel}${acceptances.labelAuthor ? ` (added by @${acceptances.labelAuthor})` : ''}`;
  return comparisons.map((comparison) => {
    if (comparison.status !== 'regression') return comparison;
    const pattern = mostSpecificPattern(patterns, comparison.key);
    if (pattern !== undefined) {
      const entry = acceptances.accept.find((candidate) => candidate.metric === pattern)!;
      return { ...comparison, accepted: { by: ACCEPTED_BY_CONFIG, reason: entry.reason } };
    }
    return labelled ? { ...comparison, accepted: { by: byLabel, reason: LABEL_REASON } } : comparison;
  });
}
