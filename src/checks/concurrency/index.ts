// Concurrency checks: isolation specs (checks.concurrency) run in the spirit of PostgreSQL's
// isolationtester, and the isolation matrix of the engine in use (checks.isolation-matrix).
// They need real sessions: on PGlite (one connection) they are skipped with one notice.
import type { ConcurrencySpec } from '../../config/schema/concurrency.js';
import type { Engine } from '../../engines/engine.js';
import type { CheckResult, Finding, Location } from '../../vocabulary.js';
import { runIsolationMatrix, type MatrixResult } from './isolation-matrix.js';
import { runSpec, type SpecResult } from './run-spec.js';
import { stepsOf } from '../../config/schema/concurrency.js';
import { summariseMatrix, summariseSpec, type MatrixSummary, type SpecSummary } from './summary.js';

export type { SpecResult, PermutationResult } from './run-spec.js';
export type { MatrixResult } from './isolation-matrix.js';
export { runIsolationMatrix, renderMatrix } from './isolation-matrix.js';
export { searchDeadlocks, type PairResult } from './deadlocks/index.js';
export { runContention } from './contention/index.js';
export { concurrencyReport, type ConcurrencyReport } from './summary.js';

/** Differing permutations reported per spec; the rest are counted. */
const MAX_FINDINGS_PER_SPEC = 3;

export interface ConcurrencyOptions {
  specs: readonly ConcurrencySpec[];
  matrix: boolean;
  /** Where a key of sluice.yml is, below checks (e.g. ['concurrency', 0]). */
  locate: (path: readonly (string | number)[]) => Location;
}

export async function runConcurrencyChecks(engine: Engine, options: ConcurrencyOptions): Promise<CheckResult & { specs: SpecResult[]; matrix?: MatrixResult; summaries: SpecSummary[]; matrixSummary?: MatrixSummary }> {
  const findings: Finding[] = [];
  if (options.specs.length === 0 && !options.matrix) return { findings, metrics: [], specs: [], summaries: [] };
  if (!engine.openSession) {
    findings.push({
      check: 'concurrency', rule: 'concurrency-skipped', severity: 'notice', location: options.locate(options.specs.length ? ['concurrency'] : ['isolation-matrix']),
      message: `Concurrency checks were skipped: ${engine.info.name} has one connection, so sessions cannot run side by side; run them with engine: postgres:<tag>, mysql:<tag>, mariadb:<tag> or a server URL.`,
    });
    return { findings, metrics: [], specs: [], summaries: [] };
  }
  const schema = await engine.introspect();
  const specs: SpecResult[] = [];
  const summaries: SpecSummary[] = [];
  for (const [i, spec] of options.specs.entries()) {
    const location = options.locate(['concurrency', i]);
    const result = await runSpec(engine, spec, schema, String(i));
    specs.push(result);
    const sql = stepsOf(spec.sessions);
    summaries.push(summariseSpec(result, spec.level, (step) => sql.get(step)?.sql));
    const subject = `concurrency spec ${spec.name}`;
    if (result.problem) {
      findings.push({ check: 'concurrency', rule: 'concurrency-spec-error', severity: 'error', location, subject, message: `Concurrency spec "${spec.name}" could not run: ${result.problem}.` });
      continue;
    }
    const differing = result.permutations.filter((p) => p.difference);
    for (const p of differing.slice(0, MAX_FINDINGS_PER_SPEC)) {
      const more = differing.length > MAX_FINDINGS_PER_SPEC && p === differing[MAX_FINDINGS_PER_SPEC - 1] ? ` (${differing.length - MAX_FINDINGS_PER_SPEC} more permutations differ)` : '';
      findings.push({
        check: 'concurrency', rule: 'concurrency-spec-failed', severity: 'error', location, subject,
        message: `Concurrency spec "${spec.name}", permutation ${p.order.join(' ')}: ${p.difference}${more}.`,
      });
    }
    for (const step of spec.expect.blocks ?? []) {
      if (!result.permutations.some((p) => p.steps.some((s) => s.step === step && s.blocked))) {
        findings.push({
          check: 'concurrency', rule: 'concurrency-spec-failed', severity: 'error', location: options.locate(['concurrency', i, 'expect', 'blocks']), subject,
          message: `Concurrency spec "${spec.name}": ${step} never waited for a lock in any of the ${result.permutations.length} permutations, though expect.blocks lists it.`,
        });
      }
    }
  }
  let matrix: MatrixResult | undefined;
  if (options.matrix) {
    matrix = await runIsolationMatrix(engine);
    for (const weaker of matrix.weakerThanDocumented) {
      findings.push({ check: 'concurrency', rule: 'isolation-weaker-than-documented', severity: 'error', location: options.locate(['isolation-matrix']), message: weaker });
    }
  }
  return {
    findings,
    specs,
    summaries,
    ...(matrix ? { matrix, matrixSummary: summariseMatrix(matrix) } : {}),
    metrics: [],
  };
}
