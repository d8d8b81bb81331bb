// Parameter values for a workload's $1, $2 …: literals as written, or drawn from a source —
// a seeded column ({ from }), a numeric range ({ range }) or a list ({ pick }) — by a seed
// derived from the workload's name, so base and head, and every run, use the same values.
import type { Engine } from '../../engines/engine.js';
import type { QueryParam } from '../../config/schema/index.js';
import { hashOf } from '../../data/random.js';

/** FNV-1a of the name (the data factory's hashOf): a stable small number per workload. */
export function nameHash(name: string): number {
  return hashOf(name) % 100_000;
}

/** A number in [0, n) from the seed and the parameter's position (Knuth's multiplicative hash). */
const draw = (seed: number, position: number, n: number) => (Math.imul(seed + position + 1, 2654435761) >>> 0) % n;

export async function resolveParams(engine: Engine, params: readonly QueryParam[], seed: number): Promise<unknown[]> {
  const values: unknown[] = [];
  for (const [i, param] of params.entries()) {
    if (param === null || typeof param !== 'object') values.push(param);
    else if ('pick' in param) values.push(param.pick[draw(seed, i, param.pick.length)]);
    else if ('range' in param) values.push(fromRange(param.range, draw(seed, i, 1_000_003)));
    else values.push(await fromColumn(engine, param.from, draw.bind(null, seed, i)));
  }
  return values;
}

/** Integers when both bounds are integers, else a number with two decimals. */
function fromRange([low, high]: [number, number], drawn: number): number {
  if (Number.isInteger(low) && Number.isInteger(high)) return low + (drawn % (high - low + 1));
  return Math.round((low + ((high - low) * drawn) / 1_000_002) * 100) / 100;
}

/** `{ from: table.column }` takes the value at a seeded offset in the column's sorted values. */
async function fromColumn(engine: Engine, from: string, pick: (n: number) => number): Promise<unknown> {
  const parts = from.split('.');
  const column = engine.quoteIdent(parts.pop()!);
  const table = parts.map((p) => engine.quoteIdent(p)).join('.');
  const [{ n }] = (await engine.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)) as [{ n: number }];
  const count = Number(n);
  if (count === 0) throw Object.assign(new Error(`${from} has no rows to take a parameter from; seed ${parts.join('.')} in data.rows`), { code: 'sluice' });
  const rows = await engine.query<Record<string, unknown>>(`SELECT ${column} AS v FROM ${table} ORDER BY ${column} LIMIT 1 OFFSET ${pick(count)}`);
  return rows[0]?.v;
}
