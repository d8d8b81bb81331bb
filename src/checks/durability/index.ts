// checks.durability: on a server Sluice started itself, commit the declared transactions on
// several connections, SIGKILL the server mid-workload, restart it on the same data folder and
// prove that every acknowledged commit survived, the invariants hold and no sequence went
// backwards. Reports the recovery time and what the clients saw. With trade-durability it
// crashes again with durability traded for speed and reports, as information, what was lost.
//
// The kill is of the server's processes only: the operating system stays up, so what is proved
// is that the server wrote a commit before it acknowledged it, not that the disk kept it.
import type { DurabilityConfig, TransactionConfig } from '../../config/schema/index.js';
import { ConfigError } from '../../errors.js';
import type { Engine, Server } from '../../engines/engine.js';
import type { CheckResult, Location, Metric } from '../../vocabulary.js';
import { ServerKeepsStopping, Supervisor } from './supervisor.js';
import { createLedger, verify, type Verification } from './verify.js';
import { runCrashWorkload, type CrashOutcome } from './workload.js';

export interface DurabilityOptions {
  config: DurabilityConfig | undefined;
  transactions: readonly TransactionConfig[];
  seed: number;
  statementTimeoutMs: number;
  /** Where a key of sluice.yml is, e.g. ['checks', 'durability']. */
  locate: (path: readonly (string | number)[]) => Location;
  log: (line: string) => void;
}

/**
 * Before any database starts: the check crashes the server, so only one Sluice starts itself
 * qualifies. `where` is the file:line:col of checks.durability.
 */
export function assertDurabilityEngine(config: DurabilityConfig | undefined, engine: string, databaseUrl: string | undefined, where: string): void {
  if (!config) return;
  if (!databaseUrl && /^local:/.test(engine)) return;
  const given = databaseUrl || engine.includes('://') ? 'a server URL, which Sluice must never crash' : engine === 'pglite' ? 'the embedded PGlite, which has no server process to crash' : `the container ${engine}, which Sluice cannot crash and restart yet`;
  throw new ConfigError(
    `${where}: checks.durability kills and restarts the database server, so it runs only on a server Sluice starts from the machine's binaries, and the engine here is ${given}; set engine: local:postgres or local:mariadb (or --engine), or remove checks.durability.`,
  );
}

const CHECK = 'durability';
/** Ledger ids of the relaxed run start here, far above the first run's. */
const RELAXED_ID_BASE = 1_000_000_000_000;

export async function runDurability(server: Server, engine: Engine, options: DurabilityOptions): Promise<CheckResult> {
  const result: CheckResult = { findings: [], metrics: [] };
  const config = options.config;
  if (!config) return result;
  const location = options.locate(['checks', 'durability']);
  if (!server.control || !engine.openSession) {
    throw new ConfigError(`${location.file}${location.line ? `:${location.line}` : ''}: checks.durability needs a server Sluice started itself; set engine: local:postgres or local:mariadb.`);
  }
  const supervisor = new Supervisor(server.control);
  try {
    await proveDurability(engine, supervisor, config, options, result);
  } catch (error) {
    if (!(error instanceof ServerKeepsStopping)) throw error;
    result.findings.push({
      check: CHECK, rule: 'durability-no-recovery', severity: 'error', location, subject: 'durability recovery',
      message: `After the crash the server stopped by itself ${error.crashes.length} times although Sluice started it again each time, so nothing could be verified; the last time: ${error.crashes.at(-1)}.`,
    });
    return result;
  }
  if (supervisor.crashes.length > 0) {
    result.findings.push({
      check: CHECK, rule: 'durability-server-crashed', severity: 'warning', location, subject: 'durability recovery',
      message:
        `After recovering from the kill the server stopped by itself ${supervisor.crashes.length === 1 ? 'once' : `${supervisor.crashes.length} times`}, and Sluice started it again as a service manager would: ${supervisor.crashes.join('; ')}. ` +
        'The commits were checked on the server that came up after it; a server that crashes after a clean recovery has a bug of its own, and its version and log belong in a report to its makers.',
    });
  }
  return result;
}

