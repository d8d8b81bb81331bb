// The tokens of a DDL statement's head, with their lines, and a reader over them: enough to
// replay CREATE/ALTER/DROP of tables, columns, constraints and indexes (see index.ts).
import type { Dialect } from '../../engines/engine.js';

export interface Token {
  /** word (unquoted, as written), ident (quoted, unquoted content), string, number, punct */
  kind: 'word' | 'ident' | 'string' | 'number' | 'punct';
  text: string;
  line: number;
  offset: number;
}

/** Tokens of one statement; comments dropped, MySQL's executable comments read as SQL. */
export function tokenize(sql: string, dialect: Dialect, firstLine = 1): Token[] {
  const tokens: Token[] = [];
  let line = firstLine;
  let i = 0;
  const advance = (to: number) => {
    for (let k = i; k < to; k++) if (sql[k] === '\n') line++;
    i = to;
  };
  const mysql = dialect === 'mysql';
  while (i < sql.length) {
    const c = sql[i]!;
    const next = sql[i + 1];
    const start = i;
    const startLine = line;
    if (/\s/.test(c)) advance(i + 1);
    else if ((c === '-' && next === '-') || (mysql && c === '#')) {
      const end = sql.indexOf('\n', i);
      advance(end < 0 ? sql.length : end);
    } else if (c === '/' && next === '*') {
      if (mysql && sql[i + 2] === '!') {
        advance(i + /^\/\*!\d*/.exec(sql.slice(i))![0].length);
        continue;
      }
      const end = sql.indexOf('*/', i + 2);
      advance(end < 0 ? sql.length : end + 2);
    } else if (mysql && c === '*' && next === '/') advance(i + 2);
    else if (c === "'" || c === '"' || c === '`') {
      const backslashes = mysql && c !== '`';
      let j = i + 1;
      let text = '';
      while (j < sql.length) {
        if (backslashes && sql[j] === '\\') (text += sql[j + 1] ?? ''), (j += 2);
        else if (sql[j] === c && sql[j + 1] === c) (text += c), (j += 2);
        else if (sql[j] === c) break;
        else (text += sql[j]), j++;
      }
      advance(Math.min(j + 1, sql.length));
      const quotedName = c === '`' || (c === '"' && !mysql);
      tokens.push({ kind: quotedName ? 'ident' : 'string', text, line: startLine, offset: start });
    } else if (!mysql && c === '$' && /^\$(?:[A-Za-z_][\w]*)?\$/.test(sql.slice(i, i + 64))) {
      const tag = /^\$(?:[A-Za-z_][\w]*)?\$/.exec(sql.slice(i, i + 64))![0];
      const close = sql.indexOf(tag, i + tag.length);
      advance(close < 0 ? sql.length : close + tag.length);
      tokens.push({ kind: 'string', text: sql.slice(start + tag.length, close < 0 ? sql.length : close), line: startLine, offset: start });
    } else if (/[\p{L}_]/u.test(c)) {
      const word = /^[\p{L}\p{N}_$]+/u.exec(sql.slice(i))![0];
      advance(i + word.length);
      tokens.push({ kind: 'word', text: word, line: startLine, offset: start });
    } else if (/\d/.test(c)) {
      const number = /^[\d.]+(?:e[+-]?\d+)?/i.exec(sql.slice(i))![0];
      advance(i + number.length);
      tokens.push({ kind: 'number', text: number, line: startLine, offset: start });
    } else {
      advance(i + 1);
      tokens.push({ kind: 'punct', text: c, line: startLine, offset: start });
    }
  }
  return tokens;
}

/** A cursor over one statement's tokens. */
export class Reader {
  #at = 0;
  constructor(
    readonly tokens: Token[],
    readonly dialect: Dialect,
  ) {}
  get done() {
    return this.#at >= this.tokens.length;
  }
  peek(ahead = 0): Token | undefined {
    return this.tokens[this.#at + ahead];
  }
  next(): Token | undefined {
    return this.tokens[this.#at++];
  }
  /** True (and consumed) when the next words are `words`, case-insensitive. */
  accept(...words: string[]): boolean {
    const match = words.every((w, k) => {
      const t = this.peek(k);
      return t !== undefined && (t.kind === 'word' || t.kind === 'punct') && t.text.toLowerCase() === w;
    });
    if (match) this.#at += words.length;
    return match;
  }
  isWord(word: string, ahead = 0): boolean {
    const t = this.peek(ahead);
    return t?.kind === 'word' && t.text.toLowerCase() === word;
  }
  /** One identifier, normalized as the engine stores it. */
  name(): string | undefined {
    const t = this.peek();
    if (!t || (t.kind !== 'word' && t.kind !== 'ident')) return undefined;
    this.#at++;
    return normalizeIdent(t, this.dialect);
  }
  /** schema.name or name; the default schema is left out (public on PostgreSQL, any on MySQL). */
  qualifiedName(): string | undefined {
    const parts: string[] = [];
    for (;;) {
      const part = this.name();
      if (part === undefined) break;
      parts.push(part);
      if (!this.accept('.')) break;
    }
    if (parts.length === 0) return undefined;
    if (this.dialect === 'mysql') return parts[parts.length - 1];
    if (parts.length > 1 && parts[parts.length - 2] === 'public') return parts[parts.length - 1];
    return parts.slice(-2).join('.');
  }
  /** `( a, b DESC, "C" )` → [a, b, C]; expressions come through as their first name or are skipped. */
  columnList(): string[] {
    if (!this.accept('(')) return [];
    const columns: string[] = [];
    for (const element of this.elements()) {
      const first = element[0];
      if (first && (first.kind === 'word' || first.kind === 'ident')) columns.push(normalizeIdent(first, this.dialect));
    }
    return columns;
  }
  /** Comma-separated elements up to the `)` closing the current parenthesis (consumed). */
  elements(): Token[][] {
    const elements: Token[][] = [[]];
    let depth = 0;
    while (!this.done) {
      const t = this.next()!;
      if (t.kind === 'punct' && t.text === '(') depth++;
      else if (t.kind === 'punct' && t.text === ')') {
        if (depth === 0) break;
        depth--;
      } else if (t.kind === 'punct' && t.text === ',' && depth === 0) {
        elements.push([]);
        continue;
      }
      elements[elements.length - 1]!.push(t);
    }
    return elements.filter((e) => e.length > 0);
  }
  /** Skips to after the next top-level comma (the next ALTER TABLE action), or to the end. */
  skipAction(): void {
    let depth = 0;
    while (!this.done) {
      const t = this.next()!;
      if (t.kind === 'punct' && t.text === '(') depth++;
      else if (t.kind === 'punct' && t.text === ')') depth--;
      else if (t.kind === 'punct' && t.text === ',' && depth === 0) return;
    }
  }
}

/** PostgreSQL folds unquoted names to lower case and truncates every name to 63 bytes. */
export function normalizeIdent(token: Token, dialect: Dialect): string {
  const raw = token.kind === 'word' && dialect === 'postgres' ? token.text.toLowerCase() : token.text;
  return dialect === 'postgres' ? truncateIdentifier(raw) : raw;
}

/** NAMEDATALEN - 1 = 63 bytes, cut on a character boundary as PostgreSQL does. */
export function truncateIdentifier(name: string): string {
  if (Buffer.byteLength(name) <= 63) return name;
  let out = '';
  for (const ch of name) {
    if (Buffer.byteLength(out + ch) > 63) break;
    out += ch;
  }
  return out;
}
