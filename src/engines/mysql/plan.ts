// EXPLAIN FORMAT=JSON (MySQL 8 and MariaDB shapes) summarised in Sluice's words: the plan
// operators (seq-scan, index-scan, sort, …) and a one-line shape for the report.
import { text } from './introspect.js';

export interface PlanSummary {
  operators: string[];
  shape: string;
}

type JsonObject = { [key: string]: unknown };

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const INDEX_ACCESS = new Set([
  'range', 'ref', 'eq_ref', 'const', 'system', 'ref_or_null', 'index_merge', 'fulltext', 'unique_subquery', 'index_subquery',
]);

/**
 * Walks EXPLAIN FORMAT=JSON (MySQL 8 and MariaDB shapes) in the order rows flow: the tables
 * first, then the sort or temporary table that consumes them.
 */
export function summarisePlan(plan: unknown): PlanSummary {
  const operators: string[] = [];
  const steps: string[] = [];
  const operator = (name: string): void => {
    if (!operators.includes(name)) operators.push(name);
  };

  const visitTable = (table: JsonObject): void => {
    const rawAccess = typeof table.access_type === 'string' ? table.access_type : undefined;
    if (rawAccess !== undefined) {
      // MariaDB's hash join reads the joined table as hash_ALL, hash_range, …
      const access = rawAccess.replace(/^hash_/, '');
      if (access === 'ALL') operator('seq-scan');
      else if (access === 'index') operator('full-index-scan');
      else if (INDEX_ACCESS.has(access)) operator(table.using_index === true ? 'index-only-scan' : 'index-scan');
      const key = typeof table.key === 'string' ? ` on ${table.key}` : '';
      const covering = table.using_index === true ? ' (covering)' : '';
      steps.push(`${text(table.table_name)}: ${rawAccess}${key}${covering}`);
    }
    // Subqueries and derived tables hang below a table.
    for (const [key, value] of Object.entries(table)) {
      if (key !== 'using_filesort' && key !== 'using_temporary_table' && typeof value === 'object') visit(value);
    }
    wrapperFlags(table);
  };

  const wrapperFlags = (node: JsonObject): void => {
    if (node.using_temporary_table === true) {
      operator('temporary');
      steps.push('temporary');
    }
    if (node.using_filesort === true) {
      operator('sort');
      steps.push('filesort');
    }
  };

  const isHashJoin = (element: unknown): boolean => {
    if (!isObject(element)) return false;
    const block = element['block-nl-join'];
    if (isObject(block) && typeof block.join_type === 'string' && /H$/.test(block.join_type)) return true;
    const table = isObject(block) ? block.table : element.table;
    if (!isObject(table)) return false;
    return (
      (typeof table.using_join_buffer === 'string' && /hash/i.test(table.using_join_buffer)) ||
      (typeof table.access_type === 'string' && table.access_type.startsWith('hash_'))
    );
  };

  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const element of node) visit(element);
      return;
    }
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'table' && isObject(value)) {
        visitTable(value);
      } else if (key === 'nested_loop' && Array.isArray(value)) {
        value.forEach((element, position) => {
          const firstStep = steps.length;
          visit(element);
          if (position === 0) return;
          const join = isHashJoin(element) ? 'hash-join' : 'nested-loop';
          operator(join);
          if (steps[firstStep] !== undefined) steps[firstStep] += join === 'hash-join' ? ' (hash join)' : ' (nested loop)';
        });
      } else if (key === 'filesort' && isObject(value)) {
        visit(value);
        operator('sort');
        steps.push('filesort');
      } else if (key === 'temporary_table' && isObject(value)) {
        visit(value);
        operator('temporary');
        steps.push('temporary');
      } else if (typeof value === 'object') {
        visit(value);
      }
    }
    wrapperFlags(node);
  };

  visit(plan);
  return { operators, shape: steps.length > 0 ? steps.join(' → ') : 'no table read' };
}
