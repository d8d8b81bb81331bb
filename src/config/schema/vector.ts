// checks.vector: the embedding columns (their model's dimension and distance metric, where their
// rows come from) and the nearest-neighbour queries whose recall, work and plan are measured.
import { z } from 'zod';
import { tableColumn } from './values.js';

export const VECTOR_METRICS = ['cosine', 'l2', 'inner-product', 'l1'] as const;
export type VectorMetric = (typeof VECTOR_METRICS)[number];

const vectorColumn = z.strictObject({
  dims: z.int().min(1).max(16_000).describe('The embedding model\'s dimension (1536 for text-embedding-3-small); the column\'s declared dimension and every row must match it.'),
  metric: z.enum(VECTOR_METRICS).default('cosine').describe('The distance the queries rank by: cosine (<=>), l2 (<->), inner-product (<#>) or l1 (<+>); the index\'s operator class must match it.'),
  clusters: z.int().min(1).max(10_000).default(16).describe('Generated rows lie around this many seeded centres (topics), with gaussian noise, normalised to length 1: clustered like real embeddings, not uniform noise.'),
  spread: z.number().positive().max(10).default(0.35).describe('Standard deviation of the noise around a centre, relative to the centre\'s length (larger: looser clusters, harder for an index).'),
  file: z.string().min(1).optional().describe('Take the rows\' vectors from this file instead (relative to sluice.yml): JSON lines (one [x, y, …] array or {"embedding": […]} per line), .npy (float32/float64, 2-D) or .fvecs; rows beyond the file wrap around.'),
});

const vectorQuery = z
  .strictObject({
    name: z.string().min(1).describe('Names the query in the report and its metrics (vector.<name>.recall).'),
    column: tableColumn.describe('The vector column searched (table.column, declared in checks.vector.columns); the query vectors are drawn from its model.'),
    sql: z.string().min(1).optional().describe('The query as the application writes it, instead of the one Sluice writes: $1 is the query vector, the first column identifies a row (… ORDER BY embedding <=> $1 LIMIT 10).'),
    filter: z.string().min(1).optional().describe('A WHERE condition on the table, applied with the nearest-neighbour scan (without sql).'),
    k: z.int().min(1).max(1000).default(10).describe('How many nearest rows the query returns (recall@k).'),
    'ef-search': z.int().min(1).max(1000).optional().describe('SET hnsw.ef_search for the query (pgvector\'s default is 40).'),
    probes: z.int().min(1).max(100_000).optional().describe('SET ivfflat.probes for the query (pgvector\'s default is 1).'),
    'min-recall': z.number().min(0).max(1).optional().describe('Recall@k below this fails the gate (an error finding).'),
    samples: z.int().min(1).max(1000).default(20).describe('How many seeded query vectors are searched: recall is their mean.'),
  })
  .superRefine((query, ctx) => {
    if (query.sql && query.filter) ctx.addIssue({ code: 'custom', path: ['filter'], message: 'applies only to the query Sluice writes; put the condition into sql' });
    if (query.sql && !/\$1(?!\d)/.test(query.sql)) ctx.addIssue({ code: 'custom', path: ['sql'], message: 'has no $1; the query vector is $1 (… ORDER BY embedding <=> $1 LIMIT 10)' });
  });

export const vector = z
  .strictObject({
    columns: z.record(tableColumn, vectorColumn).default({}).describe('The vector columns, keyed by table.column, with their model\'s dimension and metric.'),
    queries: z.array(vectorQuery).default([]).describe('Nearest-neighbour queries: recall@k of the index against the exact result, the work and latency of both, the plan.'),
    growth: z
      .array(z.number().min(1).max(64))
      .min(1)
      .optional()
      .describe('Also measure recall and work at these multiples of the seeded rows, e.g. [1, 2, 4]: more rows are added to the searched tables, last, after every other check.'),
  })
  .superRefine((section, ctx) => {
    section.queries.forEach((query, i) => {
      if (query.column && !section.columns[query.column]) {
        ctx.addIssue({ code: 'custom', path: ['queries', i, 'column'], message: `${query.column} is not in checks.vector.columns; declare it there with its dims and metric` });
      }
    });
    const names = section.queries.map((q) => q.name);
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i) ctx.addIssue({ code: 'custom', path: ['queries', i, 'name'], message: `'${name}' names two vector queries; give each its own name` });
    });
  })
  .optional()
  .describe('Vector search (pgvector): dimension consistency, index operator classes, recall@k of each query against the exact result, filtered search, growth. Off unless this key is present.');

export type VectorConfig = NonNullable<z.output<typeof vector>>;
export type VectorColumnConfig = VectorConfig['columns'][string];
export type VectorQueryConfig = VectorConfig['queries'][number];
