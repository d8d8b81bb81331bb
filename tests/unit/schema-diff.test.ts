// The schema diff's sentences, on fingerprints written by hand (the integration tests read real ones).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffSchemas, type SchemaFingerprint, type SchemaObject } from '../../src/migrations/fingerprint/index.js';

const obj = (kind: SchemaObject['kind'], key: string, label: string, properties: Record<string, string>, table?: string): SchemaObject => ({
  kind, key, label, names: [], properties, ...(table ? { table } : {}),
});
const schema = (...objects: SchemaObject[]): SchemaFingerprint => ({ dialect: 'postgres', objects });

const orders = obj('table', 'relation orders', 'table orders', { kind: 'table' }, 'orders');
const email = (properties: Record<string, string>) => obj('column', 'column users.email', 'column users.email', { type: 'text', ...properties }, 'users');
const index = obj('index', 'index orders_customer_id_idx', 'index orders_customer_id_idx on orders(customer_id)', { definition: 'btree (customer_id)' }, 'orders');
const check = obj('constraint', 'constraint orders CHECK (amount > 0)', 'check constraint on orders (amount > 0)', { definition: 'CHECK (amount > 0)' }, 'orders');

test('identical schemas have no differences', () => {
  assert.deepEqual(diffSchemas(schema(orders, index), schema(orders, index)), []);
});

test('objects added and dropped, told as changes', () => {
  const sentences = diffSchemas(schema(orders, check), schema(orders, index)).map((c) => c.sentence);
  assert.deepEqual(sentences, ['check constraint on orders (amount > 0) dropped', 'index orders_customer_id_idx on orders(customer_id) added']);
});

test('objects left over and missing, told against the schema expected', () => {
  const sentences = diffSchemas(schema(orders, check), schema(orders, index), 'expected').map((c) => c.sentence);
  assert.deepEqual(sentences, ['check constraint on orders (amount > 0) is missing', 'index orders_customer_id_idx on orders(customer_id) is still there']);
});

test('a property change names the property and both values; none for an absent one', () => {
  const [change] = diffSchemas(schema(email({ default: "'x'" })), schema(email({})));
  assert.equal(change!.sentence, "column users.email: default 'x' → none");
  assert.equal(change!.property, 'default');
});

test('self-describing values stand alone', () => {
  const [change] = diffSchemas(schema(email({ nullability: 'nullable' })), schema(email({ nullability: 'not null' })));
  assert.equal(change!.sentence, 'column users.email: nullable → not null');
});

test('a long definition or a body is only said to have changed', () => {
  const view = (definition: string) => obj('view', 'relation v', 'view v', { definition });
  const long = 'SELECT id, customer_id, amount, note FROM orders WHERE amount > 0 AND note IS NOT NULL';
  assert.equal(diffSchemas(schema(view(long)), schema(view(`${long} AND id > 1`)))[0]!.sentence, 'view v: definition changed');
  const fn = (body: string) => obj('function', 'function f(integer)', 'function f(integer)', { body });
  assert.equal(diffSchemas(schema(fn('abc')), schema(fn('def')))[0]!.sentence, 'function f(integer): body changed');
});

test('a table dropped is one sentence, not one per column, index and constraint', () => {
  const sentences = diffSchemas(schema(orders, index, check), schema(), 'expected').map((c) => c.sentence);
  assert.deepEqual(sentences, ['table orders is missing']);
});
