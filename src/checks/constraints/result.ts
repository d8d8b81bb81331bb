// One probe's outcome in the report's words, and the finding it leads to.
import type { DbErrorKind, Engine } from '../../engines/engine.js';
import type { Finding, Location } from '../../vocabulary.js';
import { attempt } from './attempt.js';
import { buildProbe, FreshValues, type ProbeRowSpec, type ProbeValue } from './probe-row.js';

export type ProbeKind = 'primary-key' | 'unique' | 'foreign-key' | 'not-null' | 'check' | 'reject' | 'accept' | 'trigger';

export interface ProbeResult {
  kind: ProbeKind;
  /** Stable identity: "check constraint products_price_check on products". */
  subject: string;
  /** passed: enforced (or the user's probe held); failed: not enforced; not-probed: why is in `detail`. */
  status: 'passed' | 'failed' | 'not-probed';
  detail: string;
}

export interface Probed {
  result: ProbeResult;
  finding?: Finding;
}

export const CHECK = 'constraints';

export function notProbed(kind: ProbeKind, subject: string, why: string, location?: Location): Probed {
  return {
    result: { kind, subject, status: 'not-probed', detail: why },
    finding: { check: CHECK, rule: 'not-probed', severity: 'notice', subject, message: `${capitalise(subject)} was not probed: ${why}.`, ...(location ? { location } : {}) },
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "price = -1, ends_at = starts_at" */
export function describeValues(values: Map<string, ProbeValue>): string {
  return [...values].map(([column, v]) =>
    'literal' in v ? `${column} = ${v.literal === null ? 'NULL' : typeof v.literal === 'string' ? `'${v.literal}'` : String(v.literal)}`
      : `${column} = ${v.column}${v.step ? ` ${v.step < 0 ? '-' : '+'} 1` : ''}`,
  ).join(', ');
}

export interface ConstraintProbe {
  kind: Exclude<ProbeKind, 'reject' | 'accept' | 'trigger'>;
  subject: string;
  /** How the constraint reads in a message: "CHECK (price > 0) on products". */
  declared: string;
  /** The row, in words: "a row with price = 0". */
  row: string;
  spec: ProbeRowSpec;
  expected: DbErrorKind;
  /** SELECT count(*) AS n of the rows breaking the rule. */
  violations: string;
}

/** Builds the probe's row, writes it (rolled back) and judges the engine's answer. */
export async function runProbe(engine: Engine, probe: ConstraintProbe, fresh = new FreshValues(engine)): Promise<Probed> {
  const { kind, subject } = probe;
  const statement = await buildProbe(engine, probe.spec, fresh);
  if ('reason' in statement) return notProbed(kind, subject, statement.reason);
  const row = statement.generated ? `${probe.row} (a generated row: ${probe.spec.table.name} has none to copy)` : probe.row;
  const outcome = await attempt(engine, statement, { violations: probe.violations });
  if ('rejected' in outcome) {
    const e = outcome.rejected;
    if (e.kind === probe.expected) return { result: { kind, subject, status: 'passed', detail: `${row} was rejected (${e.code})` } };
    return notProbed(kind, subject, `${row} was rejected for another reason, ${e.kind} (${e.code}: ${e.message}), so it proves nothing about ${probe.declared}`);
  }
  if (!outcome.violating) {
    return notProbed(kind, subject, `${row} was accepted, but the table did not end up breaking the rule (a trigger or default may have changed the row)`);
  }
  return {
    result: { kind, subject, status: 'failed', detail: `${row} was accepted` },
    finding: {
      check: CHECK, rule: 'constraint-not-enforced', severity: 'error', subject,
      message: `${probe.declared} is declared but not enforced: ${row} was accepted.`,
    },
  };
}
