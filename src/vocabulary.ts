// The words every stage shares: a check reports Findings and Metrics, never throws for a
// database behaviour it observed.

export type Severity = 'error' | 'warning' | 'notice';

export interface Location {
  file: string;
  line?: number;
}

export interface Finding {
  check: string;
  rule: string;
  severity: Severity;
  message: string;
  location?: Location;
  help?: string;
  /** The SQL that mends it, where the fix is mechanical (statements separated by `;\n`): shown with the finding. */
  fix?: string;
  /**
   * The object the finding is about, stable across branches ("table order_items", "query
   * lookup-by-email"): with check and rule it tells a finding already on the base branch from
   * one the pull request introduces. Line numbers move; subjects do not.
   */
  subject?: string;
  /** Set by the baseline stage: new in this pull request, or already on the base. */
  origin?: 'new' | 'existing';
}

/** `quality`: a figure of merit such as a vector index's recall (direction higher), compared like work. */
export type MetricKind = 'work' | 'time' | 'size' | 'quality';

export interface Metric {
  key: string;
  unit: string;
  /** `work` metrics repeat exactly for the same data and plan; they are what the gate trusts. */
  kind: MetricKind;
  direction: 'lower' | 'higher';
  value?: number;
  samples?: number[];
  /**
   * Time metrics: a trivial statement timed the same way on the same session, interleaved with
   * the samples. The part of a difference between base and head that this control shows too is
   * the sessions' (a busy machine's scheduler favouring one connection), not the workload's.
   */
  control?: number[];
  /** Extra words for the report (plan shape, access types); never compared. */
  detail?: string;
  /** Describes the setup (rows seeded, tables created, tests passed) rather than a cost: compared and shown, never gated. */
  informational?: boolean;
  /**
   * The tolerance this metric is compared with when gate.tolerances names none for it (instead of
   * gate.work-tolerance): for figures that move a little between runs by design, such as an HNSW
   * index's recall (its graph is built with the server's own random levels).
   */
  tolerance?: number;
}

export interface CheckResult {
  findings: Finding[];
  metrics: Metric[];
}
