// The project's own probes from checks.constraints: writes that must be rejected (with a
// given error), writes that must be accepted, and triggers that must leave a trace. Each runs
// in a transaction that is rolled back.
import type { DbError, DbErrorKind, Engine } from '../../engines/engine.js';
import type { SluiceConfig } from '../../config/schema/index.js';
import type { Location } from '../../vocabulary.js';
import { attempt } from './attempt.js';
import { CHECK, type Probed } from './result.js';

export type ConstraintsConfig = NonNullable<SluiceConfig['checks']['constraints']>;
type Locate = (path: readonly (string | number)[]) => Location;

const KINDS: readonly DbErrorKind[] = ['unique-violation', 'foreign-key-violation', 'check-violation', 'not-null-violation'];

/** 23514, "23514", 3819, "check-violation", "ER_CHECK_CONSTRAINT_VIOLATED". */
function matches(error: DbError, expected: number | string): boolean {
  const wanted = String(expected);
  if ((KINDS as readonly string[]).includes(wanted)) return error.kind === wanted;
  // PostgreSQL codes are SQLSTATEs; MySQL's read "ER_NAME (errno)".
  return error.code === wanted || error.code.startsWith(`${wanted} (`) || error.code.endsWith(`(${wanted})`);
}

const label = (name: string | undefined, sql: string) => name ?? sql.replace(/\s+/g, ' ').trim().slice(0, 60);

export async function runUserProbes(engine: Engine, config: ConstraintsConfig, locate: Locate): Promise<Probed[]> {
  const probed: Probed[] = [];
  const fail = (kind: 'reject' | 'accept' | 'trigger', path: (string | number)[], subject: string, message: string): Probed => ({
    result: { kind, subject, status: 'failed', detail: message },
    finding: { check: CHECK, rule: `${kind}-probe-failed`, severity: 'error', subject, location: locate(path), message },
  });
  const pass = (kind: 'reject' | 'accept' | 'trigger', subject: string, detail: string): Probed => ({ result: { kind, subject, status: 'passed', detail } });

  for (const [i, probe] of config.reject.entries()) {
    const name = label(probe.name, probe.sql);
    const subject = `reject probe ${name}`;
    const path = ['checks', 'constraints', 'reject', i];
    const outcome = await attempt(engine, { sql: probe.sql });
    if ('accepted' in outcome) probed.push(fail('reject', path, subject, `Reject probe "${name}" was accepted; it must fail with ${probe.code}. A rule the schema should enforce is missing.`));
    else if (!matches(outcome.rejected, probe.code)) {
      const e = outcome.rejected;
      probed.push(fail('reject', path, subject, `Reject probe "${name}" failed with ${e.kind} (${e.code}: ${e.message}), not ${probe.code}.`));
    } else probed.push(pass('reject', subject, `rejected (${outcome.rejected.code})`));
  }

  for (const [i, probe] of config.accept.entries()) {
    const name = label(probe.name, probe.sql);
    const subject = `accept probe ${name}`;
    const outcome = await attempt(engine, { sql: probe.sql });
    if ('rejected' in outcome) {
      const e = outcome.rejected;
      probed.push(fail('accept', ['checks', 'constraints', 'accept', i], subject, `Accept probe "${name}" was rejected: ${e.message} (${e.code}); the schema refuses a write it must allow.`));
    } else probed.push(pass('accept', subject, 'accepted'));
  }

  for (const [i, probe] of config.triggers.entries()) {
    const name = label(probe.name, probe.after);
    const subject = `trigger probe ${name}`;
    const path = ['checks', 'constraints', 'triggers', i];
    let held: unknown;
    try {
      const outcome = await attempt(engine, { sql: probe.after }, {
        then: async (session) => {
          const [row] = await session.query<Record<string, unknown>>(probe.expect);
          held = row ? Object.values(row)[0] : undefined;
        },
      });
      if ('rejected' in outcome) {
        const e = outcome.rejected;
        probed.push(fail('trigger', path, subject, `Trigger probe "${name}": its write was rejected: ${e.message} (${e.code}).`));
      } else if (held === true || held === 1 || held === '1' || held === 't' || held === 1n) probed.push(pass('trigger', subject, 'the expectation held'));
      else probed.push(fail('trigger', path, subject, `Trigger probe "${name}": after the write, its expectation returned ${held === undefined ? 'no row' : JSON.stringify(held)}, not true; the trigger did not do its work.`));
    } catch (error) {
      const e = engine.describeError(error);
      probed.push(fail('trigger', path, subject, `Trigger probe "${name}": its expectation could not run: ${e.message} (${e.code}).`));
    }
  }
  return probed;
}
