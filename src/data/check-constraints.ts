// Simple CHECK constraints read into rules the generators obey: bounds (>, >=, <, <=, BETWEEN),
// IN-lists and = ANY(ARRAY[…]), length()/char_length() bounds, <> '' and comparisons between
// two columns. Both engines' spellings are accepted (PostgreSQL's pg_get_constraintdef with its
// casts, MySQL/MariaDB's backticks and charset introducers). A CHECK with a part not understood
// is kept whole in `unread`, so an error can name it instead of guessing. The expression is
// read by the one CHECK reader (src/engines/check-expression.ts) the constraint probes use.
import { parseCheck, type Node } from '../engines/check-expression.js';

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
      tree = parseCheck(check.expression);
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

// ---- meaning -------------------------------------------------------------------------------

/** What a comparison compares: a column, a literal, a column's length, or a column's trimmed text. */
type Operand = { kind: 'column'; name: string } | { kind: 'literal'; value: string | number } | { kind: 'length'; column: string } | { kind: 'blank-trimmed'; column: string };

const LENGTH = ['length', 'char_length', 'character_length'];
const TRIM = ['btrim', 'trim'];

function operand(node: Node): Operand | undefined {
  if (node.k === 'col') return { kind: 'column', name: node.name };
  if (node.k === 'lit') return typeof node.value === 'string' || typeof node.value === 'number' ? { kind: 'literal', value: node.value } : undefined;
  if (node.k !== 'fn' || node.args.length !== 1) return undefined;
  const arg = operand(node.args[0]!);
  if (arg?.kind === 'column' && LENGTH.includes(node.name)) return { kind: 'length', column: arg.name };
  if (arg?.kind === 'column' && TRIM.includes(node.name)) return { kind: 'blank-trimmed', column: arg.name };
  if (arg?.kind === 'length' && TRIM.includes(node.name)) return arg;
  // length(trim(x)): our text never has surrounding blanks, so it is length(x).
  if (arg?.kind === 'blank-trimmed' && LENGTH.includes(node.name)) return { kind: 'length', column: arg.column };
  return undefined;
}

/** The literals of IN (…) or = ANY (ARRAY[…]); undefined when one is not a literal. */
function literals(items: Node[]): (string | number)[] | undefined {
  const values = items.map(operand);
  return values.every((v) => v?.kind === 'literal') ? values.map((v) => (v as { value: string | number }).value) : undefined;
}

/** The parts all of which must hold; `x IS NULL OR p` is p, since generated values are not NULL when p matters. */
function conjuncts(node: Node): Node[] | undefined {
  if (node.k === 'and') {
    const parts = node.items.map(conjuncts);
    return parts.every(Boolean) ? parts.flatMap((p) => p!) : undefined;
  }
  if (node.k === 'or') {
    const rest = node.items.filter((p) => !(p.k === 'null' && !p.negated));
    if (rest.length === 1) return conjuncts(rest[0]!);
    return undefined;
  }
  return [node];
}

const FLIP: Record<Comparison, Comparison> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=', '<>': '<>' };
const COMPARISONS = new Set(['<', '<=', '>', '>=', '=', '<>']);

function oneOf(subject: Operand | undefined, values: (string | number)[] | undefined, name: string, rules: TableRules): boolean {
  if (subject?.kind !== 'column' || !values) return false;
  const rule = ruleOf(rules, subject.name);
  rule.oneOf = rule.oneOf ? rule.oneOf.filter((v) => values.includes(v)) : values;
  rule.constraints.push(name);
  return true;
}

function apply(node: Node, name: string, rules: TableRules): boolean {
  switch (node.k) {
    case 'null':
      return node.negated && node.subject.k === 'col';
    case 'between': {
      const [subject, low, high] = [operand(node.subject), operand(node.low), operand(node.high)];
      if (node.negated || !subject || low?.kind !== 'literal' || high?.kind !== 'literal') return false;
      return bound(subject, '>=', low.value, name, rules) && bound(subject, '<=', high.value, name, rules);
    }
    case 'in':
      return !node.negated && oneOf(operand(node.subject), literals(node.list), name, rules);
    case 'cmp': {
      const op = (node.op === '!=' ? '<>' : node.op) as Comparison;
      if (!COMPARISONS.has(op)) return false;
      // x = ANY (ARRAY[…]), as PostgreSQL prints an IN list.
      const any = node.right.k === 'fn' && node.right.name === 'any' && node.right.args[0]?.k === 'array' ? node.right.args[0] : undefined;
      if (any) return op === '=' && oneOf(operand(node.left), literals(any.items), name, rules);
      const [left, right] = [operand(node.left), operand(node.right)];
      if (!left || !right) return false;
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
