// pgvector's distances: the operator a query orders by, and the operator classes an index must
// be built with for the planner to use it for that operator.
import type { VectorMetric } from '../../config/schema/vector.js';

export const OPERATOR: Record<VectorMetric, string> = { cosine: '<=>', l2: '<->', 'inner-product': '<#>', l1: '<+>' };

/** The operator-class suffix: vector_cosine_ops, halfvec_cosine_ops, bit_… */
const SUFFIX: Record<VectorMetric, string> = { cosine: '_cosine_ops', l2: '_l2_ops', 'inner-product': '_ip_ops', l1: '_l1_ops' };

export const opclassServes = (opclass: string, metric: VectorMetric): boolean => opclass.endsWith(SUFFIX[metric]);

/** The metric an operator class serves, for the message ("an l2 index"). */
export function metricOfOpclass(opclass: string): VectorMetric | undefined {
  return (Object.keys(SUFFIX) as VectorMetric[]).find((m) => opclass.endsWith(SUFFIX[m]));
}

export const opclassFor = (type: string, metric: VectorMetric): string => `${type}${SUFFIX[metric]}`;

/** "query similar docs" → similar-docs, for metric keys. */
export const slugOf = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'query';
