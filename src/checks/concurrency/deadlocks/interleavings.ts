// The interleavings of two transactions' statements that keep each one's own order: all of
// them when there are few, else a sample drawn from the seed (a shuffled multiset of session
// names is a uniformly random interleaving), always bounded.
import { hashOf, mulberry32 } from '../../../data/random.js';

/** C(n + m, n): how many interleavings two sessions of n and m steps have. */
export function interleavingCount(n: number, m: number): number {
  let count = 1;
  for (let i = 1; i <= Math.min(n, m); i++) count = (count * (Math.max(n, m) + i)) / i;
  return Math.round(count);
}

/** Steps are named a1 … an, b1 … bm; each interleaving lists every step once. */
export function interleavings(n: number, m: number, limit: number, seed: number, salt: string): { orders: string[][]; total: number } {
  const total = interleavingCount(n, m);
  const order = (pattern: readonly ('a' | 'b')[]) => {
    const next = { a: 0, b: 0 };
    return pattern.map((s) => `${s}${++next[s]}`);
  };
  if (total <= limit) {
    const orders: string[][] = [];
    const walk = (pattern: ('a' | 'b')[], a: number, b: number) => {
      if (a === n && b === m) return void orders.push(order(pattern));
      if (a < n) walk([...pattern, 'a'], a + 1, b);
      if (b < m) walk([...pattern, 'b'], a, b + 1);
    };
    walk([], 0, 0);
    return { orders, total };
  }
  const random = mulberry32(seed ^ hashOf(salt));
  const seen = new Set<string>();
  const orders: string[][] = [];
  for (let attempt = 0; orders.length < limit && attempt < limit * 20; attempt++) {
    const pattern: ('a' | 'b')[] = [...Array<'a'>(n).fill('a'), ...Array<'b'>(m).fill('b')];
    for (let i = pattern.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [pattern[i], pattern[j]] = [pattern[j]!, pattern[i]!];
    }
    const key = pattern.join('');
    if (seen.has(key)) continue;
    seen.add(key);
    orders.push(order(pattern));
  }
  return { orders, total };
}
