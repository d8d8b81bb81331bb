// One load phase in a process of its own: bench/load.ts bundles this file as dist/ is bundled
// and starts it fresh for every run, as it starts pgbench and sysbench, so the runner is
// measured as it ships and nothing of the bench's own process (its tsx loader, its clients,
// earlier phases) runs beside it. Prints the phase's figures as one line of JSON.
import { runPhase, type PhasePlan } from '../src/measure/load/index.js';

export type PhaseSpec = Omit<PhasePlan, 'classify'>;

export interface PhaseFigures {
  succeeded: number;
  elapsedMs: number;
  threads: number;
  errors: string[];
  p50: number;
  p95: number;
  p99: number;
  /** The whole process's CPU (worker threads and their start-up included), µs. */
  cpuMicros: number;
}

const spec = JSON.parse(process.argv[2]!) as PhaseSpec;
const cpu = process.cpuUsage();
const result = await runPhase({ ...spec, classify: (error) => String((error as { code?: unknown }).code) });
const used = process.cpuUsage(cpu);
const totals = result.latency.totals();
const figures: PhaseFigures = {
  succeeded: result.succeeded,
  elapsedMs: result.elapsedMs,
  threads: result.threads,
  errors: [...result.errors.keys()],
  p50: totals.p50,
  p95: totals.p95,
  p99: totals.p99,
  cpuMicros: used.user + used.system,
};
console.log(JSON.stringify(figures));
