// checks.backup: the backup and restore round trip. The seeded head database is dumped with
// the engine's own tool, restored into a fresh scratch database and proved equal to it (schema,
// rows, sequences, vectors); declared restore-checks run on the copy; with the base branch in
// the run, the head's data is restored into the base's schema version too, and the outcome
// must be the one the team expects. Dump time, restore time and dump size are metrics. The dump
// files and the restored databases never outlive the run (cleanup registry, also on signals).
import type { BackupConfig } from '../../config/schema/backup.js';
import type { Engine, Server } from '../../engines/engine.js';
import { applyMigrations } from '../../migrations/apply.js';
import type { MigrationFile } from '../../migrations/formats/index.js';
import type { CheckResult, Finding, Location } from '../../vocabulary.js';
import { compareDatabases, type Difference } from './compare.js';
import { dumpDatabase, restoreDatabase, type DumpContext, type ToolFailure } from './dump.js';
import { scratchFolder } from './tool.js';

export interface BackupOptions {
  server: Server;
  /** The seeded head scratch database. */
  head: Engine;
  config: BackupConfig | undefined;
  /** Where a key under checks.backup is in sluice.yml. */
  locate: (key: readonly (string | number)[]) => Location;
  /** The base branch's migrations, when the base was built in this run; `command` when its tool applies them. */
  previous?: { files: MigrationFile[]; command: boolean };
  /** gate.statement-timeout, for the statements run on the restored copies. */
  statementTimeoutMs: number;
  log?: (line: string) => void;
}

// Sentences quoted in one finding.
const MAX_SENTENCES = 8;

const HELP: Record<Difference['part'], string> = {
  schema:
    'A backup made this way does not bring this back. mariadb-dump/mysqldump leave out stored procedures and functions unless given --routines, and events unless given --events; pg_dump leaves out roles and database settings. Add the option to checks.backup.options and to your backup job, or keep the object out of the database.',
  rows: 'The dump left rows out: check the options that skip data (pg_dump --no-unlogged-table-data, --exclude-table-data; mysqldump --ignore-table, --where) in checks.backup.options and your backup job.',
  sequence: 'After such a restore new rows would reuse or skip keys: make the dump carry the sequence positions (pg_dump dumps them with the sequence; mysqldump writes AUTO_INCREMENT unless --skip-auto-increment / --compact options drop it).',
  vector: 'Store vectors in a type the dump writes exactly (pgvector vector/halfvec, a binary column), not in a text form that rounds the components.',
};

