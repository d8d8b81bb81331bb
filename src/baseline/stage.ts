// The baseline stage: what the head's figures and findings are compared with — the base branch
// built in this run, else the stored baseline — and what came of it: metric statuses (with
// accepted regressions) and findings marked new or existing.
import { fractionOf, type SluiceConfig } from '../config/schema/index.js';
import type { ServerInfo } from '../engines/engine.js';
import type { Finding, Metric } from '../vocabulary.js';
import { compareMetrics } from './compare.js';
import { fingerprintDifferences } from './environment.js';
import { applyAcceptances, markOrigins } from './findings.js';
import { loadStoredBaseline } from './stores/index.js';
import type { BaselineDocument, ComparedWith, Comparison, EnvironmentFingerprint } from './types.js';

/** The base branch's figures from this run. */
export interface SameRunBase {
  metrics: Metric[];
  findings: Finding[];
  /** In words, for the report: "the base branch (main, 1a2b3c4) built in this run". */
  source: string;
  sha: string;
}

export interface BaselineStageInput {
  config: SluiceConfig;
  server: ServerInfo;
  suite: string;
  head: { metrics: Metric[]; findings: Finding[]; environment: EnvironmentFingerprint };
  compare: ComparedWith;
  base?: SameRunBase;
  /** Why the base branch could not be built, when it could not. */
  baseNote?: string;
  /** A baseline given explicitly (--baseline FILE). */
  given?: BaselineDocument;
  labels: string[];
  labelAuthors?: Record<string, string>;
  log: (line: string) => void;
}

export async function compareWithBaseline(input: BaselineStageInput): Promise<{ comparison: Comparison; findings: Finding[] }> {
  const { config, head, baseNote } = input;
  let comparison: Comparison = { against: 'none', metrics: [], environmentDiffers: [] };
  let against: { metrics: Metric[]; findings: Pick<Finding, 'check' | 'rule' | 'subject' | 'message'>[]; environment: EnvironmentFingerprint } | undefined;

  if (input.base) {
    against = { metrics: input.base.metrics, findings: input.base.findings, environment: head.environment };
    comparison = { against: 'base-branch', source: input.base.source, baseSha: input.base.sha, metrics: [], environmentDiffers: [] };
  } else if (input.compare !== 'none') {
    const loaded = input.given
      ? { baseline: { document: input.given, source: 'the baseline given with --baseline' }, notes: [] }
      : await loadStoredBaseline({ store: config.baseline.store, suite: input.suite, engine: input.server.name, ...(config.baseline.file ? { file: config.baseline.file } : {}) });
    const stored = loaded.baseline;
    if (stored) {
      against = { metrics: stored.document.metrics, findings: stored.document.findings, environment: stored.document.environment };
      comparison = { against: 'stored', source: stored.source, ...(stored.document.commit ? { baseSha: stored.document.commit } : {}), metrics: [], environmentDiffers: [] };
    } else {
      // The stores' own notes (no cache service outside Actions …) go to the log; the report says what matters.
      const missing = loaded.notes.at(-1) ?? 'there is no stored baseline';
      comparison.note = `${baseNote ? `${baseNote} ` : ''}Nothing to compare with: ${missing.replace(/\.$/, '')}. Gated on absolute expectations only.`;
    }
    for (const note of loaded.notes) input.log(`baseline: ${note}`);
  }
  if (baseNote && against) comparison.note = `${baseNote} Compared with ${comparison.source} instead.`;
  if (!against) return { comparison, findings: head.findings };

  comparison.environmentDiffers = fingerprintDifferences(against.environment, head.environment);
  const timeReason =
    input.server.name === 'pglite'
      ? 'PGlite has no real concurrency: its timings are shown, never gated'
      : comparison.environmentDiffers.length
        ? 'the base was measured in a different environment: timings are shown, never gated'
        : undefined;
  comparison.metrics = applyAcceptances(
    compareMetrics(against.metrics, head.metrics, {
      workTolerance: fractionOf(config.gate['work-tolerance']),
      tolerances: Object.fromEntries(Object.entries(config.gate.tolerances).map(([key, value]) => [key, fractionOf(value)])),
      time: { minEffect: fractionOf(config.gate.time['min-effect']), p: config.gate.time.p, gate: timeReason === undefined, ...(timeReason ? { reason: timeReason } : {}) },
      seed: config.data.seed,
    }),
    { accept: config.gate.accept, labels: input.labels, acceptLabel: config.gate['accept-label'], labelAuthor: input.labelAuthors?.[config.gate['accept-label'].toLowerCase()] },
  );
  return { comparison, findings: markOrigins(head.findings, against.findings as Finding[]) };
}
