// Scratch databases: names unique to this run, and one place that remembers what must be
// dropped or stopped, so cleanup also happens on SIGINT/SIGTERM and on failure.
import { randomBytes } from 'node:crypto';

/** All scratch databases start with this prefix; Sluice never writes to a database without it. */
export const SCRATCH_PREFIX = 'sluice_';

const runId = randomBytes(4).toString('hex');

/** e.g. sluice_1a2b3c4d_head — lower case, safe unquoted on every engine. */
export function scratchName(label: string): string {
  const safe = label.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 20);
  return `${SCRATCH_PREFIX}${runId}_${safe}`;
}

/** Guards every destructive statement: refuses to touch a database this run did not name. */
export function assertScratch(database: string): void {
  if (!database.startsWith(`${SCRATCH_PREFIX}${runId}_`)) {
    throw new Error(`refusing to touch database '${database}': Sluice only writes into scratch databases it created`);
  }
}

/** The per-run login role (PostgreSQL) or user (MySQL) that runs the project's SQL. */
export function runRoleName(): string {
  return `${SCRATCH_PREFIX}${runId}`;
}

/** Used only for the per-run role's password: never printed (see secrets.ts). */
export function randomPassword(): string {
  return randomBytes(18).toString('base64url');
}

type Cleanup = () => Promise<void>;
const pending = new Set<Cleanup>();
let stopping = false;

/** Thrown instead of creating anything once the run is being torn down (a signal arrived). */
export class RunStoppingError extends Error {
  constructor() {
    super('the run is stopping; nothing new is created');
  }
}

/**
 * Registers a cleanup to run at the end of the run, on failure, or on a signal; returns its
 * remover. Call it BEFORE creating the thing it removes (its removal must be idempotent), so a
 * signal that arrives while the create is in flight still removes it. Once cleanup has begun
 * it refuses, so nothing is created that the cleanup would miss.
 */
export function onCleanup(cleanup: Cleanup): () => void {
  if (stopping) throw new RunStoppingError();
  pending.add(cleanup);
  return () => pending.delete(cleanup);
}

/** True once a signal arrived: what fails after it fails because the run is being torn down. */
export const runIsStopping = (): boolean => stopping;

/** Called before each create whose removal is not registered of its own: refuses once a signal arrived. */
export function assertRunning(): void {
  if (stopping) throw new RunStoppingError();
}

/**
 * Runs every registered cleanup once, newest first; a failing cleanup does not stop the others.
 * `final` (a signal arrived) also refuses every later registration: the run is going away.
 */
export async function cleanupAll(options: { final?: boolean } = {}): Promise<string[]> {
  if (options.final) stopping = true;
  const problems: string[] = [];
  for (const cleanup of [...pending].reverse()) {
    pending.delete(cleanup);
    try {
      await cleanup();
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return problems;
}
