// Reads markdown the way GitHub (GFM) does, just far enough for the report tests to check that
// text from a project is shown, never obeyed.
import assert from 'node:assert/strict';

/** GFM cells of one table row: split at every `|` not preceded by a backslash. */
export function cellsOf(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\' && row[i + 1] === '|') {
      current += '\\|';
      i++;
    } else if (row[i] === '|') {
      cells.push(current);
      current = '';
    } else {
      current += row[i];
    }
  }
  cells.push(current);
  // The leading and trailing pipes open and close the row; they do not delimit cells.
  return cells.slice(1, -1).map((c) => c.trim());
}

export interface Table {
  header: string[];
  rows: string[][];
}

export function tablesOf(markdown: string): Table[] {
  const tables: Table[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|') || !/^\|[\s:|-]+\|$/.test(lines[i + 1] ?? '')) continue;
    const header = cellsOf(lines[i]!);
    const rows: string[][] = [];
    for (i += 2; lines[i]?.startsWith('|'); i++) rows.push(cellsOf(lines[i]!));
    tables.push({ header, rows });
  }
  return tables;
}

type Segment = { code: string } | { text: string };

/** Inline markdown as code spans and the text between them (backslash escapes respected). */
export function segmentsOf(inline: string): Segment[] {
  const segments: Segment[] = [];
  let text = '';
  for (let i = 0; i < inline.length; ) {
    if (inline[i] === '\\' && i + 1 < inline.length) {
      text += inline.slice(i, i + 2);
      i += 2;
      continue;
    }
    const run = /^`+/.exec(inline.slice(i))?.[0];
    if (!run) {
      text += inline[i++];
      continue;
    }
    // The span closes at the next backtick run of exactly the same length.
    const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
    close.lastIndex = i + run.length;
    const end = close.exec(inline);
    if (!end) {
      text += run;
      i += run.length;
      continue;
    }
    if (text) segments.push({ text });
    text = '';
    let code = inline.slice(i + run.length, end.index);
    if (code.startsWith(' ') && code.endsWith(' ') && code.trim()) code = code.slice(1, -1);
    segments.push({ code });
    i = end.index + run.length;
  }
  if (text) segments.push({ text });
  return segments;
}

/** What a reader sees of escaped text: backslash escapes and entities resolved. */
export const decodeText = (text: string) =>
  text.replace(/\\([!-/:-@[-`{-~])|&(lt|gt|amp|#8203);/g, (_, escaped: string | undefined, entity: string | undefined) =>
    escaped ?? { lt: '<', gt: '>', amp: '&', '#8203': '' }[entity!]!,
  );

/** What a reader sees of one table cell. */
export const readCell = (cell: string) =>
  segmentsOf(cell.replace(/\\\|/g, '|'))
    .map((s) => ('code' in s ? s.code : decodeText(s.text)))
    .join('');

/** The cell is exactly one code span; returns what it shows. */
export function codeOf(cell: string): string {
  const segments = segmentsOf(cell.replace(/\\\|/g, '|'));
  assert.equal(segments.length, 1, `expected one code span in ${cell}`);
  assert.ok('code' in segments[0]!, `expected a code span, got ${cell}`);
  return segments[0].code;
}

/** Everything outside code spans, where markup and mentions would be live. */
export function liveTextOf(markdown: string): string[] {
  // Fenced blocks (the mermaid chart) are code, not markup; their content is checked apart.
  let fenced = false;
  return markdown.split('\n').flatMap((line) => {
    if (/^```/.test(line)) {
      fenced = !fenced;
      return [];
    }
    if (fenced) return [];
    const parts = line.startsWith('|') ? cellsOf(line).map((c) => c.replace(/\\\|/g, '|')) : [line];
    return parts.flatMap((part) => segmentsOf(part).flatMap((s) => ('text' in s ? [s.text] : [])));
  });
}


/** Fenced code blocks with their info string (mermaid) and content lines. */
export function fencesOf(markdown: string): Array<{ info: string; lines: string[] }> {
  const fences: Array<{ info: string; lines: string[] }> = [];
  let open: { info: string; lines: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    if (/^```/.test(line)) {
      if (open) fences.push(open);
      open = open ? undefined : { info: line.slice(3).trim(), lines: [] };
    } else open?.lines.push(line);
  }
  assert.equal(open, undefined, 'a code fence left open');
  return fences;
}

/**
 * What every rendering must hold, however hostile its input and however it was cut: no raw
 * HTML besides <details>/<summary> (balanced), no live mention, issue reference, link or code
 * markup, every table row as wide as its header, every fence closed.
 */
export function assertInert(markdown: string): void {
  for (const text of liveTextOf(markdown)) {
    const html = text.replace(/<\/?(details|summary)>/g, '');
    assert.ok(!html.includes('<'), `raw HTML outside a code span: ${text}`);
    assert.doesNotMatch(text, /@\w/, `a live @mention: ${text}`);
    assert.doesNotMatch(text, /(?<!&)#\d/, `a live issue reference: ${text}`);
    assert.doesNotMatch(text.replace(/\\./g, '').replace(/\[report artifact\]\(https:\/\/[^)\s]+\)/, ''), /[[\]`]/, `live link or code markup: ${text}`);
  }
  assert.equal((markdown.match(/<details>/g) ?? []).length, (markdown.match(/<\/details>/g) ?? []).length, 'unbalanced <details>');
  for (const { header, rows } of tablesOf(markdown)) {
    for (const row of rows) assert.equal(row.length, header.length, `a row of the ${header[0] || header[1]} table has ${row.length} cells: ${row.join(' ¦ ')}`);
  }
  fencesOf(markdown);
}
