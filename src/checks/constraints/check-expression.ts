// Reads a CHECK expression as the engine prints it back (pg_get_constraintdef, MySQL/MariaDB
// CHECK_CLAUSE) and finds values for its columns that make it FALSE — NULL would pass a CHECK.
// Handled: comparisons with a literal or another column, BETWEEN, IN / = ANY (ARRAY[…]),
// IS NOT NULL, length()/char_length() against a number, AND (break one part) and OR (break
// every part). Anything else gets a reason instead of a guess; the probe's outcome is still
// verified by the database (see attempt.ts), so an imperfect inversion cannot cause a false finding.
import type { Column } from '../../engines/engine.js';
import type { ProbeValue } from './probe-row.js';

type Node =
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

const LENGTH_FUNCTIONS = new Set(['length', 'char_length', 'character_length', 'octet_length', 'btrim', 'trim', 'ltrim', 'rtrim']);

/** Column values that make `expression` false, or why none could be found. */
export function invertCheck(expression: string, columns: readonly Column[]): { values: Map<string, ProbeValue> } | { reason: string } {
  let node: Node;
  try {
    node = new Parser(tokenize(checkBody(expression))).parse();
  } catch (error) {
    return { reason: `Sluice cannot read the expression (${(error as Error).message})` };
  }
  const result = falsify(node, columns);
  return typeof result === 'string' ? { reason: result } : { values: result };
}

// ---- falsify: values that make a node FALSE ---------------------------------------------

type Assignment = Map<string, ProbeValue>;

function falsify(node: Node, columns: readonly Column[]): Assignment | string {
  const columnOf = (name: string) => columns.find((c) => c.name.toLowerCase() === name.toLowerCase());
  switch (node.k) {
    case 'and': {
      // One false part makes the whole false.
      const reasons: string[] = [];
      for (const item of node.items) {
        const found = falsify(item, columns);
        if (typeof found !== 'string') return found;
        reasons.push(found);
      }
      return reasons[0]!;
    }
    case 'or': {
      // Every part must be false, with no column asked for two values.
      const merged: Assignment = new Map();
      for (const item of node.items) {
        const found = falsify(item, columns);
        if (typeof found === 'string') return found;
        for (const [column, value] of found) {
          const earlier = merged.get(column);
          if (earlier && JSON.stringify(earlier) !== JSON.stringify(value)) return `the parts of an OR need different values for ${column}`;
          merged.set(column, value);
        }
      }
      return merged;
    }
    case 'null': {
      const column = subjectColumn(node.subject, columnOf);
      if (!column || !node.negated) return `Sluice inverts only "column IS NOT NULL" of the IS NULL forms`;
      return new Map([[column.name, { literal: null }]]);
    }
    case 'between': {
      const column = subjectColumn(node.subject, columnOf);
      const low = literalOf(node.low);
      const high = literalOf(node.high);
      if (!column || low === undefined || high === undefined) return 'BETWEEN is inverted only for a column between two literals';
      if (node.negated) return new Map([[column.name, { literal: low }]]);
      if (typeof high !== 'number') return 'BETWEEN is inverted only for numbers';
      return new Map([[column.name, { literal: high + 1 }]]);
    }
    case 'in': {
      const column = subjectColumn(node.subject, columnOf);
      const list = node.list.map(literalOf);
      if (!column || list.some((v) => v === undefined)) return 'IN is inverted only for a column and a list of literals';
      if (node.negated) return new Map([[column.name, { literal: list[0] }]]);
      const outside = valueOutside(list as (string | number | boolean | null)[], column);
      return outside === undefined ? `no value of ${column.name}'s type lies outside the list` : new Map([[column.name, { literal: outside }]]);
    }
    case 'cmp':
      return falsifyComparison(node, columnOf);
    case 'not': {
      // NOT (a = b) and NOT (x IN …): the negated forms are inverted directly.
      const inner = node.item;
      if (inner.k === 'in' || inner.k === 'between' || inner.k === 'null') return falsify({ ...inner, negated: !inner.negated }, columns);
      if (inner.k === 'cmp' && NEGATED[inner.op]) return falsify({ ...inner, op: NEGATED[inner.op]! }, columns);
      return 'Sluice does not invert NOT (…) of this form';
    }
    default:
      return `Sluice cannot invert ${describe(node)}`;
  }
}

