// Report: the one GateReport rendered for people (markdown: the pull-request comment, the job
// summary, the CLI's stdout) and for machines (report.json, JUnit XML, SARIF), and report.json
// read back for comment mode. Rendering never changes the verdict.
export { renderComment, renderMarkdown, COMMENT_LIMIT, SUMMARY_LIMIT, type CommentOptions } from './comment.js';
export { toJsonReport, type JsonReport, type JsonReportOptions } from './json.js';
export { JsonReportShapeError, MAX_REPORT_ITEMS, MAX_REPORT_STRING, parseJsonReport } from './parse-json.js';
export { changedFromBase } from './tally.js';
export { toJunit } from './junit.js';
export { toSarif, type SarifLog } from './sarif.js';