export async function runBackupCheck(options: BackupOptions): Promise<CheckResult> {
  const { server, head, config, locate } = options;
  const result: CheckResult = { findings: [], metrics: [] };
  if (!config) return result;
  const location = locate(['checks', 'backup']);
  const setting = `${location.file}${location.line ? `:${location.line}` : ''} checks.backup`;
  const dumpOptions = Array.isArray(config.options) ? config.options : config.options[head.dialect] ?? [];
  const finding = (rule: string, severity: Finding['severity'], subject: string, message: string, extra: Partial<Finding> = {}): Finding =>
    ({ check: 'backup', rule, severity, subject, location, message, ...extra });

  const folder = await scratchFolder();
  try {
    const context: DumpContext = { dir: folder.dir, options: dumpOptions, setting };
    options.log?.(`backup: dumping ${head.database} and restoring it into a fresh scratch database`);
    const dump = await dumpDatabase(head, 'full', context);
    if ('failed' in dump) {
      result.findings.push(finding('dump-failed', 'error', 'backup dump', `${dump.tool} could not dump the seeded database: ${dump.failed}.`, { help: 'Fix what the tool says (an option in checks.backup.options, an object it cannot read), so the team\'s backups work.' }));
      return result;
    }
    result.metrics.push(
      { key: 'backup.dump-bytes', unit: 'bytes', kind: 'size', direction: 'lower', value: dump.bytes, informational: true, detail: dump.tool },
      { key: 'backup.dump-ms', unit: 'ms', kind: 'time', direction: 'lower', value: dump.ms, samples: [dump.ms], informational: true },
    );

    const restored = await server.createScratch('restored');
    await restored.setStatementTimeout(options.statementTimeoutMs);
    const restore = await restoreDatabase(restored, dump, context);
    if ('failed' in restore) {
      result.findings.push(finding('restore-failed', 'error', 'backup restore', `The dump ${dump.tool} made does not restore into an empty database: ${restore.tool} failed with ${restore.failed}.`, {
        help: 'A backup that cannot be restored is no backup: fix the object the restore stops at (or the dump options that left out what it needs).',
      }));
      return result;
    }
    result.metrics.push({ key: 'backup.restore-ms', unit: 'ms', kind: 'time', direction: 'lower', value: restore.ms, samples: [restore.ms], informational: true });

    const equality = await compareDatabases(head, restored);
    for (const part of ['schema', 'rows', 'sequence', 'vector'] as const) {
      const found = equality.differences.filter((d) => d.part === part);
      if (found.length === 0) continue;
      const quoted = found.slice(0, MAX_SENTENCES).map((d) => d.sentence).join('; ');
      const more = found.length > MAX_SENTENCES ? `; and ${found.length - MAX_SENTENCES} more` : '';
      result.findings.push(finding('restore-differs', 'error', `backup ${part}`, `The restored copy differs from the database ${dump.tool} dumped: ${quoted}${more}.`, { help: HELP[part] }));
    }
    if (equality.differences.length === 0) {
      const { objects, tables, rows, sequences, vectorColumns } = equality.compared;
      result.findings.push(finding('backup-round-trip', 'notice', 'backup round trip',
        `The ${kib(dump.bytes)} dump (${dump.tool}, ${Math.round(dump.ms)} ms) restored in ${Math.round(restore.ms)} ms into an equal database: ${count(objects, 'schema object')}, ${count(tables, 'table')} with ${count(rows, 'row')}, ${count(sequences, 'sequence position')}${vectorColumns ? `, ${count(vectorColumns, 'vector column')} bit for bit` : ''}.`));
    }
    result.findings.push(...(await restoreChecks(restored, config, locate)));

    const expected = config.expect['restore-into-previous'];
    if (expected) result.findings.push(...(await intoPrevious(options, context, expected, finding)));
    return result;
  } finally {
    await folder.remove();
  }
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const kib = (bytes: number) => (bytes < 10_240 ? `${bytes}-byte` : `${Math.round(bytes / 1024)} KiB`);

/** Each declared restore-check on the restored copy: one row whose first value is true. */
async function restoreChecks(restored: Engine, config: BackupConfig, locate: BackupOptions['locate']): Promise<Finding[]> {
  const declared = config['restore-check'];
  const checks = declared === undefined ? [] : (typeof declared === 'string' ? [declared] : declared).map((c) => (typeof c === 'string' ? { sql: c } : c));
  const findings: Finding[] = [];
  for (const [index, check] of checks.entries()) {
    const location = locate(typeof declared === 'string' ? ['checks', 'backup', 'restore-check'] : ['checks', 'backup', 'restore-check', index]);
    const name = check.name ?? check.sql.replace(/\s+/g, ' ').trim().slice(0, 60);
    const base = { check: 'backup', severity: 'error' as const, location, subject: `restore check ${name}` };
    try {
      const [row] = await restored.query<Record<string, unknown>>(check.sql);
      const value = row ? Object.values(row)[0] : undefined;
      if (value === true || value === 1 || value === '1' || value === 't') continue;
      findings.push({ ...base, rule: 'restore-check-failed', message: `Restore check "${name}" is not true on the restored copy (it returned ${row ? String(value) : 'no row'}).` });
    } catch (error) {
      const e = restored.describeError(error);
      findings.push({ ...base, rule: 'restore-check-error', message: `Restore check "${name}" could not run on the restored copy: ${e.message} (${e.code}); fix it in checks.backup.restore-check.` });
    }
  }
  return findings;
}

/**
 * The head's rows restored into a database the base branch's migrations built (a rollback of
 * the application after the pull request's data was backed up): must fail or succeed as stated.
 */
async function intoPrevious(
  options: BackupOptions,
  context: DumpContext,
  expected: 'fail' | 'ok',
  finding: (rule: string, severity: Finding['severity'], subject: string, message: string, extra?: Partial<Finding>) => Finding,
): Promise<Finding[]> {
  const subject = 'backup restore into previous';
  const located = { location: options.locate(['checks', 'backup', 'expect', 'restore-into-previous']) };
  const { previous } = options;
  if (!previous || previous.command) {
    const why = previous ? 'the base branch\'s migrations run through migrations.command, which Sluice cannot replay on another database' : 'the base branch was not built in this run (it is, on a pull request or with --base)';
    return [finding('restore-into-previous-not-run', 'notice', subject, `checks.backup.expect.restore-into-previous was not tried: ${why}.`, located)];
  }
  const dump = await dumpDatabase(options.head, 'data', context);
  if ('failed' in dump) return [finding('dump-failed', 'error', 'backup data dump', `${dump.tool} could not dump the seeded database's rows: ${dump.failed}.`, located)];
  const target = await options.server.createScratch('previous');
  const applied = await applyMigrations(target, previous.files);
  const broken = applied.find((m) => m.status !== 'applied');
  if (broken) {
    return [finding('restore-into-previous-not-run', 'notice', subject, `checks.backup.expect.restore-into-previous was not tried: the base branch's migration ${broken.name} did not apply on a fresh database (${broken.error?.message ?? broken.status}).`, located)];
  }
  await target.setStatementTimeout(options.statementTimeoutMs);
  const restore: { ms: number } | ToolFailure = await restoreDatabase(target, dump, context);
  const outcome = 'failed' in restore ? 'fail' : 'ok';
  if (outcome === expected) return [];
  return [
    'failed' in restore
      ? finding('restore-into-previous', 'error', subject, `The head's data does not restore into the base branch's schema (${restore.tool}: ${restore.failed}), but checks.backup.expect.restore-into-previous says ok.`, {
          ...located, help: 'Keep the change backward compatible for one release (add columns nullable or with a default, drop nothing yet), or set restore-into-previous: fail if a rollback after this deploy is not meant to restore the new data.',
        })
      : finding('restore-into-previous', 'error', subject, `The head's data restores into the base branch's schema, but checks.backup.expect.restore-into-previous says fail.`, {
          ...located, help: 'The change is backward compatible for a restore: set restore-into-previous: ok.',
        }),
  ];
}
