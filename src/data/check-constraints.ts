// Simple CHECK constraints read into rules the generators obey: bounds (>, >=, <, <=, BETWEEN),
// IN-lists and = ANY(ARRAY[…]), length()/char_length() bounds, <> '' and comparisons between
// two columns. Both engines' spellings are accepted (PostgreSQL's pg_get_constraintdef with its
// casts, MySQL/MariaDB's backticks and charset introducers). A CHECK with a part not understood
// is kept whole in `unread`, so an error can name it instead of guessing.

export type Comparison = '<' | '<=' | '>' | '>=' | '=' | '<>';

export interface ColumnRule {
  /** Value bounds: numbers, or text for dates and timestamps ('2024-01-01'). */
  min?: number | string;
  minExclusive?: boolean;
  max?: number | string;
  maxExclusive?: boolean;
  /** Only these values. */
  oneOf?: (string | number)[];
  minLength?: number;
  maxLength?: number;
  /** Written by the column's CHECK name, for messages. */
  constraints: string[];
}

/** `column op other`: this column's value compared with another column of the same row. */
export interface ColumnRelation {
  column: string;
  op: Comparison;
  other: string;
  constraint: string;
}

export interface TableRules {
  columns: Map<string, ColumnRule>;
  relations: ColumnRelation[];
  /** CHECKs (or parts) not understood: the database will judge them. */
  unread: { name: string; expression: string }[];
}

export function readChecks(checks: readonly { name: string; expression: string }[]): TableRules {
  const rules: TableRules = { columns: new Map(), relations: [], unread: [] };
  for (const check of checks) {
    let tree: Node | undefined;
    try {
      tree = new Parser(tokenize(check.expression)).parse();
    } catch {
      tree = undefined;
    }
    const parts = tree ? conjuncts(tree) : undefined;
    if (!parts || !parts.every((part) => apply(part, check.name, rules))) rules.unread.push(check);
  }
  return rules;
}

export const ruleOf = (rules: TableRules, column: string): ColumnRule => {
  let rule = rules.columns.get(column);
  if (!rule) rules.columns.set(column, (rule = { constraints: [] }));
  return rule;
};

// ---- syntax --------------------------------------------------------------------------------

type Token = { kind: 'ident' | 'number' | 'string' | 'op' | 'punct' | 'word'; text: string };
type Operand = { kind: 'column'; name: string } | { kind: 'literal'; value: string | number } | { kind: 'length'; column: string } | { kind: 'blank-trimmed'; column: string };
type Node =
  | { kind: 'and' | 'or'; parts: Node[] }
  | { kind: 'compare'; left: Operand; op: Comparison; right: Operand }
  | { kind: 'between'; subject: Operand; low: Operand; high: Operand }
  | { kind: 'in'; subject: Operand; values: Operand[] }
  | { kind: 'null'; subject: Operand; negated: boolean };

