// One isolation spec: every permutation on fresh sessions, setup committed first, the final
// query after the sessions end, and the seeded rows put back after each permutation.
import { stepsOf, type ConcurrencySpec } from '../../config/schema/concurrency.js';
import type { Engine, Schema } from '../../engines/engine.js';
import { booleanOf, firstDifference } from './expectation.js';
import { openLockMonitor } from './lock-monitor.js';
import { allPermutations } from './permutations.js';
import { runPermutation, type StepResult } from './run-permutation.js';
import { copySeededState, writtenTables } from './seeded-state.js';
import { SpecSession } from './spec-session.js';

export interface PermutationResult {
  order: string[];
  steps: StepResult[];
  /** The final query's answer; absent without expect.final or when the permutation could not run. */
  final?: boolean;
  /** Why the outcome differs from expect, a clause such as "b2 failed with deadlock (40P01), which …". */
  difference?: string;
}

export interface SpecResult {
  name: string;
  permutations: PermutationResult[];
  /** Interleavings there are; more than `permutations.length` when sampled. */
  total: number;
  /** A problem that stopped the whole spec (setup failed, final not boolean …), as a sentence. */
  problem?: string;
  /** Milliseconds spent putting the seeded rows back, over all permutations. */
  restoreMs: number;
}

export async function runSpec(engine: Engine, spec: ConcurrencySpec, schema: Schema, tag: string): Promise<SpecResult> {
  const steps = stepsOf(spec.sessions);
  const { permutations, total } = spec.permutations === 'all' ? allPermutations(spec.sessions) : { permutations: spec.permutations, total: spec.permutations.length };
  const setup = spec.setup === undefined ? [] : Array.isArray(spec.setup) ? spec.setup : [spec.setup];
  const result: SpecResult = { name: spec.name, permutations: [], total, restoreMs: 0 };
  const state = await copySeededState(engine, writtenTables([...setup, ...[...steps.values()].map((s) => s.sql)], schema), tag);
  const monitor = await openLockMonitor(engine);
  try {
    for (const order of permutations) {
      try {
        if (setup.length) {
          try {
            await engine.transaction(async () => { for (const sql of setup) await engine.exec(sql); });
          } catch (error) {
            const e = engine.describeError(error);
            result.problem = `its setup failed: ${e.message} (${e.code})`;
            return result;
          }
        }
        const sessions = new Map<string, SpecSession>();
        let outcome: StepResult[];
        try {
          for (const name of Object.keys(spec.sessions)) sessions.set(name, await SpecSession.open(engine, name, spec.level, spec['lock-timeout']));
          outcome = await runPermutation(order, steps, sessions, monitor, spec['lock-timeout']);
        } finally {
          for (const session of sessions.values()) await session.close();
        }
        const permutation: PermutationResult = { order, steps: outcome };
        const difference = firstDifference(outcome, spec.expect);
        if (difference) permutation.difference = difference;
        if (spec.expect.final) {
          let answer: boolean | string;
          try {
            answer = booleanOf(await engine.query(spec.expect.final));
          } catch (error) {
            const e = engine.describeError(error);
            answer = `failed: ${e.message} (${e.code})`;
          }
          if (typeof answer === 'string') {
            result.problem = `its expect.final ${answer}; write a query returning one boolean, such as select count(*) = 0 from …`;
            return result;
          }
          permutation.final = answer;
          if (!answer && !difference) permutation.difference = `expect.final is false after all sessions ended`;
        }
        result.permutations.push(permutation);
      } finally {
        result.restoreMs += await state.restore();
      }
    }
    return result;
  } finally {
    await monitor.close();
    await state.drop();
  }
}
