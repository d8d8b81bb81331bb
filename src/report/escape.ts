// The one way text from the user's project (migration file names, engine errors, query, table
// and data-test names, row values) enters the markdown. That text is hostile until escaped: it
// must not add HTML, links, images, live @mentions or issue references, nor break a table row.
// Only Sluice's own markup (`<details>`, `**…**`, table pipes) is written raw.
import { redactSecrets } from '../secrets.js';

// A zero-width space after `@` or `#` keeps GitHub from linking a mention or an issue; the
// Renovate bot posts `@&#8203;name` the same way. `&#64;` would not do: GitHub finds mentions
// after entities are decoded.
const ZERO_WIDTH_SPACE = '&#8203;';
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** A table row or paragraph ends at a line break, so user text is kept on one line. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * Secrets are redacted before escaping: once escaped (`p@ss` → `p@&#8203;ss`) the final
 * `redactSecrets` over the whole report would no longer find them.
 */
const prepare = (raw: string) => oneLine(redactSecrets(raw));

/** Prose as literal text: no HTML, no inline markup, no mention, no issue reference. */
export function plainText(raw: string): string {
  return (
    prepare(raw)
      // Entities first: the escapes below add `&` of their own.
      .replace(/[&<>]/g, (c) => ENTITIES[c]!)
      // Backslash-escape what could start code, emphasis, strikethrough, links, images or math.
      .replace(/[\\`*~[\]$]/g, '\\$&')
      // `_` inside a word (users_email_idx) cannot be emphasis; leave it readable.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      // One pass: a second would find the `#` of the first one's `&#8203;`.
      .replace(/@|#(?=\d)/g, `$&${ZERO_WIDTH_SPACE}`)
  );
}

/**
 * Inline code showing the text exactly. Nothing inside a code span is markup (HTML, entities
 * and mentions are inert there), so only the fence needs care: one backtick longer than any
 * run in the text, with a space of padding where CommonMark would otherwise eat one.
 */
export function codeSpan(raw: string): string {
  // An HTML comment is inert in a code span, but a copy of the GitHub stage's hidden marker
  // line would still match a search for it: a zero-width space breaks it without showing.
  const text = prepare(raw).replace(/<!--/g, '<\u200B!--');
  if (!text) return '';
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // A backtick at an edge would merge with the fence; spaces at both edges would be stripped.
  const pad = /^`|`$/.test(text) || (/^ .* $/.test(text) && text.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * GFM splits a table row at every `|` not preceded by a backslash, before it looks for code
 * spans, so a pipe is escaped even inside one (the table then shows it as a plain `|`).
 */
const tableCell = (markdown: string) => markdown.replace(/\|/g, '\\|');

/** A table cell holding user text as prose. */
export const cellText = (raw: string): string => tableCell(plainText(raw));

/** A table cell holding user text as inline code. */
export const cellCode = (raw: string): string => tableCell(codeSpan(raw));

/**
 * A label inside a mermaid chart. Mermaid has its own syntax (quotes and brackets delimit
 * labels, `#…;` is an entity, `%%` a directive) and the chart sits in a code fence a backtick
 * run would close, so only letters, digits and a few harmless signs are kept.
 */
export function mermaidLabel(raw: string, maxLength = 24): string {
  const text = prepare(raw).replace(/[^\p{L}\p{N} _.:/+-]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return (text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text) || '?';
}