/** The crash test itself, and the relaxed one; findings and metrics go into `result`. */
async function proveDurability(engine: Engine, supervisor: Supervisor, config: DurabilityConfig, options: DurabilityOptions, result: CheckResult): Promise<void> {
  const { control } = supervisor;
  const location = options.locate(['checks', 'durability']);
  const transactions = config.transactions ? options.transactions.filter((t) => config.transactions!.includes(t.name)) : options.transactions;
  await createLedger(engine);

  const crash = async (idBase: number) => {
    const outcome = await runCrashWorkload(engine, supervisor, {
      transactions, connections: config.connections, killAfterMs: config['kill-after'], afterRestartMs: config['after-restart'],
      seed: options.seed, statementTimeoutMs: options.statementTimeoutMs, idBase,
    });
    const checked = await supervisor.retry(async () => {
      const session = await engine.openSession!();
      try {
        return await verify(session, { ...outcome, acknowledged: outcome.acknowledged.keys(), idBase, invariants: config.invariants });
      } finally {
        await session.close().catch(() => undefined);
      }
    });
    return { outcome, checked };
  };

  const { outcome, checked } = await crash(0);
  const commits = outcome.acknowledged.size;
  const errorsAfter = [...outcome.errorsAfterKill.values()].reduce((n, e) => n + e.count, 0);
  options.log(
    `durability: ${commits} commits acknowledged on ${config.connections} connections; server killed at ${(outcome.killedAtMs / 1000).toFixed(1)} s, ` +
      `accepting logins ${Math.round(outcome.recoveryMs)} ms later, ${outcome.reconnectMs === undefined ? 'no transaction committed since' : `first transaction ${Math.round(outcome.reconnectMs)} ms after the kill`}; ` +
      `${errorsAfter} client errors after the kill; ${checked.lost.length} acknowledged commits lost`,
  );
  result.metrics.push(...crashMetrics('durability', outcome, checked));
  const holding = checked.invariants.filter((i) => i.holds).length;
  result.findings.push({
    check: CHECK, rule: 'durability-summary', severity: 'notice', location, subject: 'durability crash test',
    message:
      `Crash test: the server was killed (SIGKILL) ${(outcome.killedAtMs / 1000).toFixed(1)} s into a workload of ${config.connections} connections and accepted logins again ${Math.round(outcome.recoveryMs)} ms later; ` +
      (outcome.reconnectMs === undefined ? 'no transaction committed after it. ' : `clients committed again ${Math.round(outcome.reconnectMs)} ms after the kill, having seen ${errorsAfter} errors (${describeErrors(outcome.errorsAfterKill)}). `) +
      `${commits - checked.lost.length} of ${commits} acknowledged commits are there${checked.committedUnanswered ? ` (and ${checked.committedUnanswered} whose acknowledgement the crash swallowed)` : ''}` +
      `${config.invariants.length ? `, ${holding} of ${config.invariants.length} invariants hold` : ''}, ${outcome.sequences.size - checked.sequencesBehind.length} of ${outcome.sequences.size} sequences are not behind.`,
  });

  const beforeKill = [...outcome.errorsBeforeKill.entries()];
  const committedBeforeKill = [...outcome.acknowledged.values()].filter((at) => at < outcome.killedAtMs).length - 1; // less the snapshot's mark
  if (committedBeforeKill <= 0) {
    const [code, first] = beforeKill[0] ?? ['', { message: 'no transaction completed' }];
    result.findings.push({
      check: CHECK, rule: 'durability-workload-failed', severity: 'error', location, subject: 'durability workload',
      message: `No declared transaction committed before the crash, so nothing was proved: ${first.message}${code ? ` (${code})` : ''}; fix the transactions (${transactions.map((t) => t.name).join(', ')}) so they can commit repeatedly.`,
    });
  }
  if (outcome.reconnectMs === undefined) {
    result.findings.push({
      check: CHECK, rule: 'durability-no-recovery', severity: 'error', location, subject: 'durability recovery',
      message: `After the restart no client committed a transaction within 30 s (the server accepted logins ${Math.round(outcome.recoveryMs)} ms after the kill); errors seen: ${describeErrors(outcome.errorsAfterKill)}.`,
    });
  }
  result.findings.push(...durabilityFindings(checked, commits, location, 'error'));

  if (config['trade-durability']) {
    const setting = await supervisor.retry(() => control.relaxDurability(true));
    try {
      const relaxed = await crash(RELAXED_ID_BASE);
      const acknowledged = relaxed.outcome.acknowledged.size;
      result.metrics.push(...crashMetrics('durability.relaxed', relaxed.outcome, relaxed.checked));
      options.log(`durability with ${setting}: ${acknowledged} commits acknowledged, ${relaxed.checked.lost.length} lost in the crash`);
      result.findings.push({
        check: CHECK, rule: 'durability-trade-off', severity: 'notice', location: options.locate(['checks', 'durability', 'trade-durability']), subject: 'durability trade-off',
        message: relaxed.checked.lost.length === 0
          ? `With ${setting}, a SIGKILL of the server lost none of ${acknowledged} acknowledged commits: the server had handed them to the operating system, which stayed up. A power loss or an OS crash can still lose the last commits acknowledged before it; this check does not simulate one.`
          : `With ${setting}, a SIGKILL of the server lost ${relaxed.checked.lost.length} of ${acknowledged} acknowledged commits (those acknowledged before the last flush); with the default setting it lost ${checked.lost.length}.`,
      });
      // A relaxed setting may break consistency only through lost commits, never half-applied ones.
      result.findings.push(...durabilityFindings({ ...relaxed.checked, lost: [] }, acknowledged, location, 'error'));
    } finally {
      await supervisor.retry(() => control.relaxDurability(false));
    }
  }
}

