// Without a database: the factory's vectors (deterministic, clustered, normalised), the user's
// vector files (JSON lines, .npy, .fvecs) and how a recall metric is compared with the base.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { compareMetrics } from '../../src/baseline/compare.js';
import { parseConfig } from '../../src/config/load.js';
import { queryVectors, readVectorFile } from '../../src/data/index.js';
import { vectorValue } from '../../src/data/generate/vectors.js';
import type { Column } from '../../src/engines/engine.js';
import type { Metric } from '../../src/vocabulary.js';
import { tempFolder } from '../support/project.js';

const column: Column = { name: 'embedding', type: 'other', nativeType: 'vector(16)', nullable: false, hasDefault: false };
const parse = (text: unknown) => JSON.parse(String(text)) as number[];
const cosine = (a: number[], b: number[]) => a.reduce((s, x, k) => s + x * b[k]!, 0);

describe('vector data', () => {
  test('the same seed gives the same unit vectors, lying in clusters rather than spread uniformly', () => {
    const source = { clusters: 4, spread: 0.35 };
    const rows = (seed: number) => { const make = vectorValue(column, 'docs', seed, source)!; return Array.from({ length: 200 }, (_, i) => parse(make(i, []))); };
    const a = rows(42);
    assert.deepEqual(a, rows(42));
    assert.notDeepEqual(a, rows(43));
    assert.ok(a.every((v) => v.length === 16 && Math.abs(Math.hypot(...v) - 1) < 1e-4));
    // Each row's nearest other row is far closer than a random pair: structure, not noise.
    const nearest = a.map((v, i) => Math.max(...a.filter((_, j) => j !== i).map((w) => cosine(v, w))));
    const randomPairs = a.slice(0, 100).map((v, i) => cosine(v, a[199 - i]!));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    assert.ok(mean(nearest) > 0.8 && mean(randomPairs) < 0.5, `${mean(nearest)} vs ${mean(randomPairs)}`);
    // The query set is fixed by the seed and the query's name.
    assert.deepEqual(queryVectors(42, 'docs.embedding', 'q', 16, source, 3), queryVectors(42, 'docs.embedding', 'q', 16, source, 3));
    assert.notDeepEqual(queryVectors(42, 'docs.embedding', 'q', 16, source, 3), queryVectors(42, 'docs.embedding', 'r', 16, source, 3));
  });

  test('vectors from JSON lines, .npy and .fvecs files, and one sentence for a bad line', async () => {
    const dir = await tempFolder();
    const vectors = [[1, 2, 3], [0.5, -1, 2.25]];
    await writeFile(path.join(dir, 'v.jsonl'), '[1, 2, 3]\n{"id": 7, "embedding": [0.5, -1, 2.25]}\n');
    const header = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
    const padded = header.padEnd(118, ' ') + '\n';
    const body = Buffer.alloc(24);
    vectors.flat().forEach((x, k) => body.writeFloatLE(x, k * 4));
    const npyHeader = Buffer.alloc(10);
    npyHeader.write('\x93NUMPY', 0, 'latin1');
    npyHeader[6] = 1;
    npyHeader.writeUInt16LE(padded.length, 8);
    await writeFile(path.join(dir, 'v.npy'), Buffer.concat([npyHeader, Buffer.from(padded, 'latin1'), body]));
    const fvecs = Buffer.alloc(2 * (4 + 12));
    vectors.forEach((v, r) => { fvecs.writeInt32LE(3, r * 16); v.forEach((x, d) => fvecs.writeFloatLE(x, r * 16 + 4 + d * 4)); });
    await writeFile(path.join(dir, 'v.fvecs'), fvecs);
    for (const file of ['v.jsonl', 'v.npy', 'v.fvecs']) assert.deepEqual(await readVectorFile(path.join(dir, file)), vectors, file);

    await writeFile(path.join(dir, 'bad.jsonl'), '[1, 2]\n[1, "x"]\n');
    await assert.rejects(readVectorFile(path.join(dir, 'bad.jsonl')), /bad\.jsonl:2: not an array of finite numbers; write one \[x, y, …\] array or \{"embedding": \[…\]\} object per line$/);
  });

  test('recall is higher-is-better, and within its own tolerance unless gate.tolerances names one', () => {
    const recall = (value: number): Metric => ({ key: 'vector.q.recall', unit: 'recall', kind: 'quality', direction: 'higher', value, tolerance: 0.1 });
    const options = { workTolerance: 0, tolerances: {}, time: { minEffect: 0.1, p: 0.01, gate: true }, seed: 1 };
    assert.equal(compareMetrics([recall(0.98)], [recall(0.81)], options)[0]!.status, 'regression');
    assert.equal(compareMetrics([recall(0.98)], [recall(0.93)], options)[0]!.status, 'unchanged');
    assert.equal(compareMetrics([recall(0.9)], [recall(0.95)], options)[0]!.status, 'improvement');
    assert.equal(compareMetrics([recall(0.98)], [recall(0.93)], { ...options, tolerances: { 'vector.*': 0 } })[0]!.status, 'regression');
  });

  test('checks.vector settings are validated with their line and column', () => {
    const problem = (vector: string) => {
      try {
        parseConfig(`migrations: { dir: m }\nchecks:\n  vector:\n${vector}`, 'sluice.yml');
      } catch (error) {
        return (error as Error).message;
      }
      return 'no error';
    };
    assert.match(problem('    columns:\n      docs.embedding: { dims: 8 }\n    queries:\n      - { name: q, column: docs.embeding }\n'),
      /^sluice\.yml:7:\d+: .*docs\.embeding is not in checks\.vector\.columns; declare it there with its dims and metric/);
    assert.match(problem('    columns:\n      docs.embedding: { metric: cosine }\n'), /^sluice\.yml:5:\d+: .*dims/);
    assert.match(problem('    columns:\n      docs.embedding: { dims: 8, metric: dot }\n'), /^sluice\.yml:5:42: checks\.vector\.columns\."docs\.embedding"\.metric: expected one of "cosine", "l2", "inner-product", "l1", found "dot"\.$/);
    assert.match(problem('    queries:\n      - { name: q, column: d.e, sql: select 1 }\n'), /^sluice\.yml:5:\d+: .*has no \$1/);
  });
});
