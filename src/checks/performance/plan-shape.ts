// The plan shape: a workload's plan reduced to what decides its work — node types, the
// relations and indexes read, join types — without costs, row estimates or literal values,
// so two runs of the same plan give the same tree and the same short hash, and a changed
// hash says the plan changed (the indented text says how).
import { createHash } from 'node:crypto';
import type { Dialect } from '../../engines/engine.js';

export interface PlanNode {
  /** PostgreSQL's node type (Index Scan), or MySQL's access type or operation (ref, filesort). */
  op: string;
  relation?: string;
  index?: string;
  /** Join type (Inner, Left, …), aggregate strategy (Hashed), modify operation (Insert). */
  mode?: string;
  children: PlanNode[];
}

export interface PlanShape {
  /** sha256 of the normalised tree, 12 hex digits. */
  hash: string;
  /** The tree, one node a line, indented by depth. */
  text: string;
  /** Every index the plan reads, for expect.uses-index. */
  indexes: string[];
}

type JsonObject = { [key: string]: unknown };
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** PostgreSQL EXPLAIN (FORMAT JSON)'s `Plan` node. */
export function normalisePostgresPlan(plan: unknown): PlanNode[] {
  if (!isObject(plan)) return [];
  const mode = [plan['Join Type'], plan.Strategy, plan.Operation, plan['Scan Direction'] === 'Backward' ? 'Backward' : undefined]
    .map(str).filter(Boolean).join(' ');
  const node: PlanNode = { op: str(plan['Node Type']) ?? '?', children: [] };
  const relation = str(plan['Relation Name']);
  const index = str(plan['Index Name']);
  if (relation) node.relation = relation;
  if (index) node.index = index;
  if (mode) node.mode = mode;
  node.children = (Array.isArray(plan.Plans) ? plan.Plans : []).flatMap(normalisePostgresPlan);
  return [node];
}

/** Containers whose order and nesting are the shape; everything else with a scalar value is a cost, estimate or condition. */
const MYSQL_SKIPPED = new Set(['cost_info', 'used_columns', 'possible_keys', 'used_key_parts', 'ref', 'attached_condition', 'index_condition', 'r_loops']);

/** MySQL/MariaDB EXPLAIN FORMAT=JSON: a node per table (its access type, table and key) and per operation (nested_loop, filesort, …). */
export function normaliseMysqlPlan(plan: unknown): PlanNode[] {
  return isObject(plan) ? mysqlChildren(plan) : [];
}

/** The operations and tables below a JSON object, in document order. */
function mysqlChildren(object: JsonObject): PlanNode[] {
  const children: PlanNode[] = [];
  for (const [key, value] of Object.entries(object)) {
    if (MYSQL_SKIPPED.has(key)) continue;
    if (key === 'table' && isObject(value)) children.push(mysqlTable(value));
    // An array's elements are wrappers ({ table: … }): their contents are the operation's children.
    else if (Array.isArray(value)) children.push({ op: key, children: value.flatMap((v) => (isObject(v) ? mysqlChildren(v) : [])) });
    else if (isObject(value)) children.push(mysqlOperation(key, value));
  }
  return children;
}

function mysqlOperation(op: string, object: JsonObject): PlanNode {
  const mode = [object.using_filesort === true && 'filesort', object.using_temporary_table === true && 'temporary', str(object.join_type)].filter(Boolean).join(' ');
  return { op, ...(mode ? { mode } : {}), children: mysqlChildren(object) };
}

function mysqlTable(table: JsonObject): PlanNode {
  const node: PlanNode = { op: str(table.access_type) ?? 'table', children: [] };
  const relation = str(table.table_name);
  const index = str(table.key);
  if (relation) node.relation = relation;
  if (index) node.index = index;
  if (table.using_index === true) node.mode = 'covering';
  // Subqueries and derived tables hang below a table.
  node.children = mysqlChildren(table);
  return node;
}

/** The shape of one statement's plan, or of a transaction's statements in order. */
export function planShape(dialect: Dialect, plans: readonly unknown[]): PlanShape {
  const trees = plans.map((plan) => (dialect === 'postgres' ? normalisePostgresPlan(plan) : normaliseMysqlPlan(plan)));
  const roots: PlanNode[] = trees.length === 1 ? trees[0]! : trees.map((children, i) => ({ op: `statement ${i + 1}`, children }));
  const lines: string[] = [];
  const indexes = new Set<string>();
  const walk = (node: PlanNode, depth: number) => {
    if (node.index) indexes.add(node.index);
    lines.push(`${'  '.repeat(depth)}${describe(node)}`);
    for (const child of node.children) walk(child, depth + 1);
  };
  for (const root of roots) walk(root, 0);
  const hash = createHash('sha256').update(JSON.stringify(roots)).digest('hex').slice(0, 12);
  return { hash, text: lines.join('\n'), indexes: [...indexes] };
}

/** "Index Scan using customers_email_key on customers (Inner)". */
const describe = (n: PlanNode) =>
  [n.op, n.index && `using ${n.index}`, n.relation && `on ${n.relation}`, n.mode && `(${n.mode})`].filter(Boolean).join(' ');
