// Runs one permutation like PostgreSQL's isolationtester: each step goes to its session; a
// step whose statement waits for a lock (the monitor says so) is "blocked" and the run moves
// on; a later step of a waiting session is deferred until the session is released.
import type { DbError, Row } from '../../engines/engine.js';
import type { LockMonitor } from './lock-monitor.js';
import type { SpecSession } from './spec-session.js';

export interface StepResult {
  step: string;
  /** Rows it returned (absent when it failed). */
  rows?: Row[];
  error?: Pick<DbError, 'kind' | 'code'> & { message?: string; detail?: string };
  blocked: boolean;
  /** The step after which a blocked step was released; 'timeout' when only its lock timeout ended the wait. */
  releasedAfter?: string;
}

/** How often the runner looks at a statement in flight and at the lock monitor. */
const POLL_MS = 10;

export async function runPermutation(
  permutation: readonly string[],
  steps: ReadonlyMap<string, { session: string; sql: string; values?: readonly unknown[] }>,
  sessions: ReadonlyMap<string, SpecSession>,
  monitor: LockMonitor,
  lockTimeoutMs: number,
  /** Called each time a step is seen waiting, while it still waits (the deadlock search reads the locks then). */
  onBlocked?: (step: string, waiting: ReadonlyMap<string, string>) => Promise<void>,
): Promise<StepResult[]> {
  const results = new Map<string, StepResult>();
  const waiting = new Map<string, string>(); // session → its blocked step
  const deferred = new Map<string, string[]>(); // session → steps held back while it waits
  let lastStep = '';

  const record = async (session: SpecSession, step: string, blocked: boolean) => {
    const outcome = await session.outcome();
    const result: StepResult = { step, blocked, ...('rows' in outcome ? { rows: outcome.rows } : { error: { kind: outcome.error.kind, code: outcome.error.code, message: outcome.error.message, ...(outcome.detail ? { detail: outcome.detail } : {}) } }) };
    if (blocked) result.releasedAfter = outcome && 'error' in outcome && outcome.error.kind === 'lock-timeout' ? 'timeout' : lastStep;
    results.set(step, result);
  };

  /** Sends a step and waits until it returns or the monitor sees it waiting for a lock. */
  const send = async (step: string) => {
    const { session: name, sql, values } = steps.get(step)!;
    const session = sessions.get(name)!;
    session.send(sql, values);
    for (;;) {
      if (await session.settleWithin(POLL_MS)) return record(session, step, false);
      if ((await monitor.waiting([session.connectionId])).has(session.connectionId)) {
        waiting.set(name, step);
        if (onBlocked) await onBlocked(step, waiting);
        return;
      }
    }
  };

  /** After a step, blocked sessions it released finish their statement and run what was deferred. */
  const settleReleased = async () => {
    for (let changed = true; changed;) {
      changed = false;
      for (const [name, step] of [...waiting]) {
        const session = sessions.get(name)!;
        // Released or still waiting: poll until one is certain (a released statement runs on).
        for (;;) {
          if (await session.settleWithin(POLL_MS)) {
            waiting.delete(name);
            await record(session, step, true);
            changed = true;
            break;
          }
          if ((await monitor.waiting([session.connectionId])).has(session.connectionId)) break;
        }
        if (!waiting.has(name)) {
          const held = deferred.get(name) ?? [];
          deferred.delete(name);
          for (const next of held) {
            if (waiting.has(name)) (deferred.get(name) ?? deferred.set(name, []).get(name)!).push(next);
            else { lastStep = next; await send(next); }
          }
        }
      }
    }
  };

  for (const step of permutation) {
    const { session } = steps.get(step)!;
    if (waiting.has(session)) {
      (deferred.get(session) ?? deferred.set(session, []).get(session)!).push(step);
      continue;
    }
    lastStep = step;
    await send(step);
    await settleReleased();
  }
  // Whatever still waits is ended by the engine: a deadlock victim, or its lock timeout.
  while (waiting.size > 0) {
    const before = waiting.size;
    await Promise.race([...waiting.keys()].map((name) => sessions.get(name)!.settleWithin(lockTimeoutMs * 5)));
    await settleReleased();
    if (waiting.size === before && [...waiting.keys()].every((name) => sessions.get(name)!.busy)) {
      // Nothing returned within five lock timeouts: give up on this permutation rather than hang.
      throw new Error(`steps ${[...waiting.values()].join(', ')} still wait after ${lockTimeoutMs * 5} ms`);
    }
  }
  return permutation.map((step) => results.get(step)!).filter(Boolean);
}
