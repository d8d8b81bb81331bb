// What a permutation must show, read from the spec's expect: a step may block only when
// expect.blocks lists it, may fail only with the error expect.errors gives it, and the final
// query must be true. Where a listed step blocks or fails depends on the interleaving, so a
// listed step is allowed, not required, to do so in each permutation.
import type { ConcurrencySpec } from '../../config/schema/concurrency.js';
import type { Row } from '../../engines/engine.js';
import type { StepResult } from './run-permutation.js';

/** The first step whose outcome the spec does not allow, as a clause of a sentence; undefined when all are allowed. */
export function firstDifference(steps: readonly StepResult[], expect: ConcurrencySpec['expect']): string | undefined {
  const blocks = new Set(expect.blocks ?? []);
  const errors = expect.errors ?? {};
  // Errors first: a deadlock also shows as a wait of the survivor, and the error is the news.
  for (const step of steps) {
    const allowed = errors[step.step];
    if (!step.error) continue;
    if (allowed === undefined) return `${step.step} failed with ${describeKind(step.error)}, which expect.errors does not list`;
    if (!errorMatches(step.error, allowed)) return `${step.step} failed with ${describeKind(step.error)}, not ${allowed}`;
  }
  for (const step of steps) {
    if (step.blocked && !blocks.has(step.step)) {
      return step.releasedAfter === 'timeout'
        ? `${step.step} waited for a lock until its lock timeout: no later step released it, so this permutation can never complete`
        : `${step.step} waited for a lock (released after ${step.releasedAfter}), which expect.blocks does not list`;
    }
  }
  return undefined;
}

const describeKind = (error: { kind: string; code: string }) => (error.kind === 'other' ? error.code : `${error.kind} (${error.code})`);

/** A kind name, or the engine's code: 40001, 1213 or ER_LOCK_DEADLOCK all match "ER_LOCK_DEADLOCK (1213)". */
function errorMatches(error: { kind: string; code: string }, expected: string): boolean {
  if (error.kind === expected || error.code === expected) return true;
  const [name, errno] = /^(\w+) \((\d+)\)$/.exec(error.code)?.slice(1) ?? [];
  return expected === name || expected === errno;
}

/** true/false from a final query's one row, or a sentence saying what it returned instead. */
export function booleanOf(rows: readonly Row[]): boolean | string {
  const values = rows.length > 0 ? Object.values(rows[0]!) : [];
  const value = values[0];
  if (rows.length !== 1 || values.length !== 1) return `returned ${rows.length} row${rows.length === 1 ? '' : 's'} of ${values.length} column${values.length === 1 ? '' : 's'}`;
  if (value === true || value === 1 || value === '1' || value === 't') return true;
  if (value === false || value === 0 || value === '0' || value === 'f') return false;
  return `returned ${JSON.stringify(value)}`;
}
