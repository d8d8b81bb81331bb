// The plan shape: costs, estimates and timings never change the hash; a different node,
// relation or index does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseMysqlPlan, normalisePostgresPlan, planShape } from '../../src/checks/performance/plan-shape.js';

const pgPlan = (scan: object) => ({
  'Node Type': 'Limit', 'Startup Cost': 1.5, 'Total Cost': 9.1, 'Plan Rows': 20, 'Actual Rows': 20, 'Actual Loops': 1,
  Plans: [{ 'Node Type': 'Nested Loop', 'Join Type': 'Inner', 'Total Cost': 8, 'Plan Rows': 40, Plans: [
    { 'Node Type': 'Seq Scan', 'Relation Name': 'orders', Alias: 'o', 'Plan Rows': 100, Filter: "(status = 'paid')" },
    scan,
  ] }],
});

test('PostgreSQL: node types, relations, indexes and join types only', () => {
  const plan = pgPlan({ 'Node Type': 'Index Scan', 'Relation Name': 'customers', 'Index Name': 'customers_pkey', 'Scan Direction': 'Forward', 'Plan Rows': 1 });
  assert.deepEqual(normalisePostgresPlan(plan), [{
    op: 'Limit', children: [{ op: 'Nested Loop', mode: 'Inner', children: [
      { op: 'Seq Scan', relation: 'orders', children: [] },
      { op: 'Index Scan', relation: 'customers', index: 'customers_pkey', children: [] },
    ] }],
  }]);
  const shape = planShape('postgres', [plan]);
  assert.match(shape.hash, /^[0-9a-f]{12}$/);
  assert.deepEqual(shape.indexes, ['customers_pkey']);
  assert.equal(shape.text, 'Limit\n  Nested Loop (Inner)\n    Seq Scan on orders\n    Index Scan using customers_pkey on customers');
});

test('PostgreSQL: the hash ignores costs and row counts, and changes with the plan', () => {
  const index = { 'Node Type': 'Index Scan', 'Relation Name': 'customers', 'Index Name': 'customers_pkey', 'Plan Rows': 1 };
  const same = planShape('postgres', [pgPlan(index)]).hash;
  const costlier = planShape('postgres', [{ ...pgPlan({ ...index, 'Plan Rows': 7, 'Total Cost': 99 }), 'Total Cost': 1e6, 'Actual Rows': 3 }]).hash;
  const seq = planShape('postgres', [pgPlan({ 'Node Type': 'Seq Scan', 'Relation Name': 'customers' })]).hash;
  const otherIndex = planShape('postgres', [pgPlan({ ...index, 'Index Name': 'customers_email_key' })]).hash;
  assert.equal(costlier, same);
  assert.notEqual(seq, same);
  assert.notEqual(otherIndex, same);
});

test('a transaction is its statements in order', () => {
  const a = { 'Node Type': 'Seq Scan', 'Relation Name': 'a' };
  const b = { 'Node Type': 'Seq Scan', 'Relation Name': 'b' };
  const ab = planShape('postgres', [a, b]);
  assert.equal(ab.text, 'statement 1\n  Seq Scan on a\nstatement 2\n  Seq Scan on b');
  assert.notEqual(planShape('postgres', [b, a]).hash, ab.hash);
});

test('MySQL/MariaDB: tables with access type and key, operations as nodes, costs and conditions dropped', () => {
  const plan = (key: string, access: string, rows: number) => ({
    query_block: {
      select_id: 1,
      cost_info: { query_cost: String(rows * 1.5) },
      ordering_operation: {
        using_filesort: true,
        nested_loop: [
          { table: { table_name: 'o', access_type: 'ALL', rows_examined_per_scan: rows, attached_condition: "o.status = 'paid'" } },
          { table: { table_name: 'c', access_type: access, key, possible_keys: ['PRIMARY'], used_key_parts: ['id'], ref: ['shop.o.customer_id'], rows_examined_per_scan: 1, using_index: true } },
        ],
      },
    },
  });
  assert.deepEqual(normaliseMysqlPlan(plan('PRIMARY', 'eq_ref', 100)), [{
    op: 'query_block', children: [{ op: 'ordering_operation', mode: 'filesort', children: [{ op: 'nested_loop', children: [
      { op: 'ALL', relation: 'o', children: [] },
      { op: 'eq_ref', relation: 'c', index: 'PRIMARY', mode: 'covering', children: [] },
    ] }] }],
  }]);
  const base = planShape('mysql', [plan('PRIMARY', 'eq_ref', 100)]);
  assert.equal(planShape('mysql', [plan('PRIMARY', 'eq_ref', 5000)]).hash, base.hash);
  assert.notEqual(planShape('mysql', [plan('c_email', 'ref', 100)]).hash, base.hash);
  assert.deepEqual(base.indexes, ['PRIMARY']);
});

test('a statement that could not be explained has an empty shape, not an error', () => {
  assert.deepEqual(planShape('mysql', [undefined]), { hash: planShape('mysql', [undefined]).hash, text: '', indexes: [] });
});
