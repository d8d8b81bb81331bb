// The file store: baselines/<suite>.json in the repository, reviewed like code in pull requests.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BaselineError, formatBaselineDocument, parseBaselineDocument } from '../document.js';
import type { BaselineDocument } from '../types.js';
import type { BaselineStore, StoreContext, StoredBaseline } from './store.js';

export const BASELINE_DIR = 'baselines';

/** The file a suite's baseline lives in, as the user would write it (relative to the working directory). */
export const baselineFileOf = (suite: string, context: Pick<StoreContext, 'file'> = {}): string =>
  context.file ?? path.join(BASELINE_DIR, `${suite}.json`);

/** Reads and validates a baseline file; undefined when it does not exist. */
export async function readBaselineFile(file: string, cwd = process.cwd()): Promise<StoredBaseline | undefined> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    const why = code === 'EISDIR' ? 'is a directory, not a file' : `cannot be read (${code ?? String(error)})`;
    throw new BaselineError(`${file}: ${why}; give the path of a baseline JSON file.`);
  }
  return { document: parseBaselineDocument(text, file), source: file };
}

export const fileStore: BaselineStore = {
  name: 'file',

  async load(suite, context) {
    return readBaselineFile(baselineFileOf(suite, context), context.cwd);
  },

  async save(document: BaselineDocument, context) {
    const file = baselineFileOf(document.suite, context);
    const absolute = path.resolve(context.cwd ?? process.cwd(), file);
    try {
      await mkdir(path.dirname(absolute), { recursive: true });
      // Written beside and renamed, so an interrupted run never leaves half a baseline.
      const partial = `${absolute}.${process.pid}.tmp`;
      await writeFile(partial, formatBaselineDocument(document));
      await rename(partial, absolute);
    } catch (error) {
      return { warning: `${file}: the baseline cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)}); make the folder writable or give another file.` };
    }
    return { where: file };
  },
};
