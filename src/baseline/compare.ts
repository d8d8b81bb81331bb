// Head figures against base figures, metric by metric. Work and size metrics repeat exactly,
// so they are held to a tolerance; timings are noisy, so a slowdown must be both significant
// (Mann-Whitney) and large enough (bootstrap interval beyond gate.time.min-effect).
import { median, quantile } from 'simple-statistics';
import type { Metric } from '../vocabulary.js';
import type { CompareOptions, MetricComparison } from './types.js';
import { mannWhitneyU, medianRatioInterval } from './statistics.js';

/** Fewer timings than this on a side tell nothing either way. */
export const MIN_TIME_SAMPLES = 3;

/**
 * Compares every metric of the head with the base. Order is the head's, then metrics only the
 * base had, so reports and comments do not reshuffle between runs.
 */
export function compareMetrics(base: readonly Metric[], head: readonly Metric[], options: CompareOptions): MetricComparison[] {
  const baseByKey = firstByKey(base);
  const headByKey = firstByKey(head);
  const compared = [...headByKey.values()].map((headMetric) => {
    const baseMetric = baseByKey.get(headMetric.key);
    return baseMetric ? compareOne(baseMetric, headMetric, options) : onOneSide(headMetric, 'added');
  });
  const removed = [...baseByKey.values()].filter((metric) => !headByKey.has(metric.key)).map((metric) => onOneSide(metric, 'removed'));
  return [...compared, ...removed];
}

function firstByKey(metrics: readonly Metric[]): Map<string, Metric> {
  const byKey = new Map<string, Metric>();
  for (const metric of metrics) if (!byKey.has(metric.key)) byKey.set(metric.key, metric);
  return byKey;
}

function onOneSide(metric: Metric, status: 'added' | 'removed'): MetricComparison {
  const value = valueOf(metric);
  return {
    ...identity(metric),
    status,
    ...(status === 'added' ? { head: value } : { base: value }),
    ...(metric.detail === undefined ? {} : { detail: status === 'added' ? { head: metric.detail } : { base: metric.detail } }),
  };
}

/** The head names the metric; the base may come from an older Sluice that said it differently. */
function identity(metric: Metric): Pick<MetricComparison, 'key' | 'unit' | 'kind' | 'direction'> {
  return { key: metric.key, unit: metric.unit, kind: metric.kind, direction: metric.direction };
}

/** A metric's figure: its value, or the median of its samples. */
function valueOf(metric: Metric): number | undefined {
  if (metric.value !== undefined) return metric.value;
  return metric.samples && metric.samples.length > 0 ? median(metric.samples) : undefined;
}

function compareOne(base: Metric, head: Metric, options: CompareOptions): MetricComparison {
  const detail = base.detail === undefined && head.detail === undefined ? {} : { detail: defined({ base: base.detail, head: head.detail }) };
  const shared = { ...identity(head), ...detail };
  return head.kind === 'time' ? { ...shared, ...compareTimes(base, head, options) } : { ...shared, ...compareValues(base, head, options) };
}

type Outcome = Omit<MetricComparison, 'key' | 'unit' | 'kind' | 'direction' | 'detail'>;

function figures(base: number, head: number): Pick<MetricComparison, 'base' | 'head' | 'delta' | 'ratio'> {
  return { base, head, delta: head - base, ...(base === 0 ? {} : { ratio: head / base }) };
}

/** The object without its undefined properties, so reports and stored JSON carry no empty keys. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function compareValues(base: Metric, head: Metric, options: CompareOptions): Outcome {
  const baseValue = valueOf(base);
  const headValue = valueOf(head);
  const tolerance = toleranceFor(head.key, { ...options, workTolerance: head.tolerance ?? options.workTolerance });
  if (baseValue === undefined || headValue === undefined) {
    return defined<Outcome>({ status: 'not-gated', base: baseValue, head: headValue, tolerance, note: `no value on the ${baseValue === undefined ? 'base' : 'head'} side` });
  }
  // "Worse" is growth for direction lower and shrinkage for direction higher; the tolerance
  // is the allowed change in the worse direction, relative to the base.
  const worse = head.direction === 'lower' ? headValue > limit(baseValue, 1 + tolerance, 'up') : headValue < limit(baseValue, 1 - tolerance, 'down');
  const better = head.direction === 'lower' ? headValue < baseValue : headValue > baseValue;
  // Rows seeded, tables, tests passed describe the setup, not a cost: shown, never gated.
  if (head.informational && (worse || better)) {
    return { status: 'not-gated', ...figures(baseValue, headValue), note: 'describes the setup, not a cost' };
  }
  const status = worse ? 'regression' : better ? 'improvement' : 'unchanged';
  const note = baseValue === 0 && headValue !== 0 && tolerance > 0 ? 'the base was 0: a relative tolerance allows no change from it' : undefined;
  return { status, ...figures(baseValue, headValue), tolerance, ...(note ? { note } : {}) };
}

/** base × factor, nudged outward (up or down) so 100 × 1.05 still allows exactly 105 despite floating point. */
function limit(base: number, factor: number, outward: 'up' | 'down'): number {
  const bound = base * factor;
  return outward === 'up' ? bound + Math.abs(bound) * 1e-12 : bound - Math.abs(bound) * 1e-12;
}

/** The most specific gate.tolerances entry for the key, else gate.work-tolerance. */
export function toleranceFor(key: string, options: Pick<CompareOptions, 'tolerances' | 'workTolerance'>): number {
  const pattern = mostSpecificPattern(Object.keys(options.tolerances), key);
  return pattern === undefined ? options.workTolerance : options.tolerances[pattern]!;
}

