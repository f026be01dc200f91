import { describe, expect, it } from 'vitest';
import type { PolicyResult } from '../../../core';
import { clusterAt, policyRows, scenarioToRun, seriesRows, tenantShareRows } from './clusterChartData';

const series = [
  { hours: 0, busyGpus: 0, upGpus: 16, queued: 0 },
  { hours: 1, busyGpus: 16, upGpus: 16, queued: 3 },
  { hours: 3, busyGpus: 8, upGpus: 8, queued: 1 },
];

describe('cluster chart data', () => {
  it('averages held GPUs over each bucket by time and keeps the largest queue', () => {
    const rows = seriesRows(series, 16, 4, 2);
    expect(rows).toEqual([
      { hours: 1, utilizationPct: 50, queued: 3 }, // 0-1 h idle, 1-2 h all 16 held
      { hours: 3, utilizationPct: 75, queued: 3 }, // 2-3 h 16 held, 3-4 h 8 held
    ]);
  });

  it('reads the step function at a time', () => {
    expect(clusterAt(series, 0.5)).toEqual({ busyGpus: 0, upGpus: 16, queued: 0 });
    expect(clusterAt(series, 1)).toEqual({ busyGpus: 16, upGpus: 16, queued: 3 });
    expect(clusterAt(series, 99)).toEqual({ busyGpus: 8, upGpus: 8, queued: 1 });
    expect(clusterAt([], 1)).toEqual({ busyGpus: 0, upGpus: 0, queued: 0 });
  });
});

function policy(name: string, meanCompletionHours: number, p95WaitHours: number, gpuUtilization: number, research: number): PolicyResult {
  const tenant = (id: string, entitledShare: number, receivedShare: number) => ({ id, name: id, entitledShare, receivedShare, gpuHours: 0, jobs: 1, meanWaitHours: 0, meanCompletionHours: 0 });
  const job = { id: 'a', class: 'a', tenant: 'research', kind: 'training' as const, priority: 0, gpus: 8, arrivalHours: 0, waitHours: 0, runHours: 1, completionHours: 1, gpuHours: 8, costUsd: 1, restarts: 2, preemptions: 0, resizes: 0, meanGpus: 8 };
  return {
    outcome: { name, meanCompletionHours, p95WaitHours, gpuUtilization, tenants: [tenant('research', 0.6, research), tenant('students', 0.4, 1 - research)], jobs: [job, { ...job, restarts: 1 }] },
    details: { makespanHours: 1, failures: 0, unfinishedJobs: 0, meanWaitHours: 0, totalCostUsd: 2, series: [] },
    timeline: [],
  };
}

describe('policies side by side', () => {
  it('marks the lowest completion and p95 wait and the highest utilisation, and sums restarts', () => {
    const rows = policyRows([policy('static', 30, 9, 0.6, 0.7), policy('elastic', 20, 12, 0.8, 0.62)]);
    expect(rows.map((r) => [r.name, r.best.meanCompletion, r.best.p95Wait, r.best.utilization, r.restarts])).toEqual([
      ['static', false, true, false, 3],
      ['elastic', true, false, true, 3],
    ]);
    // One policy is the best of nothing.
    expect(policyRows([policy('static', 30, 9, 0.6, 0.7)])[0]!.best).toEqual({ meanCompletion: false, p95Wait: false, utilization: false });
  });

  it('lists each tenant once with its entitlement and what each policy gave it', () => {
    expect(tenantShareRows([policy('static', 30, 9, 0.6, 0.7), policy('elastic', 20, 12, 0.8, 0.62)])).toEqual([
      { id: 'research', name: 'research', entitled: 0.6, received: [0.7, 0.62] },
      { id: 'students', name: 'students', entitled: 0.4, received: [expect.closeTo(0.3), expect.closeTo(0.38)] },
    ]);
  });

  it('runs the template cluster as edited, or swaps in the open design', () => {
    const scenario = { name: 's', horizonHours: 1, cluster: { template: 'nvidia-dgx-a100', servers: 2, serversPerLeaf: 4 }, tenants: [{ id: 't', sharePct: 100 }], jobs: [] };
    expect(scenarioToRun({ scenario, source: 'template', design: null })).toBe(scenario);
    const design = { name: 'open' } as never;
    expect(scenarioToRun({ scenario, source: 'open-design', design }).cluster).toEqual({ serversPerLeaf: 4, design });
  });
});
