// Values that are unique because they are made from the row number: 1, 2, 3 …; "sku-1",
// "user1@example.test"; uuids counting up; a `pattern` counting through its #s. Row i's value
// is a pure function of i, so a self-reference or a second pass can recompute any row's key.
import type { Column } from '../../engines/engine.js';
import type { Stream } from '../random.js';
import { WINDOW_FROM, sqlTimestamp } from './temporal.js';
import { fitLength } from './text.js';

export function uniqueValue(column: Column, i: number, start = 1, minLength = 0): unknown {
  switch (column.type) {
    case 'smallint':
    case 'integer':
    case 'bigint':
    case 'numeric':
    case 'real':
      return start + i;
    case 'uuid':
      return `00000000-0000-4000-8000-${(i + 1).toString(16).padStart(12, '0')}`;
    case 'date':
      return sqlTimestamp(WINDOW_FROM + i * 86_400_000).slice(0, 10);
    case 'timestamp':
      return sqlTimestamp(WINDOW_FROM + i * 1000);
    case 'binary':
      return Buffer.from((i + 1).toString(16).padStart(16, '0'), 'hex');
    default: {
      const n = String(i + 1);
      const prefix = /mail/i.test(column.name) ? 'user' : `${column.name}-`;
      const suffix = /mail/i.test(column.name) ? '@example.test' : '';
      const max = column.maxLength ?? Infinity;
      // Keep every digit when the column is short: the prefix gives way, never the number.
      const room = max - n.length - suffix.length;
      const text = room >= 0 ? `${prefix.slice(0, room)}${n}${suffix}` : n.slice(-max);
      return fitLength(text, minLength, max);
    }
  }
}

/** How many distinct values a pattern holds: 10 per #, 26 per ?. */
export const patternCapacity = (pattern: string): number => [...pattern].reduce((n, ch) => (ch === '#' ? n * 10 : ch === '?' ? n * 26 : n), 1);

/**
 * "SKU-####": unique columns count through the pattern (row i is the i-th value, last # fastest),
 * others draw each # and ? at random.
 */
export function patternValue(pattern: string, unique: boolean, random: Stream): (i: number) => string {
  const slots = [...pattern];
  if (!unique) {
    return () => {
      let out = '';
      for (const ch of slots) out += ch === '#' ? String(Math.floor(random() * 10)) : ch === '?' ? String.fromCharCode(65 + Math.floor(random() * 26)) : ch;
      return out;
    };
  }
  return (i) => {
    let n = i;
    const out = new Array<string>(slots.length);
    for (let k = slots.length - 1; k >= 0; k--) {
      const ch = slots[k]!;
      if (ch === '#') { out[k] = String(n % 10); n = Math.floor(n / 10); } else if (ch === '?') { out[k] = String.fromCharCode(65 + (n % 26)); n = Math.floor(n / 26); } else out[k] = ch;
    }
    return out.join('');
  };
}