/**
 * The pattern that names the key most precisely: the key itself, else the longest glob (`*`
 * matches anything, dots included) that matches it. Shared by tolerances and gate.accept.
 */
export function mostSpecificPattern(patterns: readonly string[], key: string): string | undefined {
  if (patterns.includes(key)) return key;
  const globs = patterns.filter((pattern) => pattern.includes('*') && globMatches(pattern, key));
  // Longest first; among equals the first written wins, so the choice never depends on sort stability.
  return globs.reduce<string | undefined>((best, glob) => (best === undefined || glob.length > best.length ? glob : best), undefined);
}

function globMatches(glob: string, key: string): boolean {
  const source = glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(key);
}

/** The smallest difference of median times, in milliseconds, that can be a timing verdict. */
export const TIME_FLOOR_MS = 0.1;

function compareTimes(base: Metric, head: Metric, options: CompareOptions): Outcome {
  const baseSamples = base.samples ?? [];
  const headSamples = head.samples ?? [];
  const shortSide = baseSamples.length < MIN_TIME_SAMPLES ? ['base', baseSamples.length] : headSamples.length < MIN_TIME_SAMPLES ? ['head', headSamples.length] : undefined;
  if (shortSide) {
    const [side, count] = shortSide;
    return defined<Outcome>({ status: 'not-gated', base: valueOf(base), head: valueOf(head), note: `${count} timing${count === 1 ? '' : 's'} on the ${side} side; at least ${MIN_TIME_SAMPLES} are needed to compare` });
  }
  const { p } = mannWhitneyU(baseSamples, headSamples);
  const interval = medianRatioInterval(baseSamples, headSamples, { seed: options.seed });
  const measured = { ...figures(median(baseSamples), median(headSamples)), p, interval };
  // Shown, never gated: PGlite timings, or base and head measured on different machines.
  if (!options.time.gate) return { status: 'not-gated', ...measured, note: options.time.reason ?? 'timings are not gated in this run' };

  // The same trivial statement at different speeds on the two sessions: whatever the workload's
  // timings say is the sessions' as much as the workload's.
  const unfair = unfairSessions(base, head, options.time.p);
  if (unfair) return { status: 'not-gated', ...measured, note: unfair };

  // Below a tenth of a millisecond a difference is the timer's and the scheduler's, not the
  // query's: the statistics call such µs shifts significant, and nobody's production notices.
  // On a busy machine the sessions' control statement shows how much more the scheduler adds
  // to a round trip, and a difference within that is the machine's too.
  const noise = sessionNoise(base, head);
  const allowance = Math.max(TIME_FLOOR_MS, noise);
  if (Math.abs(median(headSamples) - median(baseSamples)) < allowance && p < options.time.p) {
    const note = noise > TIME_FLOOR_MS
      ? `a difference under ${+noise.toPrecision(2)} ms is not gated: the control statement on the same sessions varied by that much (a busy machine's scheduler)`
      : `a difference under ${TIME_FLOOR_MS} ms is not gated`;
    return { status: 'unchanged', ...measured, note };
  }
  const significant = p < options.time.p;
  const slower = interval[0] > 1 + options.time.minEffect;
  const faster = interval[1] < 1 / (1 + options.time.minEffect);
  const [worse, better] = head.direction === 'lower' ? [slower, faster] : [faster, slower];
  const status = significant && worse ? 'regression' : significant && better ? 'improvement' : 'unchanged';
  return { status, ...measured };
}

/**
 * Why the two sessions were no fair comparison, or undefined: their control statements (an A/A
 * test) differ significantly, by TIME_FLOOR_MS or more in median. Seen on a loaded 2-core
 * machine: the head's session took 14 ms where the base's took 0.26 ms for the same SELECT 1s.
 */
export function unfairSessions(base: Pick<Metric, 'control'>, head: Pick<Metric, 'control'>, significance: number): string | undefined {
  if ((base.control?.length ?? 0) < MIN_TIME_SAMPLES || (head.control?.length ?? 0) < MIN_TIME_SAMPLES) return undefined;
  const [b, h] = [median(base.control!), median(head.control!)];
  if (Math.abs(h - b) < TIME_FLOOR_MS || mannWhitneyU(base.control!, head.control!).p >= significance) return undefined;
  const ms = (value: number) => `${+value.toPrecision(2)} ms`;
  return `not gated: the same control statement took ${ms(b)} on the base's session and ${ms(h)} on the head's (median), so the machine was too busy for a fair timing`;
}

/**
 * How much the scheduler adds to a round trip right now, as the control statement beside the
 * samples shows (src/checks/performance/run.ts, controlOnce): on either side, its upper quartile
 * above its fastest. Under load a round trip either gets the CPU at once or waits out another
 * process's time slice (~4 ms on Linux), so a side's timings are a mixture whose median jumps
 * when its session waited in more than half of them; its control, timed in the same moments,
 * waits about as often. 0 without controls on both sides (a stored baseline).
 */
export function sessionNoise(base: Pick<Metric, 'control'>, head: Pick<Metric, 'control'>): number {
  const spread = (control: readonly number[] | undefined) =>
    control && control.length >= MIN_TIME_SAMPLES ? quantile([...control], 0.75) - Math.min(...control) : undefined;
  const [b, h] = [spread(base.control), spread(head.control)];
  return b === undefined || h === undefined ? 0 : Math.max(b, h);
}
