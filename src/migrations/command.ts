// migrations.command: the project's own migration tool (npx prisma migrate deploy, npx knex
// migrate:latest, flyway migrate, alembic upgrade head …) run instead of Sluice's apply. It runs
// in a shell in sluice.yml's folder with DATABASE_URL and SLUICE_DATABASE_URL pointing at the
// scratch database as the per-run role, so it is confined like Sluice's own statements.
import { spawn } from 'node:child_process';
import type { Engine } from '../engines/engine.js';
import { onCleanup } from '../engines/scratch.js';
import { redactSecrets } from '../secrets.js';
import type { Location } from '../vocabulary.js';
import type { AppliedMigration } from './apply.js';

export interface MigrationCommand {
  /** The shell command as written in sluice.yml. */
  run: string;
  /** sluice.yml's folder: where the tool finds its own config. */
  cwd: string;
  /** Where the command is set, for the finding (sluice.yml:line). */
  location: Location;
}

/**
 * The command's deadline: three statement timeouts, at least a minute. A tool runs many
 * statements and has a start-up of its own (npx, a JVM), so one statement's deadline would
 * kill slow starts; three bound a hung tool well inside a CI job's own limit.
 */
export const commandDeadlineMs = (statementTimeoutMs: number): number => Math.max(3 * statementTimeoutMs, 60_000);

/** How many lines of the tool's output a failure shows. */
const OUTPUT_LINES = 20;
/** How much output is kept while it runs (the end is what matters). */
const OUTPUT_KEEP = 64 * 1024;
/** How long a tool gets to stop after SIGTERM before SIGKILL. */
const KILL_GRACE_MS = 5_000;

export interface CommandRun {
  /** One entry for the whole run, named after the command; `error.code` is `exit N`, a signal or `timeout`. */
  migration: AppliedMigration;
  /** The last lines of its output (stdout and stderr as they came), secrets masked. */
  lastLines: string[];
}

export async function runMigrationCommand(engine: Engine, command: MigrationCommand, deadlineMs: number): Promise<CommandRun> {
  const migration: AppliedMigration = { name: command.run, file: command.location.file, status: 'not-run', statements: 0, ms: 0 };
  const started = performance.now();
  const scratch = await engine.connectionUrl();
  let output = '';
  let outcome: { code: number | null; signal: NodeJS.Signals | null; timedOut: boolean; spawnError?: Error };
  try {
    outcome = await new Promise((resolve) => {
      const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: scratch.url, SLUICE_DATABASE_URL: scratch.url };
      // The Action's inputs (the server URL, the GitHub token) are not the tool's business.
      for (const name of Object.keys(env)) if (name.startsWith('INPUT_')) delete env[name];
      // Its own process group, so the deadline and a signal stop npx and what it started too.
      const child = spawn(command.run, { shell: true, cwd: command.cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEEP));
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      const stop = (signal: NodeJS.Signals) => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, signal);
        } catch {
          // already gone
        }
      };
      const removeCleanup = onCleanup(async () => stop('SIGKILL'));
      let timedOut = false;
      let killer: NodeJS.Timeout | undefined;
      const deadline = setTimeout(() => {
        timedOut = true;
        stop('SIGTERM');
        killer = setTimeout(() => stop('SIGKILL'), KILL_GRACE_MS);
      }, deadlineMs);
      const done = (result: Omit<typeof outcome, 'timedOut'>) => {
        clearTimeout(deadline);
        clearTimeout(killer);
        removeCleanup();
        resolve({ ...result, timedOut });
      };
      child.once('error', (spawnError) => done({ code: null, signal: null, spawnError }));
      child.once('close', (code, signal) => done({ code, signal }));
    });
  } finally {
    await scratch.close();
  }
  migration.ms = performance.now() - started;
  const lastLines = redactSecrets(output).split(/\r?\n/).map((l) => l.trimEnd()).filter(Boolean).slice(-OUTPUT_LINES);
  if (outcome.code === 0 && !outcome.timedOut) {
    migration.status = 'applied';
    return { migration, lastLines };
  }
  migration.status = 'failed';
  const line = command.location.line ?? 1;
  if (outcome.timedOut) {
    migration.error = { line, code: 'timeout', kind: 'timeout', message: `did not finish within ${Math.round(deadlineMs / 1000)} s (three times migrations.statement-timeout, at least a minute) and was stopped` };
  } else if (outcome.spawnError) {
    migration.error = { line, code: 'spawn', kind: 'other', message: `could not be started: ${redactSecrets(outcome.spawnError.message)}` };
  } else {
    const code = outcome.code === null ? String(outcome.signal) : `exit ${outcome.code}`;
    migration.error = { line, code, kind: 'other', message: outcome.code === null ? `was stopped by ${outcome.signal}` : `exited with code ${outcome.code}` };
  }
  return { migration, lastLines };
}
