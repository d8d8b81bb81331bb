// The one markdown rendering of a GateReport: the pull-request comment, the job summary and the
// CLI's stdout differ only in their size limit. Order: verdict, what moved, findings, the rest
// collapsed, a chart. The GitHub stage adds its hidden marker line; nothing here is one.
import type { GateReport } from '../gate.js';
import { dataTestsSection, migrationsSection, otherMetricsSection, queriesSection, seededDataSection } from './appendix.js';
import { changesSection } from './changes.js';
import { chartSection } from './chart.js';
import { concurrencySection } from './concurrency.js';
import { existingFindingsSection, newFindingsSection } from './findings.js';
import { fitSections, type Section } from './fit.js';
import { renderHeadline } from './headline.js';
import { loadSection } from './load.js';
import { scalingSection } from './scaling.js';
import { tally } from './tally.js';

/** GitHub rejects comments over 65,536 characters; this leaves room for the marker line. */
export const COMMENT_LIMIT = 65_000;
/** The job summary may hold 1 MiB per step. */
export const SUMMARY_LIMIT = 1_000_000;

export interface CommentOptions {
  /** Where the full report can be downloaded (the run's artifact), named in the cut note. */
  artifactUrl?: string;
  /** Longest result, in UTF-8 bytes (COMMENT_LIMIT, SUMMARY_LIMIT; Infinity for stdout). */
  limit: number;
}

/** Only a plain https URL becomes a link; anything else would be markup of its own. */
const safeUrl = (url: string | undefined) => (url && /^https:\/\/[^\s()<>[\]`"'\\]+$/.test(url) ? url : undefined);

export function cutNote(artifactUrl?: string): string {
  const url = safeUrl(artifactUrl);
  const where = url ? `the [report artifact](${url}) (report.json)` : 'the report artifact / report.json';
  return `… cut to fit GitHub's limit; the full report is in ${where}.`;
}

export function renderComment(report: GateReport, options: CommentOptions): string {
  const t = tally(report);
  const sections: Section[] = [
    { importance: 100, forms: [() => renderHeadline(report, t)] },
    changesSection(t, report.comparison.against !== 'none'),
    newFindingsSection(t),
    existingFindingsSection(t),
    concurrencySection(report),
    otherMetricsSection(report),
    queriesSection(report),
    loadSection(report),
    dataTestsSection(report),
    migrationsSection(report),
    seededDataSection(report),
    scalingSection(report),
    chartSection(report),
  ];
  return fitSections(sections, options.limit, cutNote(options.artifactUrl));
}

/** The CLI's stdout and the job summary, as before: the comment with the summary's limit. */
export const renderMarkdown = (report: GateReport): string => renderComment(report, { limit: SUMMARY_LIMIT });
