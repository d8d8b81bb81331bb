// Embeddings with the structure real ones have: rows lie around a few seeded centres (topics)
// with gaussian noise, normalised to length 1 — uniform noise would make every approximate index
// look good or bad for the wrong reason. Or the rows of a user's file, in order, wrapping
// around. Deterministic: the centres come from the seed and the column's name, each row from the
// column's own stream, so the same seed gives the same vectors on every machine.
import type { Column } from '../../engines/engine.js';
import { streamOf, type Stream } from '../random.js';
import type { ValueOf } from './context.js';

/** What a vector column is filled with: a clustered model, or a file's vectors. */
export interface VectorSource {
  /** The declared dimension (checks.vector.columns); the column's own typmod wins when it has one. */
  dims?: number;
  clusters: number;
  /** Noise around a centre, relative to its length. */
  spread: number;
  /** A file's vectors (checks.vector.columns.<c>.file), already read. */
  rows?: readonly (readonly number[])[];
  /** Names a later batch of rows (the growth steps), so its vectors differ from the first batch's. */
  pass?: string;
}

export const DEFAULT_VECTOR_SOURCE: VectorSource = { clusters: 16, spread: 0.35 };

/** vector, halfvec and sparsevec columns (pgvector), with the dimension their type declares. */
export function vectorTypeOf(column: Column): { type: 'vector' | 'halfvec' | 'sparsevec'; dims?: number } | undefined {
  const match = /^(?:[\w]+\.)?(vector|halfvec|sparsevec)(?:\((\d+)\))?$/.exec(column.nativeType.trim().toLowerCase());
  if (!match) return undefined;
  return { type: match[1] as 'vector' | 'halfvec' | 'sparsevec', ...(match[2] ? { dims: Number(match[2]) } : {}) };
}

/** Standard normal draws from a uniform stream (Box–Muller; Math.log/cos are fdlibm in V8, the same everywhere). */
export function gaussian(random: Stream): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    const u = 1 - random();
    const v = random();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

function normalised(v: number[]): number[] {
  let sum = 0;
  for (const x of v) sum += x * x;
  const norm = Math.sqrt(sum) || 1;
  return v.map((x) => x / norm);
}

/** The clustered model of one column: its centres, and a way to draw a point around one. */
export class VectorModel {
  readonly dims: number;
  readonly #centres: number[][];
  readonly #spread: number;

  constructor(seed: number, name: string, dims: number, source: VectorSource) {
    this.dims = dims;
    this.#spread = source.spread;
    const draw = gaussian(streamOf(seed, `${name}#centres`));
    this.#centres = Array.from({ length: source.clusters }, () => normalised(Array.from({ length: dims }, draw)));
  }

  /** A point near a centre picked from `random`: the centre plus noise of relative size `spread`, normalised. */
  point(random: Stream, noise: () => number): number[] {
    const centre = this.#centres[Math.floor(random() * this.#centres.length)]!;
    const scale = this.#spread / Math.sqrt(this.dims);
    return normalised(centre.map((c) => c + noise() * scale));
  }
}

/** pgvector's text form, 6 significant digits: short rows, and float4 keeps no more anyway. */
export const vectorText = (v: readonly number[]): string => `[${v.map((x) => +x.toPrecision(6)).join(',')}]`;

/** Row i's vector of a pgvector column, as text; undefined when its dimension is unknown. */
export function vectorValue(column: Column, table: string, seed: number, source: VectorSource): ValueOf | undefined {
  const type = vectorTypeOf(column);
  const dims = type?.dims ?? source.dims ?? source.rows?.[0]?.length;
  if (!type || !dims) return undefined;
  const name = `${table}.${column.name}`;
  if (source.rows?.length) {
    const rows = source.rows;
    const offset = source.pass ? streamOf(seed, `${name}#${source.pass}`)() * rows.length : 0;
    return (i) => vectorText(rows[(Math.floor(offset) + i) % rows.length]!);
  }
  const model = new VectorModel(seed, name, dims, source);
  const random = streamOf(seed, source.pass ? `${name}#${source.pass}` : name);
  const noise = gaussian(random);
  const text = (i: number) => vectorText(model.point(random, noise));
  if (type.type !== 'sparsevec') return text;
  return (i) => {
    const dense = JSON.parse(text(i)) as number[];
    return `{${dense.map((x, k) => `${k + 1}:${x}`).join(',')}}/${dims}`;
  };
}

/**
 * The fixed, seeded query set of a vector query: points drawn from the same model as the rows
 * (or the file's rows, nudged), on a stream of their own so adding rows does not move them.
 */
export function queryVectors(seed: number, column: string, query: string, dims: number, source: VectorSource, count: number): number[][] {
  const random = streamOf(seed, `${column}#query#${query}`);
  const noise = gaussian(random);
  if (source.rows?.length) {
    const rows = source.rows;
    return Array.from({ length: count }, () => {
      const row = rows[Math.floor(random() * rows.length)]!;
      const scale = (0.05 * Math.sqrt(row.reduce((sum, x) => sum + x * x, 0))) / Math.sqrt(dims);
      return row.map((x) => x + noise() * scale);
    });
  }
  const model = new VectorModel(seed, column, dims, source);
  return Array.from({ length: count }, () => model.point(random, noise));
}
