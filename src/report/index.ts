// Report: the one GateReport rendered for people (markdown: the pull-request comment, the job
// summary, the CLI's stdout) and for machines (report.json, JUnit XML, SARIF). Rendering never
// changes the verdict.
export { renderComment, renderMarkdown, COMMENT_LIMIT, SUMMARY_LIMIT, type CommentOptions } from './comment.js';
export { toJsonReport, type JsonReport } from './json.js';
export { toJunit } from './junit.js';
export { toSarif, type SarifLog } from './sarif.js';
