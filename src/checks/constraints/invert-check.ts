// Reads a CHECK expression as the engine prints it back (pg_get_constraintdef, MySQL/MariaDB
// CHECK_CLAUSE) and finds values for its columns that make it FALSE — NULL would pass a CHECK.
// Handled: comparisons with a literal or another column, BETWEEN, IN / = ANY (ARRAY[…]),
// IS NOT NULL, length()/char_length() against a number, AND (break one part) and OR (break
// every part). Anything else gets a reason instead of a guess; the probe's outcome is still
// verified by the database (see attempt.ts), so an imperfect inversion cannot cause a false finding.
import type { Column } from '../../engines/engine.js';
import type { ProbeValue } from './probe-row.js';
import { parseCheck, type Node } from '../../engines/check-expression.js';


const LENGTH_FUNCTIONS = new Set(['length', 'char_length', 'character_length', 'octet_length', 'btrim', 'trim', 'ltrim', 'rtrim']);

/** Column values that make `expression` false, or why none could be found. */
export function invertCheck(expression: string, columns: readonly Column[]): { values: Map<string, ProbeValue> } | { reason: string } {
  let node: Node;
  try {
    node = parseCheck(expression);
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
