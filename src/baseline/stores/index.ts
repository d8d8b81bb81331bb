// Baseline stores: where recorded baselines are kept (a file in the repo, or the Actions cache)
// and the choice between them. Nothing here fails a job: an unavailable store is a note.
import { SluiceError } from '../../errors.js';
import { cacheStore } from './cache.js';
import { fileStore } from './file.js';
import type { BaselineStore, StoreContext, StoreName, StoredBaseline } from './store.js';

export { cacheStore, cacheKeyPrefix } from './cache.js';
export { BASELINE_DIR, baselineFileOf, fileStore, readBaselineFile } from './file.js';
export type { BaselineStore, StoreContext, StoreName, StoredBaseline } from './store.js';

export const STORES: Record<StoreName, BaselineStore> = { file: fileStore, cache: cacheStore };

export interface LoadStoredBaselineOptions extends StoreContext {
  /** The configured store (baseline.store); the other is tried when it has nothing. */
  store: StoreName;
  suite: string;
  /** Stand-ins for the real stores (tests). */
  stores?: Record<StoreName, BaselineStore>;
}

export interface LoadedBaseline {
  baseline?: StoredBaseline;
  /** What the reader should know: a store that was unavailable, a fallback, a file that could not be read. */
  notes: string[];
}

/**
 * The configured store first, then the other, so a repository moving between stores (or a run
 * outside Actions with store: cache) still finds a baseline. Never throws for a store's problem.
 */
export async function loadStoredBaseline(options: LoadStoredBaselineOptions): Promise<LoadedBaseline> {
  const stores = options.stores ?? STORES;
  const order: StoreName[] = options.store === 'cache' ? ['cache', 'file'] : ['file', 'cache'];
  const notes: string[] = [];
  for (const [i, name] of order.entries()) {
    const outcome = await stores[name].load(options.suite, options).catch((error: unknown) => {
      if (error instanceof SluiceError) return { warning: error.message, broken: true };
      return { warning: `the ${describe(name)} could not be read (${(error as Error).message ?? String(error)})`, broken: true };
    });
    if (outcome && 'document' in outcome) {
      if (i > 0) notes.push(`no baseline in the ${describe(order[0]!)}; used ${outcome.source} instead.`);
      return { baseline: outcome, notes };
    }
    // The configured store's problems are worth a note; the fallback's absence (no cache
    // service outside Actions) is not, only a baseline there that cannot be read.
    if (outcome && (i === 0 || 'broken' in outcome)) notes.push(outcome.warning);
  }
  notes.push(`no stored baseline for suite '${options.suite}'; record one with \`sluice baseline record\` (or on the default branch with the Action).`);
  return { notes };
}

const describe = (name: StoreName) => (name === 'file' ? 'baseline file' : 'Actions cache');
