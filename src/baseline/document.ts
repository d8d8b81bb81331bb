// The stored baseline document: built from a gate report, validated when read back, and
// written so that a pull request's diff of baselines/<suite>.json shows which figures moved.
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SluiceError } from '../errors.js';
import type { GateReport } from '../gate.js';
import type { BaselineDocument } from './types.js';

export const BASELINE_SCHEMA_VERSION = 1;

/** A stored baseline that cannot be read or used: names the file and the fix. Exit code 2. */
export class BaselineError extends SluiceError {
  override readonly name = 'BaselineError';
}

const metricSchema = z.object({
  key: z.string().min(1),
  unit: z.string(),
  kind: z.enum(['work', 'time', 'size', 'quality']),
  direction: z.enum(['lower', 'higher']),
  value: z.number().optional().describe('Work and size metrics: the measured value.'),
  samples: z.array(z.number()).optional().describe('Time metrics: every timed execution, rounded to the microsecond.'),
  detail: z.string().optional().describe('Words for the report (plan shape); never compared.'),
});

const findingSchema = z.object({
  check: z.string(),
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'notice']),
  message: z.string(),
  subject: z.string().optional().describe('The object the finding is about; with check and rule it tells new findings from existing ones.'),
});

export const baselineDocumentSchema = z
  .object({
    schemaVersion: z.literal(BASELINE_SCHEMA_VERSION).describe('The document format; a newer Sluice may write a higher one.'),
    suite: z.string().min(1).describe('Which configuration these figures belong to (baseline.suite, or the engine).'),
    recordedAt: z.string().describe('When the baseline was recorded (ISO 8601).'),
    commit: z.string().optional().describe('The commit the figures were measured on.'),
    ref: z.string().optional().describe('The branch or tag of that commit.'),
    engine: z.object({ name: z.string(), version: z.string() }),
    seed: z.number().describe('The data seed (data.seed).'),
    rows: z.record(z.string(), z.number()).describe('Rows seeded per table.'),
    configHash: z.string().describe('sha256 of sluice.yml parsed as YAML and written as JSON with sorted keys: comments, spacing and key order do not change it.'),
    environment: z.object({
      engine: z.string(),
      engineVersion: z.string(),
      settings: z.record(z.string(), z.string()),
      os: z.string(),
      arch: z.string(),
      cpus: z.number(),
    }),
    metrics: z.array(metricSchema).describe('Every metric, sorted by key.'),
    findings: z.array(findingSchema).describe('Findings on the recorded commit, without locations (lines move; subjects do not).'),
  })
  .describe('A Sluice stored baseline (baselines/<suite>.json).');

// The zod schema and the shared vocabulary must describe the same document.
type Parsed = z.output<typeof baselineDocumentSchema>;
const sameShape: [Parsed extends BaselineDocument ? true : false, BaselineDocument extends Parsed ? true : false] = [true, true];
void sameShape;

export const baselineJsonSchema = (): object =>
  z.toJSONSchema(baselineDocumentSchema, { io: 'input', target: 'draft-7' });

export interface DocumentOptions {
  commit?: string;
  ref?: string;
  /** The text of sluice.yml, for configHash. */
  configText: string;
  /** Overrides report.suite (the CLI passes baseline.suite or the engine name). */
  suite?: string;
  /** Defaults to now. */
  recordedAt?: string;
}

/** What a baseline keeps of a gate report. */
export type RecordedReport = Pick<GateReport, 'suite' | 'engine' | 'seed' | 'environment' | 'metrics' | 'findings'>;

export function toBaselineDocument(report: RecordedReport, options: DocumentOptions): BaselineDocument {
  const document: BaselineDocument = {
    schemaVersion: BASELINE_SCHEMA_VERSION,
    suite: options.suite ?? report.suite,
    recordedAt: options.recordedAt ?? new Date().toISOString(),
    commit: options.commit,
    ref: options.ref,
    engine: { name: report.engine.name, version: report.engine.version },
    seed: report.seed.seed,
    rows: Object.fromEntries(report.seed.tables.map((t) => [t.table, t.rows])),
    configHash: configHash(options.configText),
    environment: report.environment,
    metrics: report.metrics.map((m) => ({
      key: m.key,
      unit: m.unit,
      kind: m.kind,
      direction: m.direction,
      // Time keeps its samples (the comparison tests their distribution); the rest a value.
      ...(m.kind === 'time' ? { samples: (m.samples ?? []).map(roundToMicroseconds(m.unit)) } : { value: m.value }),
      ...(m.detail !== undefined ? { detail: m.detail } : {}),
    })),
    findings: report.findings.map((f) => ({
      check: f.check,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      ...(f.subject !== undefined ? { subject: f.subject } : {}),
    })),
  };
  return canonical(document);
}

