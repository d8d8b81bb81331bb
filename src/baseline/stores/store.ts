// What every baseline store offers: load the latest document of a suite, save a new one.
import type { BaselineDocument } from '../types.js';

export type StoreName = 'file' | 'cache';

export interface StoreContext {
  /** The engine's name (pglite, postgresql, …): cache keys carry it, as figures differ per engine. */
  engine: string;
  /** Where baselines/ resolves from; default the working directory. */
  cwd?: string;
  /** The file store's path instead of baselines/<suite>.json (baseline.file, --out). */
  file?: string;
}

export interface StoredBaseline {
  document: BaselineDocument;
  /** In words, for the report: "baselines/pglite.json", "the Actions cache (sluice-pglite-pglite-1a2b3c4)". */
  source: string;
}

/**
 * `load`: undefined when there is no baseline yet (not an error); `{ warning }` when the store
 * itself is unavailable. A document that exists but cannot be read throws a BaselineError.
 * `save` never throws for an unavailable store: it returns a warning sentence instead.
 */
export interface BaselineStore {
  readonly name: StoreName;
  load(suite: string, context: StoreContext): Promise<StoredBaseline | { warning: string } | undefined>;
  save(document: BaselineDocument, context: StoreContext): Promise<{ where: string } | { warning: string }>;
}
