/** Pure shaping of a cluster simulation for the view's charts, timeline and read-outs. */
import type { ClusterDetails, ClusterScenarioInput, PolicyResult } from '../../../core';
import { clusterScenarioToRun } from '../../../core/project/clusterSection';
import { formatNumber } from '../../lib/format';
import type { ClusterRunInput } from './clusterStore';

/** Hours as the cluster tables show them: `3.5 h`, `42 h`. */
export const formatClusterHours = (h: number): string => `${formatNumber(h, h < 10 ? 1 : 0)} h`;

/** One point of the utilisation and queue charts. */
export interface ClusterSeriesRow {
  hours: number;
  /** Held GPUs / all GPUs over the bucket, %. */
  utilizationPct: number;
  /** Most GPU jobs waiting at any time in the bucket. */
  queued: number;
}

/**
 * The step function of held GPUs and waiting jobs as at most `buckets` points: each bucket's time-weighted
 * utilisation and its largest queue, so short spikes in the queue still show.
 */
export function seriesRows(series: ClusterDetails['series'], totalGpus: number, endHours: number, buckets = 240): ClusterSeriesRow[] {
  if (series.length === 0 || endHours <= 0) return [];
  const width = endHours / buckets;
  const rows: ClusterSeriesRow[] = [];
  let i = 0;
  for (let b = 0; b < buckets; b++) {
    const from = b * width;
    const to = from + width;
    let held = 0;
    let queued = 0;
    while (i + 1 < series.length && series[i + 1]!.hours <= from) i++;
    for (let k = i; k < series.length && series[k]!.hours < to; k++) {
      const start = Math.max(from, series[k]!.hours);
      const end = Math.min(to, series[k + 1]?.hours ?? to);
      if (end > start) held += series[k]!.busyGpus * (end - start);
      queued = Math.max(queued, series[k]!.queued);
    }
    rows.push({ hours: from + width / 2, utilizationPct: (held / (width * totalGpus)) * 100, queued });
  }
  return rows;
}

/** Held GPUs and waiting jobs at `hours` (the step function's value then). */
export function clusterAt(series: ClusterDetails['series'], hours: number): { busyGpus: number; upGpus: number; queued: number } {
  let lo = 0;
  let hi = series.length - 1;
  if (hi < 0 || hours < series[0]!.hours) return { busyGpus: 0, upGpus: 0, queued: 0 };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (series[mid]!.hours <= hours) lo = mid;
    else hi = mid - 1;
  }
  const p = series[lo]!;
  return { busyGpus: p.busyGpus, upGpus: p.upGpus, queued: p.queued };
}

/** The jobs holding GPUs at `hours` with the GPUs each holds, most GPUs first. */
export function jobsAt(policy: PolicyResult, hours: number): Array<{ id: string; tenant: string; gpus: number }> {
  const s = hours * 3600;
  const gpus = new Map<number, number>();
  for (const seg of policy.timeline) if (seg.startS <= s && s < seg.endS) gpus.set(seg.job, (gpus.get(seg.job) ?? 0) + seg.gpus);
  return [...gpus].map(([job, n]) => ({ id: policy.outcome.jobs[job]!.id, tenant: policy.outcome.jobs[job]!.tenant, gpus: n })).sort((a, b) => b.gpus - a.gpus || a.id.localeCompare(b.id));
}

/** Colours of tenants in the timeline and charts (distinct hues that print well). */
export const TENANT_COLORS = ['#2456c7', '#c2410c', '#0f766e', '#7c3aed', '#b45309', '#a21caf', '#1d7a46', '#64748b'] as const;

/** The colour of the tenant at `index`. */
export function tenantColor(index: number): string {
  return TENANT_COLORS[index % TENANT_COLORS.length]!;
}

/** The scenario to simulate: as edited, or with the cluster taken from the design open in the editor. */
export function scenarioToRun(input: ClusterRunInput): ClusterScenarioInput {
  return clusterScenarioToRun(input.scenario, input.source, input.design);
}

/** One policy's headline figures, as the view's table, the comparison and the PDF show them. */
export interface PolicyRow {
  name: string;
  meanCompletionHours: number;
  meanWaitHours: number;
  p95WaitHours: number;
  /** 0..1 */
  gpuUtilization: number;
  restarts: number;
  costUsd: number;
  unfinished: number;
  /** Whether this row holds the best mean completion, p95 wait or utilisation (only among several policies). */
  best: { meanCompletion: boolean; p95Wait: boolean; utilization: boolean };
}

/** The policies' headline figures with the best of each marked (lowest completion and p95 wait, highest utilisation). */
export function policyRows(policies: readonly PolicyResult[]): PolicyRow[] {
  const rows = policies.map((p) => ({
    name: p.outcome.name,
    meanCompletionHours: p.outcome.meanCompletionHours,
    meanWaitHours: p.details.meanWaitHours,
    p95WaitHours: p.outcome.p95WaitHours,
    gpuUtilization: p.outcome.gpuUtilization,
    restarts: p.outcome.jobs.reduce((s, j) => s + j.restarts, 0),
    costUsd: p.details.totalCostUsd,
    unfinished: p.details.unfinishedJobs,
  }));
  const several = rows.length > 1;
  const minCompletion = Math.min(...rows.map((r) => r.meanCompletionHours));
  const minP95 = Math.min(...rows.map((r) => r.p95WaitHours));
  const maxUtil = Math.max(...rows.map((r) => r.gpuUtilization));
  return rows.map((r) => ({
    ...r,
    best: { meanCompletion: several && r.meanCompletionHours === minCompletion, p95Wait: several && r.p95WaitHours === minP95, utilization: several && r.gpuUtilization === maxUtil },
  }));
}

/** Each tenant's entitled share and the share it received under each policy (same policy order), 0..1. */
export function tenantShareRows(policies: readonly PolicyResult[]): Array<{ id: string; name: string; entitled: number; received: number[] }> {
  const first = policies[0]?.outcome.tenants ?? [];
  return first.map((t) => ({
    id: t.id,
    name: t.name,
    entitled: t.entitledShare,
    received: policies.map((p) => p.outcome.tenants.find((x) => x.id === t.id)?.receivedShare ?? 0),
  }));
}
