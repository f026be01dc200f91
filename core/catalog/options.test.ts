import { describe, expect, it } from 'vitest';
import { cloudInstanceOptions, componentOptions, sharedStorageOptions, workloadOptions } from './options';

describe('catalog options', () => {
  it('offers catalog parts for every kind that has a model, and none for memory, PSU and NVSwitch', () => {
    for (const kind of ['gpu', 'cpu', 'nvme-ssd', 'sata-ssd', 'nic', 'pcie-switch'] as const) {
      const options = componentOptions(kind);
      expect(options.length, kind).toBeGreaterThan(0);
      for (const o of options) expect(o.detail).not.toMatch(/NaN|undefined/);
    }
    for (const kind of ['memory', 'psu', 'nvswitch'] as const) expect(componentOptions(kind)).toEqual([]);
  });

  it('keeps an unpriced part unpriced instead of $0', () => {
    const all = (['gpu', 'cpu', 'nic', 'pcie-switch'] as const).flatMap((k) => componentOptions(k));
    expect(all.some((o) => o.priceUsd === null)).toBe(true);
    expect(all.every((o) => o.priceUsd === null || o.priceUsd > 0)).toBe(true);
  });

  it('separates NVMe from SATA drives', () => {
    const nvme = new Set(componentOptions('nvme-ssd').map((o) => o.id));
    expect(componentOptions('sata-ssd').some((o) => nvme.has(o.id))).toBe(false);
  });

  it('lists workloads, shared storage and cloud instances', () => {
    expect(workloadOptions().map((w) => w.id)).toContain('resnet50-imagenet');
    expect(sharedStorageOptions().length).toBeGreaterThan(0);
    expect(cloudInstanceOptions().every((o) => (o.priceUsd ?? 0) > 0)).toBe(true);
  });
});
