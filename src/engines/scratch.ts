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

type Cleanup = () => Promise<void>;
const pending = new Set<Cleanup>();

/** Registers a cleanup to run at the end of the run, on failure, or on a signal; returns its remover. */
export function onCleanup(cleanup: Cleanup): () => void {
  pending.add(cleanup);
  return () => pending.delete(cleanup);
}

/** Runs every registered cleanup once, newest first; a failing cleanup does not stop the others. */
export async function cleanupAll(): Promise<string[]> {
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