function durabilityFindings(checked: Verification, commits: number, location: Location, severity: 'error'): CheckResult['findings'] {
  const findings: CheckResult['findings'] = [];
  if (checked.lost.length > 0) {
    findings.push({
      check: CHECK, rule: 'durability-lost-commit', severity, location, subject: 'durability acknowledged commits',
      message: `${checked.lost.length} of ${commits} commits the server acknowledged are missing after it was killed and restarted (ledger ids ${checked.lost.slice(0, 5).join(', ')}${checked.lost.length > 5 ? ', …' : ''}); the server acknowledges commits it has not written: check synchronous_commit / innodb_flush_log_at_trx_commit in its configuration.`,
    });
  }
  for (const invariant of checked.invariants.filter((i) => !i.holds)) {
    findings.push({
      check: CHECK, rule: 'durability-invariant', severity, location, subject: `durability invariant ${invariant.name}`,
      message: invariant.error
        ? `The invariant "${invariant.name}" could not be checked after the crash: ${invariant.error}.`
        : `The invariant "${invariant.name}" does not hold after the crash and recovery: a transaction was half-applied or its effects are inconsistent.`,
    });
  }
  for (const sequence of checked.sequencesBehind) {
    findings.push({
      check: CHECK, rule: 'durability-sequence-backwards', severity, location, subject: `durability sequence ${sequence.name}`,
      message: `The sequence ${sequence.name} went backwards in the crash: it was at ${sequence.before} before and is at ${Number.isNaN(sequence.after) ? 'nothing (gone)' : sequence.after} after the restart, so new rows can reuse ids already handed out.`,
    });
  }
  return findings;
}

function crashMetrics(prefix: string, outcome: CrashOutcome, checked: Verification): Metric[] {
  const errors = [...outcome.errorsAfterKill.values()].reduce((n, e) => n + e.count, 0);
  const metrics: Metric[] = [
    { key: `${prefix}.recovery`, unit: 'ms', kind: 'time', direction: 'lower', samples: [round(outcome.recoveryMs)], informational: true, detail: 'SIGKILL of the server → its first successful login after the restart' },
    { key: `${prefix}.commits`, unit: 'commits', kind: 'size', direction: 'higher', value: outcome.acknowledged.size, informational: true },
    { key: `${prefix}.lost-commits`, unit: 'commits', kind: 'size', direction: 'lower', value: checked.lost.length, informational: true },
    { key: `${prefix}.client-errors`, unit: 'errors', kind: 'size', direction: 'lower', value: errors, informational: true, detail: describeErrors(outcome.errorsAfterKill) },
  ];
  if (outcome.reconnectMs !== undefined) {
    metrics.push({ key: `${prefix}.first-transaction`, unit: 'ms', kind: 'time', direction: 'lower', samples: [round(outcome.reconnectMs)], informational: true, detail: 'SIGKILL of the server → the first transaction a client saw committed' });
  }
  return metrics;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

function describeErrors(errors: Map<string, { count: number; message: string }>): string {
  if (errors.size === 0) return 'none';
  return [...errors.entries()].map(([code, e]) => `${e.count}× ${code} (${e.message.split('\n')[0]})`).join(', ');
}
