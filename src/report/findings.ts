// (c) Findings: what the pull request introduces first, in the open; what was already on the
// base branch collapsed below it.
import type { Finding, Severity } from '../vocabulary.js';
import { cellCode, cellText } from './escape.js';
import { count } from './format.js';
import type { Section } from './fit.js';
import { details, tableForms, wrapForms } from './tables.js';
import type { Tally } from './tally.js';

const ICON: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

const where = (f: Finding) => (f.location ? cellCode(`${f.location.file}${f.location.line ? `:${f.location.line}` : ''}`) : '');

/** The SQL that mends a finding, unless the message already quotes it. */
const fixOf = (f: Finding) => (f.fix && !f.message.includes(f.fix) ? ` Fix: ${cellCode(f.fix)}` : '');

function findingForms(findings: Finding[]): Array<() => string> {
  // Stable sort: within a severity, the order the stages reported them (migrations first).
  const sorted = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return tableForms(
    ['Severity', 'Rule', 'Where', 'Finding'],
    sorted.map((f) => [ICON[f.severity], cellCode(f.rule), where(f), cellText(f.message) + fixOf(f)]),
  );
}

export function newFindingsSection(t: Tally): Section {
  const heading = '### Findings\n';
  if (!t.newFindings.length) {
    return { importance: 80, forms: [() => `${heading}\n${t.existingFindings.length ? 'No new findings.' : 'No findings.'}\n`] };
  }
  return { importance: 80, forms: wrapForms(findingForms(t.newFindings), (body) => `${heading}\n${body}\n`) };
}

export function existingFindingsSection(t: Tally): Section {
  const n = t.existingFindings.length;
  if (!n) return { importance: 25, forms: [] };
  const summary = `${count(n, 'finding')} already on the base branch`;
  return {
    importance: 25,
    forms: [...wrapForms(findingForms(t.existingFindings), (body) => details(summary, body)), () => `${summary}: left out to fit; see report.json.\n`],
  };
}
