// Turns a migration file into the statements its engine's own client would send, each with
// the line it starts on. psql's inline COPY data (`COPY … FROM stdin;` then rows up to `\.`)
// is not SQL: it is cut out here and carried beside its COPY statement, so the splitter never
// reads rows as statements and the lines of everything after it stay right.
import { splitQuery, mysqlSplitterOptions, postgreSplitterOptions } from 'dbgate-query-splitter';
import type { Dialect } from '../engines/engine.js';

export interface Statement {
  sql: string;
  /** 1-based line in the file where the statement's first token is. */
  line: number;
  /**
   * Set on a PostgreSQL `COPY … FROM stdin` statement: the data lines after it. `undefined`
   * when no `\.` line ends the data (the guard refuses the statement then).
   */
  copyData?: CopyData | undefined;
}

export interface CopyData {
  /** The rows as written, without line ends and without the closing `\.`. */
  lines: string[];
  /** 1-based line in the file of the first data line. */
  firstLine: number;
}

/** Splits a file the way the engine's own client would: quotes, dollar quotes, comments, DELIMITER, COPY data. */
export function splitStatements(sql: string, dialect: Dialect): Statement[] {
  if (dialect === 'mysql') return splitText(sql, dialect, 0);
  const statements: Statement[] = [];
  let rest = sql;
  let lineOffset = 0;
  let searchFrom = 0;
  for (;;) {
    // Split only up to the next line that may hold a COPY … FROM stdin: the splitter would
    // read the data after it as SQL, and splitting the whole remainder per COPY would be slow.
    const candidate = /\bfrom\s+stdin\b/gi;
    candidate.lastIndex = searchFrom;
    const found = candidate.exec(rest);
    if (!found) return [...statements, ...splitText(rest, dialect, lineOffset)];
    const prefixEnd = endOfLine(rest, found.index);
    const pieces = splitText(rest.slice(0, prefixEnd), dialect, lineOffset);
    const copyAt = pieces.findIndex((p) => rest[p.end] === ';' && isCopyFromStdin(p.sql));
    if (copyAt < 0) {
      searchFrom = prefixEnd;
      continue;
    }
    const copy = pieces[copyAt]!;
    // psql reads the data from the line after the one holding the COPY's semicolon.
    const dataStart = endOfLine(rest, copy.end);
    const lines: string[] = [];
    let position = dataStart;
    let ended = false;
    while (position < rest.length) {
      const next = endOfLine(rest, position);
      const text = rest.slice(position, next).replace(/\r?\n$/, '');
      position = next;
      if (text.replace(/\r$/, '') === '\\.') {
        ended = true;
        break;
      }
      lines.push(text.replace(/\r$/, ''));
    }
    const firstLine = lineOffset + countNewlines(rest.slice(0, dataStart)) + 1;
    statements.push(...pieces.slice(0, copyAt), { sql: copy.sql, line: copy.line, copyData: ended ? { lines, firstLine } : undefined });
    lineOffset += countNewlines(rest.slice(0, position));
    rest = rest.slice(position);
    searchFrom = 0;
  }
}

interface Piece extends Statement {
  /** Offset in the split text just after the statement (where its `;` is, when it has one). */
  end: number;
}

function splitText(sql: string, dialect: Dialect, lineOffset: number): Piece[] {
  const options = dialect === 'mysql' ? mysqlSplitterOptions : postgreSplitterOptions;
  return splitQuery(sql, { ...options, returnRichInfo: true })
    .map((piece) => {
      const rich = piece as { text: string; trimStart?: { line: number }; end?: { position: number } };
      // MySQL runs the content of /*!… */ comments (mysqldump writes statements in them), so they stay.
      const leading = (dialect === 'mysql' ? /^(?:\s+|--[^\n]*\n?|\/\*(?!!)[\s\S]*?\*\/)*/ : /^(?:\s+|--[^\n]*\n?|\/\*[\s\S]*?\*\/)*/).exec(rich.text)![0];
      const text = rich.text.slice(leading.length).trim();
      const line = lineOffset + (rich.trimStart?.line ?? 0) + 1 + countNewlines(leading.replace(/^[ \t]*\n/, ''));
      return { sql: text, line, end: rich.end?.position ?? sql.length };
    })
    .filter((s) => s.sql.length > 0);
}

/** `COPY … FROM stdin` in any spelling: the statements whose data follows them in the file. */
export const isCopyFromStdin = (sql: string): boolean => /^copy\b[\s\S]*\bfrom\s+stdin\b/i.test(maskSql(sql, 'postgres'));

/**
 * The statement with the inside of comments, strings, quoted names and dollar-quoted bodies
 * blanked out (same length, newlines kept), so keyword tests see only the SQL around them.
 * MySQL's executable comments (`/*!40101 … *\/`) are SQL to MySQL, so their content stays.
 */
export function maskSql(sql: string, dialect: Dialect): string {
  const out = sql.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== '\n') out[i] = ' ';
  };
  const mysql = dialect === 'mysql';
  let i = 0;
  let inExecutableComment = false;
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    if ((c === '-' && next === '-' && (!mysql || /\s/.test(sql[i + 2] ?? ' '))) || (mysql && c === '#')) {
      const end = sql.indexOf('\n', i);
      const stop = end < 0 ? sql.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      if (mysql && sql[i + 2] === '!') {
        const marker = /^\/\*!\d*/.exec(sql.slice(i))![0];
        blank(i, i + marker.length);
        i += marker.length;
        inExecutableComment = true;
        continue;
      }
      // PostgreSQL block comments nest; MySQL's do not.
      let depth = 1;
      let j = i + 2;
      while (j < sql.length && depth > 0) {
        if (sql.startsWith('*/', j)) (depth--, (j += 2));
        else if (!mysql && sql.startsWith('/*', j)) (depth++, (j += 2));
        else j++;
      }
      blank(i, j);
      i = j;
    } else if (inExecutableComment && c === '*' && next === '/') {
      blank(i, i + 2);
      i += 2;
      inExecutableComment = false;
    } else if (c === "'" || c === '"' || (mysql && c === '`')) {
      // MySQL strings and PostgreSQL E'' strings take backslash escapes.
      const backslashes = (mysql && c !== '`') || (c === "'" && /[eE]/.test(sql[i - 1] ?? '') && !/\w/.test(sql[i - 2] ?? ''));
      let j = i + 1;
      while (j < sql.length) {
        if (backslashes && sql[j] === '\\') j += 2;
        else if (sql[j] === c && sql[j + 1] === c) j += 2;
        else if (sql[j] === c) break;
        else j++;
      }
      blank(i + 1, Math.min(j, sql.length));
      i = j + 1;
    } else if (!mysql && c === '$' && !/[\w$]/.test(sql[i - 1] ?? '')) {
      const tag = /^\$(?:[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(sql.slice(i, i + 64))?.[0];
      if (!tag) {
        i++;
        continue;
      }
      const close = sql.indexOf(tag, i + tag.length);
      const stop = close < 0 ? sql.length : close;
      blank(i + tag.length, stop);
      i = close < 0 ? sql.length : close + tag.length;
    } else {
      i++;
    }
  }
  return out.join('');
}

/** Offset just past the end of the line holding `offset` (past its `\n`), or the text's end. */
function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

export const countNewlines = (text: string): number => text.split('\n').length - 1;