const NEGATED: Record<string, string> = { '=': '<>', '<>': '=', '!=': '=', '<': '>=', '<=': '>', '>': '<=', '>=': '<' };
const FLIPPED: Record<string, string> = { '=': '=', '<>': '<>', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

function falsifyComparison(node: Extract<Node, { k: 'cmp' }>, columnOf: (name: string) => Column | undefined): Assignment | string {
  let { op, left, right } = node;
  // col = ANY (ARRAY[…]) and col <> ALL (ARRAY[…]) are PostgreSQL's IN and NOT IN.
  if (right.k === 'fn' && (right.name === 'any' || right.name === 'all') && right.args[0]?.k === 'array') {
    const negated = right.name === 'all' && (op === '<>' || op === '!=');
    if (!negated && !(right.name === 'any' && op === '=')) return `Sluice cannot invert ${op} ${right.name.toUpperCase()} (…)`;
    const items = right.args[0].items;
    return falsifyIn(left, items, negated, columnOf);
  }
  if (!isSubject(left) && isSubject(right)) [left, right, op] = [right, left, FLIPPED[op] ?? op];
  if (!isSubject(left)) return `Sluice cannot invert ${describe(node)}`;

  // length(col) <op> n: a string of the right length.
  if (left.k === 'fn') {
    const column = subjectColumn(left, columnOf);
    const n = literalOf(right);
    if (!column || typeof n !== 'number') return `Sluice cannot invert ${describe(node)}`;
    const length = numberBreaking(op, n);
    if (length === undefined || length < 0) return `no length breaks ${describe(node)}`;
    return new Map([[column.name, { literal: 'x'.repeat(length) }]]);
  }

  const column = columnOf(left.name);
  if (!column) return `${left.name} is not a column of the table`;
  if (right.k === 'col') {
    // col > other: equal breaks it; col >= other: one step below.
    const other = columnOf(right.name);
    if (!other) return `${right.name} is not a column of the table`;
    const step = ({ '>': undefined, '<': undefined, '<>': undefined, '!=': undefined, '>=': -1, '<=': 1, '=': 1 } as const)[op as '>'];
    if (!(op in FLIPPED)) return `Sluice cannot invert ${describe(node)}`;
    return new Map([[column.name, step === undefined ? { column: other.name } : { column: other.name, step }]]);
  }
  const value = literalOf(right);
  if (value === undefined) return `Sluice cannot invert ${describe(node)}`;
  if (typeof value === 'number' && isNumeric(column)) {
    const breaking = numberBreaking(op, value);
    return breaking === undefined ? `Sluice cannot invert ${describe(node)}` : new Map([[column.name, { literal: breaking }]]);
  }
  // Strings, dates, booleans: only the operators that equality breaks, and = (any other value).
  if (op === '<>' || op === '!=' || op === '<' || op === '>') return new Map([[column.name, { literal: value }]]);
  if (op === '=') {
    const other = valueOutside([value], column);
    if (other !== undefined) return new Map([[column.name, { literal: other }]]);
  }
  return `Sluice cannot invert ${describe(node)} for a ${column.nativeType} column`;
}

function falsifyIn(subject: Node, items: Node[], negated: boolean, columnOf: (name: string) => Column | undefined): Assignment | string {
  const column = subjectColumn(subject, columnOf);
  const list = items.map(literalOf);
  if (!column || list.some((v) => v === undefined)) return 'IN is inverted only for a column and a list of literals';
  if (negated) return new Map([[column.name, { literal: list[0] }]]);
  const outside = valueOutside(list as (string | number | boolean | null)[], column);
  return outside === undefined ? `no value of ${column.name}'s type lies outside the list` : new Map([[column.name, { literal: outside }]]);
}

/** A number that makes `x <op> n` false. */
function numberBreaking(op: string, n: number): number | undefined {
  switch (op) {
    case '=': return n + 1;
    case '<>': case '!=': return n;
    case '<': return n;
    case '<=': return n + 1;
    case '>': return n;
    case '>=': return n - 1;
    default: return undefined;
  }
}

/** A value of the column's type that is not in `list`: another enum label, a bigger number, a new string. */
function valueOutside(list: (string | number | boolean | null)[], column: Column): string | number | boolean | undefined {
  if (column.type === 'enum') return column.enumValues?.find((v) => !list.includes(v));
  if (column.type === 'boolean') return [true, false].find((v) => !list.includes(v) && !list.includes(String(v)) && !list.includes(Number(v)));
  if (isNumeric(column)) return Math.max(...list.map(Number).filter(Number.isFinite), 0) + 1;
  if (column.type !== 'text') return undefined;
  const candidate = ['sluice-probe', 'x', 'y', 'z'].map((v) => (column.maxLength ? v.slice(0, column.maxLength) : v)).find((v) => !list.includes(v));
  return candidate;
}

const isNumeric = (column: Column) => ['smallint', 'integer', 'bigint', 'numeric', 'real'].includes(column.type);

const isSubject = (node: Node): node is Extract<Node, { k: 'col' | 'fn' }> =>
  node.k === 'col' || (node.k === 'fn' && LENGTH_FUNCTIONS.has(node.name) && node.args.length === 1 && isSubject(node.args[0]!));

/** The column a subject is about: the column itself, or the one inside length(trim(col)). */
function subjectColumn(node: Node, columnOf: (name: string) => Column | undefined): Column | undefined {
  if (node.k === 'col') return columnOf(node.name);
  if (node.k === 'fn' && isSubject(node)) return subjectColumn(node.args[0]!, columnOf);
  return undefined;
}

function literalOf(node: Node): string | number | boolean | null | undefined {
  if (node.k !== 'lit') return undefined;
  // PostgreSQL prints some numbers as quoted, cast strings: '-1'::integer.
  if (typeof node.value === 'string' && /^-?\d+(\.\d+)?$/.test(node.value)) return Number(node.value);
  return node.value;
}

function describe(node: Node): string {
  switch (node.k) {
    case 'col': return node.name;
    case 'lit': return typeof node.value === 'string' ? `'${node.value}'` : String(node.value);
    case 'fn':
      if (node.name === 'negate') return `-${describe(node.args[0]!)}`;
      return /^\W/.test(node.name) ? node.args.map(describe).join(` ${node.name} `) : `${node.name}(${node.args.map(describe).join(', ')})`;
    case 'and': case 'or': return node.items.map(describe).join(` ${node.k.toUpperCase()} `);
    case 'not': return `NOT (${describe(node.item)})`;
    case 'cmp': return `${describe(node.left)} ${node.op} ${describe(node.right)}`;
    case 'between': return `${describe(node.subject)}${node.negated ? ' NOT' : ''} BETWEEN ${describe(node.low)} AND ${describe(node.high)}`;
    case 'in': return `${describe(node.subject)}${node.negated ? ' NOT' : ''} IN (${node.list.map(describe).join(', ')})`;
    case 'null': return `${describe(node.subject)} IS${node.negated ? ' NOT' : ''} NULL`;
    case 'array': return `ARRAY[${node.items.map(describe).join(', ')}]`;
  }
}

// ---- tokenizer and parser -----------------------------------------------------------------

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
