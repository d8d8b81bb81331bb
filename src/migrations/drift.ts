// Drift and ordering: what the pull request did to migrations the base branch already has.
// Production ran the base branch's migrations as they were; editing or deleting one changes
// nothing there (or breaks the tool's checksum check), and a new migration numbered before the
// latest merged one is skipped or run out of order, depending on the tool. Compared with the
// base branch's files themselves: no checksum file is needed.
import path from 'node:path';
import type { Finding } from '../vocabulary.js';
import { relative, type MigrationFile } from './formats/index.js';

export interface DriftInput {
  /** The base branch's migrations, in the order the tool applies them. */
  base: MigrationFile[];
  /** The pull request's migrations, in the order the tool applies them. */
  head: MigrationFile[];
  /**
   * The migrations folders of the two checkouts: a migration is the same one when its path
   * inside the folder is the same. Without them, the migration's `name` is its identity.
   */
  baseDir?: string;
  headDir?: string;
}

const HELP_CHANGED = 'Restore the merged migration as it was and put the change in a new migration.';

export function detectDrift(input: DriftInput): Finding[] {
  const identify = (dir: string | undefined) => (m: MigrationFile) => (dir ? path.relative(dir, m.file).split(path.sep).join('/') : m.name);
  const base = new Map(input.base.map((m) => [identify(input.baseDir)(m), m]));
  const head = new Map(input.head.map((m) => [identify(input.headDir)(m), m]));
  const findings: Finding[] = [];

  for (const [id, merged] of base) {
    const now = head.get(id);
    if (now) {
      const change = firstDifference(merged.sql, now.sql);
      if (change === undefined) continue;
      const only = sameWords(merged.sql, now.sql) ? ' Only whitespace changed, but tools that keep checksums (Flyway, sqitch) will refuse to migrate.' : '';
      findings.push({
        check: 'migrations', rule: 'migration-changed', severity: 'error', subject: `migration ${id}`,
        location: { file: relative(now.file), line: change },
        message: `${id} was changed after it was merged; production already ran the old version, so the change will never reach it.${only} Add a new migration instead.`,
        help: HELP_CHANGED,
      });
      continue;
    }
    // A deleted migration whose text reappears under another name was renamed: the tool runs it again.
    const renamed = [...head].find(([other, m]) => !base.has(other) && firstDifference(merged.sql, m.sql) === undefined);
    findings.push({
      check: 'migrations', rule: 'migration-deleted', severity: 'error', subject: `migration ${id}`,
      ...(renamed ? { location: { file: relative(renamed[1].file), line: 1 } } : {}),
      message: renamed
        ? `${id} was renamed to ${renamed[0]} after it was merged; production recorded it under its old name, so the tool will run it a second time.`
        : `${id} was deleted after it was merged; production already ran it, and a fresh database built from this branch will not match production.`,
      help: renamed ? 'Keep the merged file name.' : 'Restore the migration; to undo what it did, add a new migration.',
    });
  }

  // Out of order: a new migration placed (by the tool's own ordering) before the latest merged one.
  const ids = [...head.keys()];
  const lastMerged = ids.reduce((last, id, i) => (base.has(id) ? i : last), -1);
  for (const [position, id] of ids.entries()) {
    if (base.has(id) || position > lastMerged) continue;
    const latest = ids[lastMerged]!;
    findings.push({
      check: 'migrations', rule: 'migration-out-of-order', severity: 'warning', subject: `migration ${id}`,
      location: { file: relative(head.get(id)!.file), line: 1 },
      message: `${id} is new but sorts before ${latest}, which is already merged; production has run ${latest}, so depending on the tool it will skip ${id} or run it out of order.`,
      help: `Renumber it to sort after ${latest} (and after any migration merged in the meantime).`,
    });
  }
  return findings;
}

/**
 * The first line (1-based) where the two texts differ, undefined when they are the same.
 * Line endings are normalised (CRLF and LF), nothing else: a checkout's line-ending setting is
 * not a change, but every other byte is one to the tools that keep checksums (Flyway, sqitch).
 */
export function firstDifference(merged: string, now: string): number | undefined {
  const [a, b] = [merged, now].map((text) => text.replace(/\r\n?/g, '\n').split('\n'));
  if (a!.join('\n') === b!.join('\n')) return undefined;
  const line = a!.findIndex((text, i) => text !== b![i]);
  return (line < 0 ? a!.length : line) + 1;
}

const sameWords = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
