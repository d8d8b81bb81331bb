// A CHECK expression as the engines print it back (pg_get_constraintdef with its casts,
// MySQL/MariaDB CHECK_CLAUSE with backticks and charset introducers), read into a small tree:
// columns, literals, functions, AND/OR/NOT, comparisons, BETWEEN, IN, IS [NOT] NULL, ARRAY[…].
// It throws on anything else, and the caller gives a reason instead of a guess. The data
// factory reads it to obey CHECKs; the constraint probes read it to break them.

export type Node =
  | { k: 'col'; name: string }
  | { k: 'lit'; value: string | number | boolean | null }
  | { k: 'fn'; name: string; args: Node[] }
  | { k: 'and' | 'or'; items: Node[] }
  | { k: 'not'; item: Node }
  | { k: 'cmp'; op: string; left: Node; right: Node }
  | { k: 'between'; negated: boolean; subject: Node; low: Node; high: Node }
  | { k: 'in'; negated: boolean; subject: Node; list: Node[] }
  | { k: 'null'; negated: boolean; subject: Node }
  | { k: 'array'; items: Node[] };

type Token = { t: 'id' | 'qid' | 'num' | 'str' | 'op'; v: string };

/** The expression inside PostgreSQL's `CHECK (…) [NOT VALID]`; MySQL's clause as it is. */
export function checkBody(expression: string): string {
  const match = /^\s*CHECK\s*\(([\s\S]*)\)\s*(NOT\s+VALID\s*)?(NO\s+INHERIT\s*)?$/i.exec(expression);
  return (match ? match[1]! : expression).replace(/\\'/g, "'");
}

/** The tree of a CHECK as the engine prints it (with or without `CHECK (…)`); throws with what it could not read. */
export function parseCheck(expression: string): Node {
  return new Parser(tokenize(checkBody(expression))).parse();
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s+|(_[a-z0-9]+)?'((?:[^']|'')*)'|"((?:[^"]|"")*)"|`((?:[^`]|``)*)`|(\d+(?:\.\d+)?(?:e[+-]?\d+)?)|([a-z_][\w$]*)|(::|<>|!=|<=|>=|\|\||[=<>(),[\].+\-*/%])/giy;
  let at = 0;
  while (at < text.length) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) throw new Error(`unexpected "${text.slice(at, at + 10)}"`);
    at = pattern.lastIndex;
    if (m[2] !== undefined) tokens.push({ t: 'str', v: m[2].replace(/''/g, "'") });
    else if (m[3] !== undefined) tokens.push({ t: 'qid', v: m[3].replace(/""/g, '"') });
    else if (m[4] !== undefined) tokens.push({ t: 'qid', v: m[4].replace(/``/g, '`') });
    else if (m[5] !== undefined) tokens.push({ t: 'num', v: m[5] });
    else if (m[6] !== undefined) tokens.push({ t: 'id', v: m[6] });
    else if (m[7] !== undefined) tokens.push({ t: 'op', v: m[7] });
  }
  return tokens;
}

const KEYWORDS = new Set(['and', 'or', 'not', 'between', 'in', 'is', 'null', 'true', 'false', 'any', 'all', 'array', 'like', 'ilike', 'similar', 'escape']);

class Parser {
  #tokens: Token[];
  #at = 0;
  constructor(tokens: Token[]) {
    this.#tokens = tokens;
  }

