// One contention operation: the declared transaction on one worker's session, with values drawn
// for it, run again when the engine asks for a retry (serialization failure, deadlock), at
// most retry.max times. A statement's values are drawn once per operation: a retry repeats the
// same order, as an application retrying its checkout would.
import type { DbError, Engine } from '../../../engines/engine.js';
import { indexPicker, type Stream } from '../../../data/random.js';
import type { ParamSource } from '../../../measure/load/parameters.js';
import { toDialect } from '../../performance/index.js';
import type { SpecSession } from '../spec-session.js';

export interface OperationPlan {
  /** The transaction's statements in the engine's dialect, with $n placeholders of the params. */
  texts: readonly string[];
  sources: readonly ParamSource[];
  retryOn: readonly string[];
  maxRetries: number;
}

export interface OperationOutcome {
  retries: number;
  /** The error that ended it, after the retries; undefined when it committed. */
  error?: DbError;
}

/** Values for one operation: seeded columns and picks skewed (zipf: a few hot values draw most operations), ranges uniform. */
export function drawValues(sources: readonly ParamSource[], random: Stream): unknown[] {
  const zipf = indexPicker('zipf', random);
  return sources.map((source) => {
    switch (source.kind) {
      case 'literal': return source.value;
      case 'pool': return source.values[zipf(source.values.length)];
      case 'range': return source.low + Math.floor(random() * (source.high - source.low + 1));
    }
  });
}

async function run(session: SpecSession, sql: string, values?: readonly unknown[]): Promise<DbError | undefined> {
  session.send(sql, values);
  const outcome = await session.outcome();
  return 'error' in outcome ? outcome.error : undefined;
}

export async function runOperation(engine: Engine, session: SpecSession, plan: OperationPlan, values: readonly unknown[]): Promise<OperationOutcome> {
  for (let retries = 0; ; retries++) {
    let error = await run(session, 'begin');
    for (const text of plan.texts) {
      if (error) break;
      const bound = toDialect(engine, text, values);
      error = await run(session, bound.sql, bound.values);
    }
    if (!error) error = await run(session, 'commit');
    if (!error) return { retries };
    await run(session, 'rollback');
    if (!plan.retryOn.includes(error.kind) || retries >= plan.maxRetries) return { retries, error };
  }
}