const WORDS = new Set(['and', 'or', 'not', 'between', 'in', 'is', 'null', 'any', 'array', 'check', 'all']);

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Casts (::numeric, ::character varying(20)[]) and charset introducers (_utf8mb4'x') say nothing a generator needs.
  const source = text
    .replace(/::\s*(character varying|double precision|bit varying|(timestamp|time)( with(out)? time zone)?|"?[a-z_][\w.]*"?)(\(\d+(,\d+)?\))?(\[\])*/gi, '')
    .replace(/_(utf8mb4|utf8mb3|utf8|latin1|binary)'/gi, "'");
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) { i++; continue; }
    if (ch === "'") {
      let value = '';
      i++;
      while (i < source.length) {
        if (source[i] === "'" && source[i + 1] === "'") { value += "'"; i += 2; continue; }
        if (source[i] === '\\' && source[i + 1] !== undefined) { value += source[i + 1]; i += 2; continue; }
        if (source[i] === "'") break;
        value += source[i++];
      }
      i++;
      tokens.push({ kind: 'string', text: value });
      continue;
    }
    if (ch === '`' || ch === '"') {
      const end = source.indexOf(ch, i + 1);
      tokens.push({ kind: 'ident', text: source.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    const number = /^-?\d+(\.\d+)?/.exec(source.slice(i));
    if (number && (ch !== '-' || !tokens.length || ['op', 'punct', 'word'].includes(tokens.at(-1)!.kind))) {
      tokens.push({ kind: 'number', text: number[0] });
      i += number[0].length;
      continue;
    }
    const op = /^(<>|!=|<=|>=|<|>|=)/.exec(source.slice(i));
    if (op) { tokens.push({ kind: 'op', text: op[0] === '!=' ? '<>' : op[0] }); i += op[0].length; continue; }
    if ('(),[]'.includes(ch)) { tokens.push({ kind: 'punct', text: ch }); i++; continue; }
    const word = /^[a-z_][\w$]*/i.exec(source.slice(i));
    if (!word) throw new Error(`unexpected ${ch}`);
    const lower = word[0].toLowerCase();
    tokens.push(WORDS.has(lower) ? { kind: 'word', text: lower } : { kind: 'ident', text: word[0] });
    i += word[0].length;
  }
  return tokens;
}

class Parser {
  #at = 0;
  constructor(readonly tokens: Token[]) {}

  parse(): Node {
    if (this.#word('check')) { /* CHECK (…) as pg_get_constraintdef writes it */ }
    const node = this.#or();
    if (this.#at !== this.tokens.length) throw new Error('trailing tokens');
    return node;
  }

  #peek = () => this.tokens[this.#at];
  #word(text: string): boolean {
    const t = this.#peek();
    if (t && (t.kind === 'word' || t.kind === 'punct' || t.kind === 'op') && t.text === text) { this.#at++; return true; }
    return false;
  }
  #expect(text: string): void {
    if (!this.#word(text)) throw new Error(`expected ${text}`);
  }

  #or(): Node {
    const parts = [this.#and()];
    while (this.#word('or')) parts.push(this.#and());
    return parts.length === 1 ? parts[0]! : { kind: 'or', parts };
  }
  #and(): Node {
    const parts = [this.#predicate()];
    while (this.#word('and')) parts.push(this.#predicate());
    return parts.length === 1 ? parts[0]! : { kind: 'and', parts };
  }

  #predicate(): Node {
    // A parenthesis opens either a nested condition or a parenthesised operand: try the condition first.
    if (this.#peek()?.text === '(') {
      const save = this.#at;
      this.#at++;
      try {
        const inner = this.#or();
        this.#expect(')');
        if (!this.#peek() || ['and', 'or', ')'].includes(this.#peek()!.text)) return inner;
      } catch { /* an operand in parentheses */ }
      this.#at = save;
    }
    const subject = this.#operand();
    const t = this.#peek();
    if (t?.kind === 'op') {
      this.#at++;
      if (this.#word('any')) {
        this.#expect('(');
        const values = this.#array();
        this.#expect(')');
        return { kind: 'in', subject, values };
      }
      return { kind: 'compare', left: subject, op: t.text as Comparison, right: this.#operand() };
    }
    if (this.#word('between')) {
      const low = this.#operand();
      this.#expect('and');
      return { kind: 'between', subject, low, high: this.#operand() };
    }
    if (this.#word('in')) {
      this.#expect('(');
      const values = [this.#operand()];
      while (this.#word(',')) values.push(this.#operand());
      this.#expect(')');
      return { kind: 'in', subject, values };
    }
    if (this.#word('is')) {
      const negated = this.#word('not');
      this.#expect('null');
      return { kind: 'null', subject, negated };
    }
    throw new Error('not a predicate');
  }

  /** ARRAY['a', 'b'] (with the optional parentheses PostgreSQL puts around a cast one). */
  #array(): Operand[] {
    if (this.#word('(')) {
      const values = this.#array();
      this.#expect(')');
      return values;
    }
    this.#expect('array');
    this.#expect('[');
    const values = [this.#operand()];
    while (this.#word(',')) values.push(this.#operand());
    this.#expect(']');
    return values;
  }

  #operand(): Operand {
    const t = this.tokens[this.#at++];
    if (!t) throw new Error('end of input');
    if (t.kind === 'number') return { kind: 'literal', value: Number(t.text) };
    if (t.kind === 'string') return { kind: 'literal', value: t.text };
    if (t.text === '(') {
      const inner = this.#operand();
      this.#expect(')');
      return inner;
    }
    if (t.kind === 'ident') {
      if (this.#peek()?.text !== '(') return { kind: 'column', name: t.text };
      this.#at++;
      const fn = t.text.toLowerCase();
      const arg = this.#operand();
      this.#expect(')');
      if (arg.kind === 'column' && ['length', 'char_length', 'character_length'].includes(fn)) return { kind: 'length', column: arg.name };
      if (arg.kind === 'column' && ['btrim', 'trim'].includes(fn)) return { kind: 'blank-trimmed', column: arg.name };
      if (arg.kind === 'length' && ['btrim', 'trim'].includes(fn)) return arg;
      // length(trim(x)): our text never has surrounding blanks, so it is length(x).
      if (arg.kind === 'blank-trimmed' && ['length', 'char_length', 'character_length'].includes(fn)) return { kind: 'length', column: arg.column };
      throw new Error(`function ${fn}`);
    }
    throw new Error(`unexpected ${t.text}`);
  }
}

// ---- meaning -------------------------------------------------------------------------------

/** The parts all of which must hold; `x IS NULL OR p` is p, since generated values are not NULL when p matters. */
function conjuncts(node: Node): Node[] | undefined {
  if (node.kind === 'and') {
    const parts = node.parts.map(conjuncts);
    return parts.every(Boolean) ? parts.flatMap((p) => p!) : undefined;
  }
  if (node.kind === 'or') {
    const rest = node.parts.filter((p) => !(p.kind === 'null' && !p.negated));
    if (rest.length === 1) return conjuncts(rest[0]!);
    return undefined;
  }
  return [node];
}

const FLIP: Record<Comparison, Comparison> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=', '<>': '<>' };

function apply(node: Node, name: string, rules: TableRules): boolean {
  switch (node.kind) {
    case 'null':
      return node.negated && node.subject.kind === 'column';
    case 'between': {
      const { subject, low, high } = node;
      if (low.kind !== 'literal' || high.kind !== 'literal') return false;
      return bound(subject, '>=', low.value, name, rules) && bound(subject, '<=', high.value, name, rules);
    }
    case 'in': {
      if (node.subject.kind !== 'column' || !node.values.every((v) => v.kind === 'literal')) return false;
      const rule = ruleOf(rules, node.subject.name);
      const values = node.values.map((v) => (v as { value: string | number }).value);
      rule.oneOf = rule.oneOf ? rule.oneOf.filter((v) => values.includes(v)) : values;
      rule.constraints.push(name);
      return true;
    }
    case 'compare': {
      const { left, op, right } = node;
      if (left.kind === 'column' && right.kind === 'column') {
        rules.relations.push({ column: left.name, op, other: right.name, constraint: name });
        return true;
      }
      if (right.kind === 'literal') return bound(left, op, right.value, name, rules);
      if (left.kind === 'literal') return bound(right, FLIP[op], left.value, name, rules);
      return false;
    }
    default:
      return false;
  }
}

function bound(subject: Operand, op: Comparison, value: string | number, name: string, rules: TableRules): boolean {
  if (subject.kind === 'blank-trimmed' || (subject.kind === 'column' && value === '')) {
    // x <> '' and trim(x) <> '': generated text is never empty or blank.
    if (op !== '<>' || value !== '') return false;
    const rule = ruleOf(rules, subject.kind === 'column' ? subject.name : subject.column);
    rule.minLength = Math.max(rule.minLength ?? 0, 1);
    rule.constraints.push(name);
    return true;
  }
  if (subject.kind === 'length') {
    if (typeof value !== 'number') return false;
    const rule = ruleOf(rules, subject.column);
    const v = op === '>' ? value + 1 : op === '<' ? value - 1 : value;
    if (op === '>' || op === '>=' || op === '=') rule.minLength = Math.max(rule.minLength ?? 0, v);
    if (op === '<' || op === '<=' || op === '=') rule.maxLength = Math.min(rule.maxLength ?? Infinity, v);
    if (op === '<>') return false;
    rule.constraints.push(name);
    return true;
  }
  if (subject.kind !== 'column') return false;
  const rule = ruleOf(rules, subject.name);
  if (op === '=') rule.oneOf = [value];
  else if (op === '<>') return false;
  else if (op === '>' || op === '>=') {
    if (rule.min === undefined || value > rule.min) { rule.min = value; rule.minExclusive = op === '>'; }
  } else if (rule.max === undefined || value < rule.max) {
    rule.max = value;
    rule.maxExclusive = op === '<';
  }
  rule.constraints.push(name);
  return true;
}
