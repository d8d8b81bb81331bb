// A workload's `expect` and `max` against what it did: each violation is an error finding at
// the workload's sluice.yml line, saying what was expected, what happened, and the plan.
import type { LatencySummary } from '../../measure/latency.js';
import type { Finding } from '../../vocabulary.js';
import type { Execution } from './run.js';
import type { PlanShape } from './plan-shape.js';
import type { Workload } from './workload.js';

const LABEL = { query: 'Query', transaction: 'Transaction', bulk: 'Bulk path' } as const;

/** `latency` is undefined where timings are not meaningful (PGlite): the p95 limit is then not checked. */
export function checkExpectations(workload: Workload, run: Execution, plan: PlanShape, latency: LatencySummary | undefined): Finding[] {
  const findings: Finding[] = [];
  const what = `${LABEL[workload.kind]} "${workload.name}"`;
  const fail = (rule: string, message: string) =>
    findings.push({ check: 'performance', rule, severity: 'error', message, location: workload.location, subject: `${workload.kind} ${workload.name}` });
  const counter = (name: string) => run.counters.find((c) => c.name === name)?.value;
  const { expect, max } = workload;

  for (const operator of expect.forbid.filter((op) => run.operators.includes(op))) {
    fail('forbidden-plan-operator', `${what} uses ${operator} (${run.shape}), which its expect.forbid rules out; add an index that serves it or rewrite it.`);
  }
  const rows = counter('rows');
  if (expect.rows !== undefined && rows !== undefined && rows !== expect.rows) {
    fail('row-count-mismatch', `${what} returned ${rows} rows where expect.rows says ${expect.rows}; the query or the seeded data is not what the test assumes.`);
  }
  const wanted = expect['uses-index'];
  if (wanted !== undefined && !plan.indexes.some((index) => index.toLowerCase() === wanted.toLowerCase())) {
    const used = plan.indexes.length ? `it uses ${plan.indexes.join(', ')}` : 'it uses no index';
    fail('index-not-used', `${what} does not use index ${wanted} (${used}: ${run.shape}); check the index exists and serves the query's conditions.`);
  }
  const budgets = [
    ['blocks', expect['max-blocks'], 'expect.max-blocks'],
    ['blocks', max.blocks, 'max.blocks'],
    ['rows-read', expect['max-rows-read'], 'expect.max-rows-read'],
    ['rows-read', max['rows-read'], 'max.rows-read'],
    ['rows-removed', expect['max-rows-removed'], 'expect.max-rows-removed'],
  ] as const;
  for (const [name, limit, setting] of budgets) {
    const value = counter(name);
    if (limit !== undefined && value !== undefined && value > limit) {
      fail('work-budget-exceeded', `${what} reads ${value} ${name}, over its ${setting} of ${limit} (${run.shape}).`);
    }
  }
  if (max.p95 !== undefined && latency && latency.p95 > max.p95) {
    fail('latency-budget-exceeded', `${what} has a p95 latency of ${latency.p95} ms over ${latency.count} runs, over its max.p95 of ${max.p95} ms.`);
  }
  return findings;
}
