// The Actions cache store: one immutable entry per recorded commit, restored by key prefix.
// Cache keys cannot be overwritten, so a fixed key would freeze the first baseline forever;
// `sluice-<suite>-<engine>-<sha>` is new on every commit and the prefix finds the newest.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formatBaselineDocument, parseBaselineDocument } from '../document.js';
import type { BaselineDocument } from '../types.js';
import type { BaselineStore } from './store.js';

/** The environment the cache store depends on, read here and nowhere else. */
function cacheEnvironment() {
  return {
    // v1 of the cache service is reached at ACTIONS_CACHE_URL, v2 at ACTIONS_RESULTS_URL; outside Actions neither is set.
    serviceUrl: process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL || undefined,
    tempDir: process.env.RUNNER_TEMP || os.tmpdir(),
  };
}

const NOT_IN_ACTIONS = 'the Actions cache service is not available here (no ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL: not running in GitHub Actions)';

export const cacheKeyPrefix = (suite: string, engine: string) => `sluice-${suite}-${engine}-`;

/**
 * The cache service files entries under their paths as well as their keys, so saving and
 * restoring must name the same file: one per suite under RUNNER_TEMP.
 */
/** Loaded when first used: the cache client (and the Azure SDK under it) is large, and most runs never need it. */
const cacheClient = () => import('@actions/cache');

const cachedFileOf = (tempDir: string, suite: string) => path.join(tempDir, 'sluice-baseline', `${suite}.json`);

export const cacheStore: BaselineStore = {
  name: 'cache',

  async load(suite, context) {
    const { serviceUrl, tempDir } = cacheEnvironment();
    if (!serviceUrl) return { warning: `${NOT_IN_ACTIONS}; no baseline was restored from it.` };
    const file = cachedFileOf(tempDir, suite);
    const prefix = cacheKeyPrefix(suite, context.engine);
    let key: string | undefined;
    try {
      await rm(file, { force: true });
      await mkdir(path.dirname(file), { recursive: true });
      // Prefix matching returns the newest entry the branch may read (its own, then the default branch's).
      key = await (await cacheClient()).restoreCache([file], prefix, [prefix]);
    } catch (error) {
      return { warning: `the Actions cache could not be read (${(error as Error).message}); no baseline was restored from it.` };
    }
    if (key === undefined) return undefined;
    const source = `the Actions cache (${key})`;
    return { document: parseBaselineDocument(await readFile(file, 'utf8'), source), source };
  },

  async save(document: BaselineDocument, context) {
    const { serviceUrl, tempDir } = cacheEnvironment();
    if (!serviceUrl) return { warning: `${NOT_IN_ACTIONS}; the baseline was not saved to it.` };
    // Without a commit the time of recording keeps the key unique.
    const stamp = document.commit ?? document.recordedAt.replace(/\D/g, '');
    const key = `${cacheKeyPrefix(document.suite, context.engine)}${stamp}`;
    const file = cachedFileOf(tempDir, document.suite);
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, formatBaselineDocument(document));
      // -1: the service refused (the key exists, a read-only token …); the library has logged why.
      const id = await (await cacheClient()).saveCache([file], key);
      if (id === -1) return { warning: `the Actions cache did not accept the baseline under ${key} (see the warning above); it was not saved.` };
    } catch (error) {
      return { warning: `the baseline could not be saved to the Actions cache under ${key} (${(error as Error).message}).` };
    }
    return { where: `the Actions cache (${key})` };
  },
};
