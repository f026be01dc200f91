import { describe, expect, it } from 'vitest';
import { clusterAt, seriesRows } from './clusterChartData';

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
