import { describe, expect, it } from 'vitest';
import { DGX_H100, NVME_X4, SATA_X4, evaluateTest } from '../engine/testDesigns';
import { acceleratorUtilization } from './au';
import { zeroIdle } from '../engine/causes';

describe('accelerator utilization (AU) of every evaluation', () => {
  it('counts only waiting for input as lost: sync and framework time stay busy', () => {
    expect(acceleratorUtilization({ ...zeroIdle(), storage: 0.2, cpu: 0.1, 'network-sync': 0.3, framework: 0.1 })).toBeCloseTo(0.7, 12);
  });

  it('a dataset larger than RAM on 4 SATA SSDs keeps 8 H100s well below the AU of 4 NVMe drives (seed scenario 1)', () => {
    const opts = (drives: typeof NVME_X4) => ({ base: DGX_H100, server: { drives, memoryGBPerSocket: 64 }, run: { dataLoader: 'gpu' as const } });
    const nvme = evaluateTest(opts(NVME_X4));
    const sata = evaluateTest(opts(SATA_X4));
    expect(nvme.acceleratorUtilization).toBeGreaterThan(0.9);
    expect(sata.acceleratorUtilization).toBeLessThan(0.7);
    const g = sata.gpuIdle;
    expect(sata.acceleratorUtilization).toBeCloseTo(1 - g.storage - g.cpu - g.pcie - g['socket-link'] - g['gpu-decode'] - g['pipeline-variance'], 9);
  });
});
