/** Timing helpers of the benchmark: medians over many runs after a warm-up, never a single timing. */
import { performance } from 'node:perf_hooks';

/** Median and 90th percentile of a row, ms, and how many timed runs they come from. */
export interface Timing {
  medianMs: number;
  p90Ms: number;
  runs: number;
  /**
   * Median of this process's CPU time (user + system) per run, ms. Other load on a shared machine stretches
   * wall time, and stretches a long run (always preempted) more than the median of short ones (some of which
   * are not), so the benchmark's ratio targets compare CPU time. The median, because the process's CPU time
   * also counts its background threads (JIT compilation, GC), which some runs overlap and most do not.
   */
  cpuMedianMs?: number;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The value at quantile `q` (0..1) of `xs` (nearest rank). */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) throw new Error('quantile of no values');
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Summarise timed runs, ms. */
export function summarise(samplesMs: readonly number[]): Timing {
  return { medianMs: quantile(samplesMs, 0.5), p90Ms: quantile(samplesMs, 0.9), runs: samplesMs.length };
}

/** How long to time a row: at least `minRuns` runs and until `budgetMs` has passed, at most `maxRuns`. */
export interface RunPlan {
  warmupRuns: number;
  /** Keep warming up until this much time has passed too (the optimising compiler needs time, not only calls). */
  warmupMs?: number;
  minRuns: number;
  maxRuns: number;
  budgetMs: number;
}

/** Default plan: at least 20 warm-up runs and 300 ms (JIT, catalog caches), then 30 to 500 runs within about 2 s. */
export const DEFAULT_PLAN: RunPlan = { warmupRuns: 20, warmupMs: 300, minRuns: 30, maxRuns: 500, budgetMs: 2000 };

/** Time `run` (synchronous) per `plan`; `run` throws when its answer is wrong, so a broken row never times. */
export function timeRuns(run: () => void, plan: RunPlan = DEFAULT_PLAN): Timing {
  const warmEnd = performance.now() + (plan.warmupMs ?? 0);
  for (let i = 0; i < plan.warmupRuns || performance.now() < warmEnd; i++) run();
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const start = performance.now();
  while (samples.length < plan.maxRuns && (samples.length < plan.minRuns || performance.now() - start < plan.budgetMs)) {
    const c0 = cpuMs();
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
    cpuSamples.push(cpuMs() - c0);
  }
  return { ...summarise(samples), cpuMedianMs: quantile(cpuSamples, 0.5) };
}

/**
 * A plan sized to how long one run of `run` takes (it is run up to three times to find out): fast rows get the default
 * plan; a row slower than 20 ms gets 2 more warm-up runs and 7 to 25 timed runs within about 10 s, so a slow
 * row still has a median of several runs without the benchmark taking minutes.
 */
export function planFor(run: () => void): RunPlan {
  // The fastest of three runs: the first is cold (JIT, caches) and any one can be slowed by machine load.
  let oneMs = Infinity;
  for (let i = 0; i < 3 && oneMs > 20; i++) {
    const t0 = performance.now();
    run();
    oneMs = Math.min(oneMs, performance.now() - t0);
  }
  return oneMs <= 20 ? DEFAULT_PLAN : { warmupRuns: 2, minRuns: 7, maxRuns: 25, budgetMs: 10_000 };
}

/** Two rows timed in turns, and the ratio of their CPU times (see `timeInTurns`). */
export interface PairedTiming {
  a: Timing;
  b: Timing;
  /** Median over the rounds of (median CPU time of `a` / median CPU time of `b`, both in that round). */
  cpuRatio: number;
  rounds: number;
}

/**
 * Times `a` (a slow run, such as a sweep) and `b` (a fast one, such as one evaluation) in turns: each round runs
 * `a` `aPerRound` times, then `b` `bPerRound` times, each run timed alone. A ratio of two rows timed one after the
 * other moves with whatever else the machine ran meanwhile (on a shared 2-core machine, one row can run on a busier
 * core than the other, and CPU time per run stretches with it); timed in the same rounds, both see the same machine,
 * and the ratio is the median of the rounds' own ratios of medians. Several runs of each per round, not one: the
 * first run after a switch can be charged for a collection of the other row's garbage, and the medians leave that
 * run out for both rows alike. Both are warmed up first for at least `warmupMs` each (the JIT treats both alike;
 * without it the slow row, with few runs, is timed while its code is still being compiled).
 */
export function timeInTurns(a: () => void, b: () => void, opts: { rounds: number; aPerRound: number; bPerRound: number; warmupMs: number }): PairedTiming {
  for (const run of [a, b]) {
    const warmEnd = performance.now() + opts.warmupMs;
    for (let i = 0; i < 3 || performance.now() < warmEnd; i++) run();
  }
  const aWall: number[] = [], aCpu: number[] = [], bWall: number[] = [], bCpu: number[] = [], ratios: number[] = [];
  const once = (run: () => void, wall: number[], cpu: number[]) => {
    const c0 = cpuMs();
    const t0 = performance.now();
    run();
    wall.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
  };
  for (let r = 0; r < opts.rounds; r++) {
    const aStart = aCpu.length;
    for (let i = 0; i < opts.aPerRound; i++) once(a, aWall, aCpu);
    const bStart = bCpu.length;
    for (let i = 0; i < opts.bPerRound; i++) once(b, bWall, bCpu);
    const bRound = quantile(bCpu.slice(bStart), 0.5);
    if (bRound > 0) ratios.push(quantile(aCpu.slice(aStart), 0.5) / bRound);
  }
  return {
    a: { ...summarise(aWall), cpuMedianMs: quantile(aCpu, 0.5) },
    b: { ...summarise(bWall), cpuMedianMs: quantile(bCpu, 0.5) },
    cpuRatio: ratios.length ? quantile(ratios, 0.5) : Infinity,
    rounds: opts.rounds,
  };
}
