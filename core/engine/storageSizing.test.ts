import { describe, expect, it } from 'vitest';
import cluster from '../../assets/examples/cluster-16-shared-storage.json';
import nvme from '../../assets/examples/dgx-a100-resnet50-nvme.json';
import { sizeStorage, sizingInputOfDesign } from '../storage/sizing';
import { createEngine } from './createEngine';
import { EMULATED_ACCELERATOR_OPTIONS, sizeStorageOfDesign, supplyPartsAt } from './storageSizing';

const clusterDesign = cluster.design as unknown;
const nvmeDesign = nvme.design as unknown;

describe('supplyPartsAt', () => {
  // It rebuilds the setup sizeStorage evaluates: the narrowest of its parts must be the curve's limiting part everywhere.
  for (const [name, design, opts] of [
    ['shared storage, first epoch', clusterDesign, {}],
    ['shared storage, warm page cache', clusterDesign, { warm: true }],
    ['shared storage, emulated U-Net', clusterDesign, { benchmark: 'unet3d-h100' }],
    ['local drives', nvmeDesign, {}],
  ] as const) {
    it(`names the curve's limiting part at every point (${name})`, () => {
      const made = sizingInputOfDesign(design, 0.9, opts);
      if (!made.ok) throw new Error(made.errors.map((e) => e.message).join('; '));
      const result = sizeStorage(made.input);
      expect(result.curve.length).toBeGreaterThan(3);
      for (const point of result.curve) {
        const parts = supplyPartsAt(made.input, point.gpus);
        const narrowest = parts.reduce((a, b) => (b.samplesPerSec < a.samplesPerSec ? b : a));
        expect(narrowest.id, `at ${point.gpus} GPUs`).toBe(point.limitingPart.id);
        expect(narrowest.samplesPerSec).toBeCloseTo(point.limitingPart.samplesPerSec, 6);
      }
    });
  }
});

describe('sizeStorageOfDesign', () => {
  it('answers through the engine API: the sizing, the parts at the answer narrowest first, the notes', () => {
    const response = createEngine().sizeStorage(clusterDesign, { auTargetPct: 90 });
    if (!response.ok) throw new Error(response.errors[0]!.message);
    const { sizing } = response;
    expect(sizing.result.maxGpus).toBeGreaterThan(0);
    expect(sizing.result.maxGpus % sizing.gpusPerHost).toBe(0);
    expect(sizing.partsAtGpus).toBe(sizing.result.maxGpus);
    expect(sizing.consumer).toEqual({ kind: 'design', name: expect.stringMatching(/H100/) });
    expect(sizing.designGpus).toBe(16 * 8); // the example: 16 servers of 8 GPUs
    const caps = sizing.parts.map((p) => p.samplesPerSec);
    expect(caps).toEqual([...caps].sort((a, b) => a - b));
    expect(sizing.parts.filter((p) => p.limiting)).toHaveLength(1);
    // At the answer the AU target holds, so no part is used beyond its capacity.
    for (const p of sizing.parts) expect(p.utilization).toBeLessThanOrEqual(1 + 1e-9);
    expect(sizing.notes.length).toBeGreaterThan(0);
  });

  it('keeps fewer or as many GPUs busy as the target rises', () => {
    const at = (pct: number) => {
      const r = sizeStorageOfDesign(clusterDesign, { auTargetPct: pct });
      if (!r.ok) throw new Error(r.errors[0]!.message);
      return r.sizing.result.maxGpus;
    };
    expect(at(95)).toBeLessThanOrEqual(at(90));
    expect(at(90)).toBeLessThanOrEqual(at(70));
  });

  it('sizes for an emulated accelerator of MLPerf Storage', () => {
    const option = EMULATED_ACCELERATOR_OPTIONS.find((o) => o.id.startsWith('cosmoflow'))!;
    expect(option.auThresholdPct).toBe(70);
    const r = sizeStorageOfDesign(clusterDesign, { auTargetPct: option.auThresholdPct, benchmark: option.id });
    if (!r.ok) throw new Error(r.errors[0]!.message);
    expect(r.sizing.consumer).toEqual({ kind: 'emulated', name: option.name });
    expect(r.sizing.result.auTarget).toBeCloseTo(0.7);
  });

  it('says in the user\'s words why a design cannot be sized', () => {
    const d = structuredClone(nvme.design) as { serverTypes: { components: { id: string; kind: string }[]; links: { from: string; to: string }[] }[] };
    for (const t of d.serverTypes) {
      const drives = new Set(t.components.filter((c) => /ssd|hdd/.test(c.kind)).map((c) => c.id));
      t.components = t.components.filter((c) => !drives.has(c.id));
      t.links = t.links.filter((l) => !drives.has(l.from) && !drives.has(l.to));
    }
    const noStorage = sizeStorageOfDesign(d, { auTargetPct: 90 });
    expect(noStorage.ok).toBe(false);
    if (!noStorage.ok) expect(noStorage.errors[0]!.message).toMatch(/no shared storage.*no drives/);

    const bad = sizeStorageOfDesign(clusterDesign, { auTargetPct: 90, benchmark: 'no-such-benchmark' });
    expect(bad.ok ? null : bad.errors[0]!.path).toBe('emulated accelerator');
    for (const pct of [0, 101, Number.NaN]) {
      const r = sizeStorageOfDesign(clusterDesign, { auTargetPct: pct });
      expect(r.ok ? null : r.errors[0]!.message).toMatch(/from 1 to 100/);
    }
  });
});
