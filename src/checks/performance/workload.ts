// A workload is what gets measured: a query, a transaction (statements run as one and rolled
// back) or a bulk path (one statement touching many rows, rolled back). All three share
// parameters, expectations and limits; only how a run executes differs (run.ts).
import type { BulkConfig, QueryConfig, QueryParam, TransactionConfig, WorkloadExpect, WorkloadMax } from '../../config/schema/index.js';
import type { Dialect } from '../../engines/engine.js';
import type { Location } from '../../vocabulary.js';
import { slug } from './dialect.js';

export type WorkloadKind = 'query' | 'transaction' | 'bulk';

/** The sluice.yml section of each kind. */
export const SECTION: Record<WorkloadKind, 'queries' | 'transactions' | 'bulk'> = { query: 'queries', transaction: 'transactions', bulk: 'bulk' };

export interface Workload {
  kind: WorkloadKind;
  name: string;
  /** Metric key prefix: query.<slug>, transaction.<slug>, bulk.<slug>. */
  key: string;
  /** The statements as written, one per dialect where the config gives one per dialect. */
  statements: (string | { postgres?: string; mysql?: string })[];
  params: QueryParam[];
  expect: WorkloadExpect;
  max: WorkloadMax;
  location: Location;
}

/** A side's declared workloads, queries first, each with its sluice.yml location. */
export function workloadsOf(
  declared: { queries: QueryConfig[]; transactions?: TransactionConfig[]; bulk?: BulkConfig[] },
  locate: (kind: WorkloadKind, index: number) => Location,
): Workload[] {
  const make = (kind: WorkloadKind, config: QueryConfig | TransactionConfig | BulkConfig, index: number): Workload => ({
    kind,
    name: config.name,
    key: `${kind}.${slug(config.name)}`,
    statements: 'statements' in config ? config.statements : [config.sql],
    params: config.params,
    expect: config.expect,
    max: config.max ?? {},
    location: locate(kind, index),
  });
  return [
    ...declared.queries.map((q, i) => make('query', q, i)),
    ...(declared.transactions ?? []).map((t, i) => make('transaction', t, i)),
    ...(declared.bulk ?? []).map((b, i) => make('bulk', b, i)),
  ];
}

/** The statement's text for a dialect; undefined when the config gives none for it. */
export const textFor = (statement: Workload['statements'][number], dialect: Dialect): string | undefined =>
  typeof statement === 'string' ? statement : statement[dialect];
