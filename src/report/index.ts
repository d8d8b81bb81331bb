// Report: the one GateReport rendered for people (markdown: the CLI's stdout, the job summary)
// and for machines (report.json). Rendering never changes the verdict.
export { renderMarkdown } from './markdown.js';
export { toJsonReport, type JsonReport } from './json.js';
