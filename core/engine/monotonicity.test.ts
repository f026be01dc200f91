import { describe, expect, it } from 'vitest';
import { loadComponentCatalog } from '../catalog/components';
import type { Cpu } from '../model/catalog';
import { crossSocketPeerGBps } from './efficiency';
import { evaluateTest, testDesign, evaluate } from './testDesigns';

const hiresWithDrives = (drives: number) => evaluateTest({
  workload: 'hires-imagery-16k',
  server: { drives: { kind: 'nvme-ssd', model: 'intel-d7-p5500-7.68', count: drives, placement: 'spread' } },
  sharedStorage: { model: 'ddn-ai400x2-turbo', count: 1 },
  run: { datasetLocation: 'auto' },
});

describe('more capacity never lowers throughput', () => {
  it('auto reads from the faster source: a second local drive does not pull a node off faster shared storage', () => {
    const one = hiresWithDrives(1); // 7.7 TB local cannot hold the 10 TB dataset: shared storage
    const two = hiresWithDrives(2); // 15.4 TB could, at 14 GB/s against 80 GB/s shared
    expect(one.assumptions).toContain('data source: shared');
    expect(two.assumptions).toContain('data source: shared');
    expect(two.samplesPerSec).toBeGreaterThanOrEqual(one.samplesPerSec * (1 - 1e-9));
  });

  it('auto still takes local drives when they are the faster source', () => {
    const e = evaluateTest({ server: { drives: { kind: 'nvme-ssd', model: 'samsung-pm1743-15.36', count: 4, placement: 'spread' } }, sharedStorage: { model: 'dell-powerscale-f210', count: 1 }, run: { datasetLocation: 'auto' } });
    expect(e.assumptions).toContain('data source: local');
  });

  // Every capacity of a CPU the engine reads; a CPU at least as large in all of them must never be slower.
  const capacities = (c: Cpu) => [c.cores, c.baseGHz, c.boostGHz, c.socketLinkGBps, c.pcieLanes, c.pcieGen, c.memoryBandwidthGBps, crossSocketPeerGBps(c.vendor, c.launchYear).value];
  const dominates = (a: Cpu, b: Cpu) => capacities(a).every((x, i) => x >= capacities(b)[i]!);
  const x86 = loadComponentCatalog().cpus.filter((c) => /intel|amd/i.test(c.vendor));
  const pairs = x86.flatMap((a) => x86.filter((b) => a.id !== b.id && a.pcieGen === b.pcieGen && dominates(a, b)).map((b) => [a, b] as const));

  it.each([
    ['A40 BERT over PCIe across two sockets', { workload: 'bert-large-mlperf', server: { gpu: 'a40', gpuFabric: 'pcie' as const, gpusPerSwitch: 0 }, run: { datasetLocation: 'page-cache' as const } }],
    ['ResNet-50 decoding on the CPUs', { server: { gpu: 'a100-sxm4-80gb' }, run: { datasetLocation: 'page-cache' as const } }],
  ])('a CPU with at least every capacity of another is never slower: %s', (_name, opts) => {
    expect(pairs.length).toBeGreaterThan(20);
    const rate = new Map<string, number>();
    const of = (cpu: Cpu) => rate.get(cpu.id) ?? rate.set(cpu.id, evaluateTest({ ...opts, server: { ...opts.server, cpu: cpu.id } }).samplesPerSec).get(cpu.id)!;
    for (const [big, small] of pairs) expect(of(big), `${big.id} vs ${small.id}`).toBeGreaterThanOrEqual(of(small) * (1 - 1e-9));
  });
});

describe('time to model', () => {
  it('is never shorter than one training step (BERT-SQuAD on 1,024 x 8 RTX 6000 Ada)', () => {
    const design = testDesign({
      workload: 'bert-large-squad',
      server: { count: 1024, gpu: 'rtx6000-ada', gpuFabric: 'pcie', gpusPerSwitch: 0, nics: { model: 'connectx-7-ndr-400g', count: 2, placement: 'spread' } },
      run: { datasetLocation: 'page-cache' },
    });
    const e = evaluate(design);
    expect(e.time.totalSeconds).toBeGreaterThanOrEqual(e.stepSeconds);
    expect(e.time.samplesToTarget).toBeGreaterThanOrEqual(e.globalBatch);
  });
});