/** Samples beyond the microsecond are noise, and they would make every diff line change. */
const roundToMicroseconds = (unit: string) => {
  const perMicrosecond = unit === 's' ? 1e6 : unit === 'ms' ? 1e3 : unit === 'µs' || unit === 'us' ? 1 : undefined;
  return (sample: number) => (perMicrosecond === undefined ? sample : Math.round(sample * perMicrosecond) / perMicrosecond);
};

/**
 * sha256 of sluice.yml's meaning rather than its bytes: the YAML is parsed and written as JSON
 * with sorted keys, so comments, spacing, quoting and key order leave the hash alone.
 * Text that is not YAML (already refused by the config loader) is hashed with spacing collapsed.
 */
export function configHash(configText: string): string {
  let normalised: string;
  try {
    normalised = JSON.stringify(sortKeys(parseYaml(configText) ?? null));
  } catch {
    normalised = configText.replace(/\s+/g, ' ').trim();
  }
  return createHash('sha256').update(normalised).digest('hex');
}

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
};

/** Fixed key order, metrics by key, findings in a stable order, tables and settings by name. */
function canonical(d: BaselineDocument): BaselineDocument {
  const byName = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const findingKey = (f: BaselineDocument['findings'][number]) => [f.check, f.rule, f.subject ?? '', f.message].join('\u0000');
  return {
    schemaVersion: d.schemaVersion,
    suite: d.suite,
    recordedAt: d.recordedAt,
    ...(d.commit !== undefined ? { commit: d.commit } : {}),
    ...(d.ref !== undefined ? { ref: d.ref } : {}),
    engine: { name: d.engine.name, version: d.engine.version },
    seed: d.seed,
    rows: byName(d.rows),
    configHash: d.configHash,
    environment: {
      engine: d.environment.engine,
      engineVersion: d.environment.engineVersion,
      settings: byName(d.environment.settings),
      os: d.environment.os,
      arch: d.environment.arch,
      cpus: d.environment.cpus,
    },
    metrics: [...d.metrics]
      .sort((a, b) => compare(a.key, b.key))
      .map((m) => ({
        key: m.key, unit: m.unit, kind: m.kind, direction: m.direction,
        ...(m.value !== undefined ? { value: m.value } : {}),
        ...(m.samples !== undefined ? { samples: m.samples } : {}),
        ...(m.detail !== undefined ? { detail: m.detail } : {}),
      })),
    findings: [...d.findings]
      .sort((a, b) => compare(findingKey(a), findingKey(b)))
      .map((f) => ({ check: f.check, rule: f.rule, severity: f.severity, ...(f.subject !== undefined ? { subject: f.subject } : {}), message: f.message })),
  };
}

/**
 * The file's text: indented JSON, except that each metric and each finding sits on one line,
 * so a pull request's diff shows one changed line per figure that moved.
 */
export function formatBaselineDocument(document: BaselineDocument): string {
  const d = canonical(document);
  const slot = (name: string) => `\u0000${name}\u0000`;
  const oneLinePerItem = (items: unknown[]) =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
  return (
    JSON.stringify({ ...d, metrics: slot('metrics'), findings: slot('findings') }, null, 2)
      .replace(JSON.stringify(slot('metrics')), () => oneLinePerItem(d.metrics))
      .replace(JSON.stringify(slot('findings')), () => oneLinePerItem(d.findings)) + '\n'
  );
}

/** Reads a baseline document; any problem is one BaselineError sentence naming `source`. */
export function parseBaselineDocument(text: string, source: string): BaselineDocument {
  const rerecord = 'record it again with `sluice baseline record`';
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${source}: invalid JSON${jsonPosition(text, (error as Error).message)}; fix the file or ${rerecord}.`);
  }
  const version = raw && typeof raw === 'object' ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && version > BASELINE_SCHEMA_VERSION) {
    throw new BaselineError(
      `${source} was written by a newer Sluice (schemaVersion ${version}); this one reads schemaVersion ${BASELINE_SCHEMA_VERSION}, so upgrade Sluice or ${rerecord}.`,
    );
  }
  const result = baselineDocumentSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length === 0 ? 'the document' : pathText(issue.path);
    const problem = /received undefined$/.test(issue.message)
      ? 'missing'
      : issue.message.replace(/\.$/, '').replace(/^\w/, (c) => c.toLowerCase());
    throw new BaselineError(`${source}: ${where}: ${problem}; fix the file or ${rerecord}.`);
  }
  return result.data;
}

const pathText = (path: readonly PropertyKey[]) =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');

/** " at line 3 column 5" from JSON.parse's "at position 42" (Node 20 gives only the offset). */
function jsonPosition(text: string, message: string): string {
  const lineColumn = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineColumn) return ` at line ${lineColumn[1]} column ${lineColumn[2]}`;
  const position = /at position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    return ` at line ${line} column ${before.length - before.lastIndexOf('\n')}`;
  }
  return text.trim() === '' ? ' (the file is empty)' : '';
}