  parse(): Node {
    const node = this.#or();
    if (this.#at < this.#tokens.length) throw new Error(`unexpected "${this.#tokens[this.#at]!.v}"`);
    return node;
  }

  #peek(offset = 0): Token | undefined {
    return this.#tokens[this.#at + offset];
  }
  #word(word: string, offset = 0): boolean {
    const token = this.#peek(offset);
    return token?.t === 'id' && token.v.toLowerCase() === word;
  }
  #op(op: string): boolean {
    const token = this.#peek();
    return token?.t === 'op' && token.v === op;
  }
  #expect(op: string): void {
    if (!this.#op(op)) throw new Error(`expected "${op}"`);
    this.#at++;
  }

  #or(): Node {
    const items = [this.#and()];
    while (this.#word('or')) {
      this.#at++;
      items.push(this.#and());
    }
    return items.length === 1 ? items[0]! : { k: 'or', items: items.flatMap((i) => (i.k === 'or' ? i.items : [i])) };
  }

  #and(): Node {
    const items = [this.#not()];
    while (this.#word('and')) {
      this.#at++;
      items.push(this.#not());
    }
    return items.length === 1 ? items[0]! : { k: 'and', items: items.flatMap((i) => (i.k === 'and' ? i.items : [i])) };
  }

  #not(): Node {
    if (this.#word('not')) {
      this.#at++;
      return { k: 'not', item: this.#not() };
    }
    return this.#predicate();
  }

  #predicate(): Node {
    const subject = this.#sum();
    const negated = this.#word('not') && (this.#word('between', 1) || this.#word('in', 1));
    if (negated) this.#at++;
    if (this.#word('between')) {
      this.#at++;
      const low = this.#sum();
      if (!this.#word('and')) throw new Error('BETWEEN without AND');
      this.#at++;
      return { k: 'between', negated, subject, low, high: this.#sum() };
    }
    if (this.#word('in')) {
      this.#at++;
      this.#expect('(');
      const list = [this.#sum()];
      while (this.#op(',')) {
        this.#at++;
        list.push(this.#sum());
      }
      this.#expect(')');
      return { k: 'in', negated, subject, list };
    }
    if (this.#word('is')) {
      this.#at++;
      const isNot = this.#word('not');
      if (isNot) this.#at++;
      if (!this.#word('null')) throw new Error('IS without NULL');
      this.#at++;
      return { k: 'null', negated: isNot, subject };
    }
    const token = this.#peek();
    if (token?.t === 'op' && ['=', '<>', '!=', '<', '<=', '>', '>='].includes(token.v)) {
      this.#at++;
      return { k: 'cmp', op: token.v, left: subject, right: this.#sum() };
    }
    return subject;
  }

  /** Arithmetic is kept as an opaque function so a comparison over it is reported, not guessed. */
  #sum(): Node {
    let node = this.#unary();
    while (this.#peek()?.t === 'op' && ['+', '-', '*', '/', '%', '||'].includes(this.#peek()!.v)) {
      const op = this.#peek()!.v;
      this.#at++;
      node = { k: 'fn', name: op, args: [node, this.#unary()] };
    }
    return node;
  }

  #unary(): Node {
    if (this.#op('-')) {
      this.#at++;
      const inner = this.#unary();
      if (inner.k === 'lit' && typeof inner.value === 'number') return { k: 'lit', value: -inner.value };
      if (inner.k === 'lit' && typeof inner.value === 'string' && /^\d/.test(inner.value)) return { k: 'lit', value: -Number(inner.value) };
      return { k: 'fn', name: 'negate', args: [inner] };
    }
    return this.#casts(this.#primary());
  }

  /** `x::type`, `x::character varying(10)[]`: the cast is dropped, the value is what matters. */
  #casts(node: Node): Node {
    while (this.#op('::')) {
      this.#at++;
      if (!(this.#peek()?.t === 'id' || this.#peek()?.t === 'qid')) throw new Error('a type after ::');
      this.#at++;
      while ((this.#peek()?.t === 'id' && !KEYWORDS.has(this.#peek()!.v.toLowerCase())) || this.#op('.')) this.#at++;
      if (this.#op('(')) {
        while (!this.#op(')')) {
          if (!this.#peek()) throw new Error('unclosed type modifier');
          this.#at++;
        }
        this.#at++;
      }
      while (this.#op('[')) {
        this.#at++;
        this.#expect(']');
      }
    }
    return node;
  }

  #primary(): Node {
    const token = this.#peek();
    if (!token) throw new Error('the expression ends early');
    this.#at++;
    if (token.t === 'num') return { k: 'lit', value: Number(token.v) };
    if (token.t === 'str') return { k: 'lit', value: token.v };
    if (token.t === 'qid') return { k: 'col', name: token.v };
    if (token.t === 'op' && token.v === '(') {
      const inner = this.#or();
      this.#expect(')');
      return inner;
    }
    if (token.t === 'id') {
      const word = token.v.toLowerCase();
      if (word === 'null') return { k: 'lit', value: null };
      if (word === 'true' || word === 'false') return { k: 'lit', value: word === 'true' };
      if (word === 'array' && this.#op('[')) {
        this.#at++;
        const items: Node[] = [];
        while (!this.#op(']')) {
          items.push(this.#sum());
          if (this.#op(',')) this.#at++;
        }
        this.#at++;
        return { k: 'array', items };
      }
      if (this.#op('(')) {
        this.#at++;
        const args: Node[] = [];
        while (!this.#op(')')) {
          args.push(this.#or());
          if (this.#op(',')) this.#at++;
          else if (!this.#op(')')) throw new Error(`unexpected "${this.#peek()?.v ?? 'end'}" in ${word}()`);
        }
        this.#at++;
        return { k: 'fn', name: word, args };
      }
      if (KEYWORDS.has(word)) throw new Error(`unexpected ${word.toUpperCase()}`);
      return { k: 'col', name: token.v };
    }
    throw new Error(`unexpected "${token.v}"`);
  }
}
