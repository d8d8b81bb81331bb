// The words of the baseline stage, shared by the comparison, the stores, the report and the
// GitHub comment: what a head figure is compared with, and what came of it.
import type { Finding, Metric, MetricKind } from '../vocabulary.js';

/** What the head side was compared with. */
export type ComparedWith = 'base-branch' | 'stored' | 'none';

/** One metric of the head side against the same metric of the base side or the stored baseline. */
export interface MetricComparison {
  key: string;
  unit: string;
  kind: MetricKind;
  direction: 'lower' | 'higher';
  /**
   * regression / improvement: beyond the tolerance (work, size) or significant and large
   * enough (time). unchanged: within them. added / removed: on one side only, never a
   * regression. not-gated: measured on both sides but never gated (time on PGlite, time across
   * different environments); `note` says why.
   */
  status: 'regression' | 'improvement' | 'unchanged' | 'added' | 'removed' | 'not-gated';
  /** The value, or the median of the samples. */
  base?: number;
  head?: number;
  /** head − base, and head ÷ base (undefined when base is 0). */
  delta?: number;
  ratio?: number;
  /** Time metrics: the two-sided Mann-Whitney p-value and the bootstrap interval of the median ratio head/base. */
  p?: number;
  interval?: [number, number];
  /** The tolerance this metric was held to (work and size), as a fraction: 0.05 is 5 %. */
  tolerance?: number;
  /** Plan shapes on each side (query metrics), so a reviewer sees "Index Scan … → Seq Scan …". */
  detail?: { base?: string; head?: string };
  /** A regression someone accepted on purpose (a pull-request label or gate.accept): reported as a notice. */
  accepted?: { by: string; reason: string };
  note?: string;
}

export interface Comparison {
  against: ComparedWith;
  /** Where the base figures came from, in words: "base branch main @ 1a2b3c4 (same run)", "baselines/shop.json (main @ 9f8e7d6)". */
  source?: string;
  /** The base commit, when known. */
  baseSha?: string;
  metrics: MetricComparison[];
  /** Parts of the environment fingerprint that differ (engine version, CPU count …): timing verdicts become notices. */
  environmentDiffers: string[];
  /** Why there is nothing to compare with, or anything else the reader must know first. */
  note?: string;
}

/** How metrics are compared; from sluice.yml's gate section. */
export interface CompareOptions {
  /** Default allowed growth of work and size metrics, as a fraction (gate.work-tolerance). */
  workTolerance: number;
  /** Per-metric tolerances (fractions) by exact key or a glob with * (gate.tolerances). */
  tolerances: Record<string, number>;
  time: {
    /** Smallest slowdown that counts, as a fraction: 0.1 is 10 % (gate.time.min-effect). */
    minEffect: number;
    /** Significance level of the Mann-Whitney test (gate.time.p). */
    p: number;
    /** False on PGlite or across different environments: time is compared and shown but never gated. */
    gate: boolean;
    /** Why time is not gated, for the note on each time metric. */
    reason?: string;
  };
  /** Seeds the bootstrap, so the same samples give the same interval on every run. */
  seed: number;
}

/** Where a finding stands against the base: new in this pull request, or already there. */
export type FindingOrigin = 'new' | 'existing';

/** The environment that produced a set of figures; figures from different ones compare poorly. */
export interface EnvironmentFingerprint {
  engine: string;
  engineVersion: string;
  /** Server settings that change plans or work counts (work_mem, random_page_cost, …). */
  settings: Record<string, string>;
  os: string;
  arch: string;
  cpus: number;
}

/**
 * A stored baseline (baselines/<suite>.json, or the Actions cache): versioned, documented by
 * sluice-baseline.schema.json. Everything a later run needs to compare with it.
 */
export interface BaselineDocument {
  schemaVersion: 1;
  suite: string;
  recordedAt: string;
  commit?: string;
  ref?: string;
  engine: { name: string; version: string };
  seed: number;
  rows: Record<string, number>;
  /** sha256 of the normalised sluice.yml: a different config compares with care. */
  configHash: string;
  environment: EnvironmentFingerprint;
  /** Time metrics keep their samples; work and size metrics their value. */
  metrics: Pick<Metric, 'key' | 'unit' | 'kind' | 'direction' | 'value' | 'samples' | 'detail'>[];
  /** Findings on the recorded commit, so a later run can tell new ones from existing ones. */
  findings: Pick<Finding, 'check' | 'rule' | 'severity' | 'message' | 'subject'>[];
}
