// Two fingerprints compared, each difference told in one plain sentence:
//   "index orders_customer_id_idx on orders(customer_id) is still there"
//   "column users.email: default 'x' → none"
//   "view v: definition changed"
import type { SchemaFingerprint, SchemaObject } from './model.js';

export interface SchemaChange {
  /** added: in `after` only; dropped: in `before` only; changed: in both, a property differs. */
  change: 'added' | 'dropped' | 'changed';
  object: SchemaObject;
  property?: string;
  before?: string;
  after?: string;
  sentence: string;
}

/**
 * `change` tells what happened between two schemas ("… added", "… dropped"); `expected` reads
 * `before` as the schema that should be there and `after` as the one that is ("… is still
 * there", "… is missing"), which is what a round trip reports.
 */
export type DiffWording = 'change' | 'expected';

// Properties whose values say what they are: "nullable → not null", not "nullability nullable → not null".
const SELF_DESCRIBING = new Set(['nullability', 'uniqueness', 'validation', 'validity', 'visibility', 'enforcement', 'security', 'deterministic', 'cycle', 'mode', 'enabled', 'persistence']);
// Digests and long texts: that they changed is the news; the texts would not fit a sentence.
const TOO_LONG = 60;

export function diffSchemas(before: SchemaFingerprint, after: SchemaFingerprint, wording: DiffWording = 'change'): SchemaChange[] {
  const afterByKey = new Map(after.objects.map((o) => [o.key, o]));
  const beforeKeys = new Set(before.objects.map((o) => o.key));
  const changes: SchemaChange[] = [];
  for (const old of before.objects) {
    const now = afterByKey.get(old.key);
    if (!now) {
      changes.push({ change: 'dropped', object: old, sentence: `${old.label} ${wording === 'expected' ? 'is missing' : 'dropped'}` });
      continue;
    }
    const properties = [...new Set([...Object.keys(old.properties), ...Object.keys(now.properties)])];
    for (const property of properties) {
      const [was, is] = [old.properties[property], now.properties[property]];
      if (was === is) continue;
      changes.push({ change: 'changed', object: now, property, before: was, after: is, sentence: `${now.label}: ${propertyChange(property, was, is)}` });
    }
  }
  for (const now of after.objects) {
    if (!beforeKeys.has(now.key)) {
      changes.push({ change: 'added', object: now, sentence: `${now.label} ${wording === 'expected' ? 'is still there' : 'added'}` });
    }
  }
  return summarise(changes);
}

// A table added or dropped is one sentence, not one per column, index and constraint with it.
function summarise(changes: SchemaChange[]): SchemaChange[] {
  const wholeTables = new Set(changes.filter((c) => c.change !== 'changed' && c.object.kind === 'table').map((c) => c.object.table));
  const kept = changes.filter((c) => c.object.kind === 'table' || c.change === 'changed' || !wholeTables.has(c.object.table));
  const rank = (c: SchemaChange) => KIND_ORDER.indexOf(c.object.kind);
  return kept.sort((a, b) => rank(a) - rank(b) || (a.object.key < b.object.key ? -1 : a.object.key > b.object.key ? 1 : 0));
}

const KIND_ORDER: SchemaObject['kind'][] = [
  'schema', 'extension', 'type', 'table', 'column', 'constraint', 'index', 'view', 'sequence', 'function', 'trigger', 'policy',
];

function propertyChange(property: string, was: string | undefined, is: string | undefined): string {
  if (property === 'body' || (was?.length ?? 0) > TOO_LONG || (is?.length ?? 0) > TOO_LONG) return `${property} changed`;
  const values = `${was ?? 'none'} → ${is ?? 'none'}`;
  return SELF_DESCRIBING.has(property) && was !== undefined && is !== undefined ? values : `${property} ${values}`;
}
