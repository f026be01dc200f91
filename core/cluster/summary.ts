/** What one policy's run means for each job, each tenant and the cluster. */
import type { ResolvedScenario } from './resolveScenario';
import type { ClusterSample, PolicyRun } from './simulate';
import type { JobKind } from './scenarioSchema';

/** One job's outcome. Hours are from the start of the simulation unless named a duration. */
export interface JobOutcome {
  id: string;
  /** Job class id. */
  class: string;
  tenant: string;
  kind: JobKind;
  priority: number;
  /** GPUs asked for (static size), or the elastic maximum under the elastic policy. */
  gpus: number;
  arrivalHours: number;
  /** Arrival to first start, h (null if it never started). */
  waitHours: number | null;
  /** Hours it held resources (including restarts, reloads and re-rendezvous). */
  runHours: number;
  /** Arrival to completion, h (null if unfinished). */
  completionHours: number | null;
  gpuHours: number;
  /** GPU-hours times the cluster's cost per GPU-hour, USD. */
  costUsd: number;
  /** Restarts after a node failure (static jobs, or elastic jobs that fell below their minimum). */
  restarts: number;
  /** Elastic jobs: times suspended for a higher-priority job, and resizes (grow, shrink, failure). */
  preemptions: number;
  resizes: number;
  /** Mean GPUs held while it ran. */
  meanGpus: number;
}

/** One tenant's outcome over the arrival horizon. */
export interface TenantOutcome {
  id: string;
  name: string;
  /** Share of the cluster's GPUs the tenant is entitled to, 0..1. */
  entitledShare: number;
  /** Share of all GPU-hours used within the horizon that went to this tenant, 0..1. */
  receivedShare: number;
  gpuHours: number;
  jobs: number;
  meanWaitHours: number;
  meanCompletionHours: number;
}

/** One policy's answer: the CLI's JSON object for it (`series`, `timeline` and `cluster` are for the app). */
export interface PolicyOutcome {
  name: string;
  /** Mean arrival-to-completion time of the GPU jobs that finished, h. */
  meanCompletionHours: number;
  /** 95th percentile of the GPU jobs' waits, h. */
  p95WaitHours: number;
  /** GPU-hours held / GPU-hours of the cluster over the arrival horizon, 0..1. */
  gpuUtilization: number;
  tenants: TenantOutcome[];
  jobs: JobOutcome[];
}

/** Cluster-level details of a run that the app shows beside the policy figures. */
export interface ClusterDetails {
  makespanHours: number;
  failures: number;
  unfinishedJobs: number;
  meanWaitHours: number;
  totalCostUsd: number;
  /** Step function of held GPUs and queue length. */
  series: Array<{ hours: number; busyGpus: number; upGpus: number; queued: number }>;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

/** Nearest-rank percentile (0..1) of `xs`; 0 for none. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** Held GPU-seconds over [0, untilS] of a step function. */
function heldGpuSeconds(samples: ClusterSample[], untilS: number): number {
  let total = 0;
  for (let i = 0; i < samples.length; i++) {
    const a = samples[i]!;
    if (a.timeS >= untilS) break;
    const end = Math.min(untilS, samples[i + 1]?.timeS ?? untilS);
    total += a.busyGpus * (end - a.timeS);
  }
  return total;
}

/** A readable policy name: the scenario's, or the policy with "-spread" for spread placement. */
export function policyName(run: PolicyRun): string {
  return run.spec.name ?? `${run.spec.policy}${run.spec.placement === 'spread' ? '-spread' : ''}`;
}

/** The per-job, per-tenant and per-cluster figures of one run. */
export function summarizeRun(resolved: ResolvedScenario, run: PolicyRun): { outcome: PolicyOutcome; details: ClusterDetails } {
  const h = (s: number) => s / 3600;
  const gps = resolved.shape.gpusPerServer;
  const elasticPolicy = run.spec.policy === 'elastic';
  const jobs: JobOutcome[] = run.jobs.map((j) => {
    const spec = j.cls.spec;
    const gpus = elasticPolicy && j.cls.elasticServers ? j.cls.elasticServers.max * gps : spec.gpus;
    return {
      id: j.id, class: spec.id, tenant: resolved.tenants[j.tenant]!.id, kind: spec.kind, priority: j.priority, gpus,
      arrivalHours: h(j.arrivalS),
      waitHours: j.firstStartS !== undefined ? h(j.firstStartS - j.arrivalS) : null,
      runHours: h(j.runSeconds),
      completionHours: j.endS !== undefined ? h(j.endS - j.arrivalS) : null,
      gpuHours: h(j.gpuSeconds),
      costUsd: h(j.gpuSeconds) * resolved.usdPerGpuHour,
      restarts: j.restarts, preemptions: j.preemptions, resizes: j.resizes,
      meanGpus: j.runSeconds > 0 ? j.gpuSeconds / j.runSeconds : 0,
    };
  });
  const gpuJobs = jobs.filter((j) => j.kind !== 'etl');
  const completions = gpuJobs.flatMap((j) => (j.completionHours === null ? [] : [j.completionHours]));
  const waits = gpuJobs.flatMap((j) => (j.waitHours === null ? [] : [j.waitHours]));
  const inHorizon = resolved.tenants.map(() => 0);
  for (const j of run.jobs) inHorizon[j.tenant]! += j.gpuSecondsInHorizon;
  const allInHorizon = inHorizon.reduce((s, x) => s + x, 0);
  const tenants: TenantOutcome[] = resolved.tenants.map((t, i) => {
    const own = jobs.filter((j) => j.tenant === t.id);
    return {
      id: t.id, name: t.name, entitledShare: t.share,
      receivedShare: allInHorizon > 0 ? inHorizon[i]! / allInHorizon : 0,
      gpuHours: own.reduce((s, j) => s + j.gpuHours, 0),
      jobs: own.length,
      meanWaitHours: mean(own.flatMap((j) => (j.waitHours === null ? [] : [j.waitHours]))),
      meanCompletionHours: mean(own.flatMap((j) => (j.completionHours === null ? [] : [j.completionHours]))),
    };
  });
  const horizonS = resolved.scenario.horizonHours * 3600;
  return {
    outcome: {
      name: policyName(run),
      meanCompletionHours: mean(completions),
      p95WaitHours: percentile(waits, 0.95),
      gpuUtilization: heldGpuSeconds(run.samples, horizonS) / (resolved.shape.totalGpus * horizonS),
      tenants,
      jobs,
    },
    details: {
      makespanHours: h(run.endS),
      failures: run.failures,
      unfinishedJobs: jobs.filter((j) => j.completionHours === null).length,
      meanWaitHours: mean(waits),
      totalCostUsd: jobs.reduce((s, j) => s + j.costUsd, 0),
      series: run.samples.map((s) => ({ hours: h(s.timeS), busyGpus: s.busyGpus, upGpus: s.upGpus, queued: s.queued })),
    },
  };
}
