/**
 * The eleven "effects that must show" of the model (shared/design/model.md), each as a scenario
 * with an asserted direction and size. Sizes come from the physics of the design (drive, link and
 * storage bandwidths from the catalog, bytes per sample from the workload), not from the engine's
 * output: where a bound is computed, the comment shows the arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { resolveWorkload } from '../catalog/workloads';
import type { Evaluation } from './result';
import {
  DGX_A100, DGX_H100, NVME_X4, SATA_X4,
  errorIssues, evaluate, evaluateTest, resourcesEndingWith, starvation, testDesign, withSocketLinkGBps,
  type TestDesignOptions,
} from './testDesigns';

/** Stored bytes per sample of a catalog workload (the physics input of the bounds below). */
function storedBytes(workloadId: string): number {
  const w = resolveWorkload(workloadId);
  if (!w) throw new Error(`unknown workload ${workloadId}`);
  return w.storedBytesPerSample;
}

/** Evaluates and checks the design is a valid, realistic one (no error-severity findings). */
function run(opts: TestDesignOptions): Evaluation {
  const e = evaluateTest(opts);
  expect(errorIssues(e), `design "${opts.name ?? 'test'}" has errors`).toEqual([]);
  return e;
}

/** Evaluates on first use, inside a test (so a failing check is reported by that test). */
function lazy<T>(f: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: f() }).v;
}

/** Micron 5400 PRO SATA SSD: 540 MB/s sequential read (datasheet; SATA III caps at 600 MB/s). */
const SATA_READ_GBPS = 0.54;
/** Four of them in RAID-0. */
const SATA_X4_GBPS = 4 * SATA_READ_GBPS;
/** One-direction bandwidth of a PCIe Gen4 x16 link: 16 GT/s x 16 lanes x 128/130 coding / 8 bits. */
const PCIE4_X16_GBPS = (16 * 16 * (128 / 130)) / 8;
/** Pure FlashBlade (15 blades, one 4U chassis): 16 GB/s read (catalog `pure-flashblade-gen1`). */
const FLASHBLADE_GBPS = 16;
/** Numerical slack on hard caps (the engine may round; physics may not be exceeded). */
const CAP_SLACK = 1.001;

const IMAGENET = 'resnet50-imagenet';

describe('scenario 1: SATA vs NVMe for an image dataset larger than RAM', () => {
  // 8 x H100 with GPU (DALI) decoding, 64 GB of RAM per socket: ImageNet (~147 GB) does not fit in
  // the ~100 GB page cache. Each H100 trains ~7k img/s: 8 GPUs need ~56k x 115 kB = ~6.4 GB/s
  // cold, ~4.5 GB/s once the LRU cache absorbs its share; 4 SATA SSDs give 2.16 GB/s.
  const opts = (drives: typeof NVME_X4): TestDesignOptions => ({
    name: `8xH100 ${drives.kind}`, base: DGX_H100, server: { drives, memoryGBPerSocket: 64 }, run: { dataLoader: 'gpu' },
  });
  const nvme = lazy(() => run(opts(NVME_X4)));
  const sata = lazy(() => run(opts(SATA_X4)));

  it('NVMe keeps 8 modern GPUs busy', () => {
    // Busy share excludes the per-step framework overhead, which no storage can remove: ~5 ms
    // (4 ms NGC step overhead, optimizer, straggler jitter) of a ~38 ms step at 256 images per H100.
    expect(nvme().gpuUtilization).toBeGreaterThanOrEqual(0.8);
    expect(starvation(nvme())).toBeLessThan(0.02);
    expect(nvme().bottleneck.cause).toBe('gpu-compute');
  });

  it('SATA starves them: storage is the bottleneck and GPUs wait at least 30% of each step', () => {
    expect(sata().bottleneck.cause).toBe('storage');
    expect(sata().gpuIdle.storage).toBeGreaterThanOrEqual(0.3);
    expect(sata().gpuUtilization).toBeLessThanOrEqual(0.6);
  });

  it('SATA throughput is capped by 4 x 0.54 GB/s and is at most 60% of NVMe', () => {
    // Cold epoch reads every byte: samples/s <= 2.16 GB/s / 114.7 kB = ~18.8k.
    expect(sata().coldSamplesPerSec).toBeLessThanOrEqual((SATA_X4_GBPS * 1e9 / storedBytes(IMAGENET)) * CAP_SLACK);
    // Warm: ~4.5 GB/s needed vs 2.16 GB/s => about half speed.
    expect(sata().samplesPerSec).toBeLessThanOrEqual(0.6 * nvme().samplesPerSec);
  });

  it('SATA raises time-to-model by at least 50%', () => {
    expect(sata().time.totalSeconds).toBeGreaterThanOrEqual(1.5 * nvme().time.totalSeconds);
  });
});

describe('scenario 2: a dataset that fits in RAM needs storage only in the first epoch', () => {
  // Same 8 x H100 node with 2 x 1 TB RAM: ImageNet (~147 GB) stays in the page cache after epoch 1.
  const opts = (drives: typeof NVME_X4): TestDesignOptions => ({
    name: `8xH100 ${drives.kind} 2TB RAM`, base: DGX_H100, server: { drives }, run: { dataLoader: 'gpu' },
  });
  const nvme = lazy(() => run(opts(NVME_X4)));
  const sata = lazy(() => run(opts(SATA_X4)));

  it('warm-epoch throughput is the same with SATA and NVMe (within 0.5%)', () => {
    expect(Math.abs(sata().samplesPerSec / nvme().samplesPerSec - 1)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(sata().time.remainingEpochsSeconds / nvme().time.remainingEpochsSeconds - 1)).toBeLessThanOrEqual(0.005);
  });

  it('the first epoch is storage-bound on SATA: capped by 2.16 GB/s and at least 2x slower than NVMe', () => {
    expect(sata().coldSamplesPerSec).toBeLessThanOrEqual((SATA_X4_GBPS * 1e9 / storedBytes(IMAGENET)) * CAP_SLACK);
    expect(sata().time.firstEpochSeconds).toBeGreaterThanOrEqual(2 * nvme().time.firstEpochSeconds);
  });

  it('the whole run differs by about the first-epoch difference only (< 10% of time-to-model)', () => {
    // ResNet-50 trains ~35-40 epochs: one epoch at ~3x slower adds at most ~3/35 = ~9%.
    const extra = sata().time.totalSeconds - nvme().time.totalSeconds;
    const firstEpochExtra = sata().time.firstEpochSeconds - nvme().time.firstEpochSeconds;
    expect(extra).toBeGreaterThan(0);
    expect(Math.abs(extra - firstEpochExtra)).toBeLessThanOrEqual(0.1 * firstEpochExtra);
    expect(sata().time.totalSeconds).toBeLessThanOrEqual(1.1 * nvme().time.totalSeconds);
  });
});

describe('scenario 3: CPU cores per GPU', () => {
  // 8 x A100 on ResNet-50 with CPU (JPEG) decoding: ~2.9k img/s per GPU x 4 ms core-s at 2.9 GHz
  // = ~12 reference cores per GPU, ~94 for the node.
  const cpu = (model: string) => run({ name: `8xA100 2x${model}`, server: { cpu: model } });
  const few = lazy(() => cpu('epyc-7542')); // 2 x 32 cores = 8 cores/GPU at 2.9-3.4 GHz
  const enough = lazy(() => cpu('epyc-7742')); // 2 x 64 cores = 16 cores/GPU
  const more = lazy(() => cpu('epyc-9654')); // 2 x 96 cores = 24 cores/GPU, faster cores

  it('8 cores per GPU starve the GPUs: CPU is the bottleneck, capped by cores x clock', () => {
    expect(few().bottleneck.cause).toBe('cpu');
    expect(few().gpuIdle.cpu).toBeGreaterThanOrEqual(0.15);
    // Upper bound at the boost clock (3.4 GHz): 64 cores x (3.4 / 2.9) / 0.004 s = ~18.8k img/s.
    const cap = (64 * (3.4 / 2.9)) / 0.004;
    expect(few().samplesPerSec).toBeLessThanOrEqual(cap * CAP_SLACK);
    expect(few().samplesPerSec).toBeLessThanOrEqual(0.8 * enough().samplesPerSec);
  });

  it('16 cores per GPU keep up; 24 faster cores per GPU add nothing (< 0.5%)', () => {
    expect(enough().bottleneck.cause).toBe('gpu-compute');
    expect(more().bottleneck.cause).toBe('gpu-compute');
    expect(Math.abs(more().samplesPerSec / enough().samplesPerSec - 1)).toBeLessThanOrEqual(0.005);
  });
});

describe('scenario 4: dual socket, data crossing the socket link', () => {
  // 8 x H100 on 2 x EPYC 9654, hires imagery (1 GB per sample, 10 TB: never fits in RAM), 8 NVMe
  // drives all on socket 0. Dual-root: GPUs 4-7 sit on socket 1, so half of all reads cross.
  const HIRES = 'hires-imagery-16k';
  const opts = (rooting: 'dual-root' | 'single-root'): TestDesignOptions => ({
    name: `8xH100 ${rooting}`, base: DGX_H100, workload: HIRES,
    server: { cpu: 'epyc-9654', rooting, drives: { kind: 'nvme-ssd', model: 'samsung-pm1733-15.36', count: 8, placement: 'socket0' }, nics: { model: 'connectx-7-ndr-400g', count: 1, placement: 'spread' } },
  });

  it('dual-root: the socket link carries half of the read bandwidth; single-root: none', () => {
    const dual = run(opts('dual-root'));
    const single = run(opts('single-root'));
    const drives = resourcesEndingWith(dual, '/drives')[0]!;
    const link = resourcesEndingWith(dual, '/socket-link')[0];
    expect(link, 'dual-root design has no socket-link load').toBeDefined();
    expect(link!.load / drives.load).toBeCloseTo(0.5, 2);
    expect(resourcesEndingWith(single, '/socket-link').every((r) => r.load === 0)).toBe(true);
  });

  it('when the socket link is the tightest resource, dual-root is capped by it and single-root avoids it', () => {
    // A socket link that gives storage DMA 5 GB/s: crossing reads = 0.5 x 1 GB per sample, so the
    // node is capped at 5 / 0.5 = 10 samples/s in the cold epoch; 8 H100s compute ~19/s.
    const LINK_GBPS = 5;
    const dual = evaluate(withSocketLinkGBps(testDesign(opts('dual-root')), LINK_GBPS));
    const single = evaluate(withSocketLinkGBps(testDesign(opts('single-root')), LINK_GBPS));
    expect(dual.coldSamplesPerSec).toBeLessThanOrEqual((LINK_GBPS / (0.5 * storedBytes(HIRES) / 1e9)) * CAP_SLACK);
    expect(dual.bottleneck.cause).toBe('socket-link');
    expect(dual.gpuIdle['socket-link']).toBeGreaterThanOrEqual(0.2);
    expect(single.bottleneck.cause).toBe('gpu-compute');
    expect(single.samplesPerSec).toBeGreaterThanOrEqual(1.5 * dual.samplesPerSec);
  });
});

describe('scenario 5: PCIe switch oversubscription', () => {
  // 8 x B200 on PCIe Gen4 switches (PEX88096, x16 uplink = 31.5 GB/s), 3D U-Net with GPU-side
  // loading (DALI copies each 146.6 MB volume to the GPU). A B200 trains ~85 volumes/s = ~12.5 GB/s.
  // 2 GPUs per switch need ~25 GB/s of 31.5; 4 GPUs per switch need ~50 GB/s of 31.5.
  const UNET = 'unet3d-kits19';
  const opts = (perSwitch: number): TestDesignOptions => ({
    name: `8xB200 ${perSwitch}/switch`, base: DGX_H100, workload: UNET,
    server: { gpu: 'b200-sxm-180gb', pcieSwitch: 'pex88096', gpusPerSwitch: perSwitch, switchUplinkLanes: 16, nics: { model: 'connectx-7-ndr-400g', count: 1, placement: 'spread' } },
    run: { dataLoader: 'gpu' },
  });
  const two = lazy(() => run(opts(2)));
  const four = lazy(() => run(opts(4)));

  it('2 GPUs per x16 uplink: PCIe does not hold the GPUs back', () => {
    expect(two().gpuIdle.pcie).toBeLessThan(0.01);
    expect(two().bottleneck.cause).toBe('gpu-compute');
  });

  it('4 GPUs sharing one x16 uplink: capped at uplink / 4 per GPU, at least 25% slower', () => {
    // Per GPU: 31.5 GB/s / 4 / 146.6 MB = ~53.7 volumes/s; 8 GPUs <= ~430/s.
    const cap = (8 * PCIE4_X16_GBPS * 1e9) / 4 / storedBytes(UNET);
    expect(four().samplesPerSec).toBeLessThanOrEqual(cap * CAP_SLACK);
    expect(four().samplesPerSec).toBeLessThanOrEqual(0.75 * two().samplesPerSec);
    expect(four().bottleneck.cause).toBe('pcie');
    expect(four().gpuIdle.pcie).toBeGreaterThanOrEqual(0.2);
  });
});

describe('scenario 6: adding GPUs inside a node', () => {
  // 8 x H100 with DALI, 64 GB RAM per socket (ImageNet does not fit), one NIC. Efficiency at n GPUs =
  // per-GPU throughput at n / per-GPU throughput at 1.
  const node = (gpus: number, drives: typeof NVME_X4) => run({
    name: `${gpus}xH100 ${drives.kind}`, base: DGX_H100,
    server: { gpusPerNode: gpus, drives, memoryGBPerSocket: 64, nics: { model: 'connectx-7-ndr-400g', count: 1, placement: 'spread' } },
    run: { dataLoader: 'gpu' },
  });
  const efficiency = (drives: typeof NVME_X4) => {
    const one = node(1, drives).samplesPerSec;
    return [1, 2, 4, 8].map((n) => node(n, drives).samplesPerSec / n / one);
  };

  it('a well-fed node scales near-linearly: efficiency >= 0.92 at 8 GPUs, never above 1', () => {
    const eff = efficiency(NVME_X4);
    expect(eff[3]!).toBeGreaterThanOrEqual(0.92);
    for (const e of eff) expect(e).toBeLessThanOrEqual(1 + 1e-9);
    for (let i = 1; i < eff.length; i++) expect(eff[i]!).toBeLessThanOrEqual(eff[i - 1]! + 1e-9);
  });

  it('adding GPUs without adding storage bandwidth drops efficiency (4 SATA SSDs: <= 0.6 at 8 GPUs)', () => {
    // 8 H100s need ~4.5 GB/s warm from 2.16 GB/s of SATA => efficiency ~0.5.
    const eff = efficiency(SATA_X4);
    expect(eff[3]!).toBeLessThanOrEqual(0.6);
    expect(eff[3]!).toBeLessThanOrEqual(efficiency(NVME_X4)[3]! - 0.3);
    expect(node(8, SATA_X4).bottleneck.cause).toBe('storage');
  });
});

describe('scenario 7: scaling across nodes by workload', () => {
  // 8 x H200 nodes (DLRM needs ~106 GB per replica: it does not fit an 80 GB A100/H100, so the
  // comparison uses H200 for all three workloads), one 200 Gb/s HDR NIC per node (25 GB/s), MLPerf
  // software, DALI. Efficiency = per-node throughput at 16 nodes / at 1 node, per-GPU batch fixed.
  const cluster = (workload: string, nodes: number) => run({
    name: `${nodes}x8xH200 ${workload}`, base: DGX_H100, workload,
    server: { gpu: 'h200-sxm-141gb', count: nodes, nics: { model: 'connectx-6-hdr-200g', count: 1, placement: 'spread' } },
    run: { dataLoader: 'gpu', software: 'mlperf' },
  });
  const efficiency = (workload: string) => cluster(workload, 16).samplesPerSec / 16 / cluster(workload, 1).samplesPerSec;
  const resnet = lazy(() => efficiency(IMAGENET));
  const bert = lazy(() => efficiency('bert-large-mlperf'));
  const dlrm = lazy(() => efficiency('dlrm-dcnv2-criteo'));

  it('image classification scales well: ResNet-50 efficiency >= 0.95 at 16 nodes', () => {
    // 51 MB of gradients: 2 x 51 MB / 25 GB/s = ~4 ms, hidden behind a ~35 ms backward pass.
    expect(resnet()).toBeGreaterThanOrEqual(0.95);
  });

  it('BERT-large (672 MB of gradients per step) scales worse: <= 0.9 and >= 5 points below ResNet-50', () => {
    // 2 x 672 MB / 25 GB/s = ~54 ms of all-reduce per step vs ~65 ms of compute, of which only the
    // backward (~2/3) can hide it.
    expect(bert()).toBeLessThanOrEqual(0.9);
    expect(bert()).toBeLessThanOrEqual(resnet() - 0.05);
    expect(cluster('bert-large-mlperf', 16).bottleneck.cause).toBe('network-sync');
  });

  it('DLRM (embedding all-to-all every step, little compute per sample) scales worst: <= 0.8', () => {
    expect(dlrm()).toBeLessThanOrEqual(0.8);
    expect(dlrm()).toBeLessThan(resnet());
  });
});

describe('scenario 8: data richness', () => {
  // 8 x A100 with 2 x 128 GB RAM: neither the 10 TB of 16K imagery nor the ~512 GB of Go game
  // states fit in the page cache. 4 SATA SSDs (2.16 GB/s) vs 4 NVMe (28 GB/s).
  const opts = (workload: string, drives: typeof NVME_X4): TestDesignOptions => ({
    name: `8xA100 ${workload} ${drives.kind}`, workload, server: { drives, memoryGBPerSocket: 128 },
  });
  const pair = (workload: string) => ({ nvme: run(opts(workload, NVME_X4)), sata: run(opts(workload, SATA_X4)) });

  it('16K imagery (~1 GB per sample): storage is the wall; SATA caps it at 2.16 samples/s', () => {
    const { nvme, sata } = pair('hires-imagery-16k');
    // 8 A100s compute ~8 samples/s = ~8 GB/s of reads.
    expect(sata.coldSamplesPerSec).toBeLessThanOrEqual((SATA_X4_GBPS * 1e9 / storedBytes('hires-imagery-16k')) * CAP_SLACK);
    expect(sata.samplesPerSec).toBeLessThanOrEqual(0.4 * nvme.samplesPerSec);
    expect(sata.bottleneck.cause).toBe('storage');
    expect(nvme.bottleneck.cause).toBe('gpu-compute');
  });

  it('3D volumes (~147 MB per sample): the cold epoch from SATA is capped at 2.16 GB/s / 146.6 MB', () => {
    const { nvme, sata } = pair('unet3d-kits19');
    expect(sata.coldSamplesPerSec).toBeLessThanOrEqual((SATA_X4_GBPS * 1e9 / storedBytes('unet3d-kits19')) * CAP_SLACK);
    expect(sata.coldSamplesPerSec).toBeLessThanOrEqual(0.3 * nvme.coldSamplesPerSec);
  });

  it('low-density data (Go game states, ~7.6 kB per sample) does not care about storage (< 1%)', () => {
    // ~7.6k samples/s x 7.6 kB = ~58 MB/s: under 3% of what 4 SATA SSDs deliver.
    const { nvme, sata } = pair('go-alphago-zero');
    expect(sata.samplesPerSec).toBeGreaterThanOrEqual(0.99 * nvme.samplesPerSec);
    expect(sata.coldSamplesPerSec).toBeGreaterThanOrEqual(0.99 * nvme.coldSamplesPerSec);
    expect(sata.gpuIdle.storage).toBeLessThan(0.01);
  });
});

describe('scenario 9: scale-out storage shared by many nodes', () => {
  // N DGX-A100-class nodes (64 GB RAM per socket, no local drives, 2 x 400 Gb/s NICs) reading 16K
  // imagery from one FlashBlade chassis (16 GB/s): each node gets 16/N GB/s.
  const HIRES = 'hires-imagery-16k';
  const cluster = (nodes: number, chassis = 1) => run({
    name: `${nodes} nodes, ${chassis} FlashBlade`, workload: HIRES,
    server: { count: nodes, drives: { ...NVME_X4, count: 0 }, memoryGBPerSocket: 64, nics: { model: 'connectx-7-ndr-400g', count: 2, placement: 'spread' } },
    sharedStorage: { model: 'pure-flashblade-gen1', count: chassis },
    run: { datasetLocation: 'shared' },
  });
  const counts = [1, 2, 4, 8, 16];
  const evals = lazy(() => counts.map((n) => cluster(n)));

  it('more nodes per chassis lowers each node\'s feed (per-node throughput never rises with N)', () => {
    const perNode = evals().map((e, i) => e.samplesPerSec / counts[i]!);
    for (let i = 1; i < perNode.length; i++) expect(perNode[i]!).toBeLessThanOrEqual(perNode[i - 1]! * (1 + 1e-9));
    expect(perNode[4]!).toBeLessThanOrEqual(0.2 * perNode[0]!);
  });

  it('each node gets at most 16 GB/s / N in the cold epoch', () => {
    counts.forEach((n, i) => {
      const cap = (FLASHBLADE_GBPS * 1e9) / n / storedBytes(HIRES);
      expect(evals()[i]!.coldSamplesPerSec / n).toBeLessThanOrEqual(cap * CAP_SLACK);
    });
    expect(evals()[4]!.bottleneck.cause).toBe('storage');
    expect(evals()[4]!.bottleneck.resourceId).toBe('shared-storage');
  });

  it('a second chassis doubles the feed at 16 nodes (>= 1.8x)', () => {
    const two = cluster(16, 2);
    expect(two.coldSamplesPerSec).toBeGreaterThanOrEqual(1.8 * evals()[4]!.coldSamplesPerSec);
  });
});

describe('scenario 10: elastic vs static training under node failures at scale', () => {
  // 256 DGX-A100-class nodes, a node MTBF of 500 h (cluster MTBF ~2 h), a ~2-hour run of 200 epochs
  // of Go game states. A static job restarts (10 min) and redoes work since the last checkpoint on
  // every failure; an elastic one re-forms (~2 min) and continues on the survivors.
  const opts = (elastic: boolean, nodes = 256): TestDesignOptions => ({
    name: `${nodes} nodes elastic=${elastic}`, workload: 'go-alphago-zero', server: { count: nodes },
    run: { elastic, nodeMtbfHours: 500, epochs: 200, restartMinutes: 10 },
  });
  const stat = lazy(() => run(opts(false)));
  const elas = lazy(() => run(opts(true)));

  it('the scenario is in the failure regime (at least half a failure expected)', () => {
    expect(stat().time.expectedFailures).toBeGreaterThanOrEqual(0.5);
  });

  it('a static job loses at least the restart time per expected failure', () => {
    expect(stat().time.failureSeconds).toBeGreaterThanOrEqual(stat().time.expectedFailures * 10 * 60);
  });

  it('elastic training loses less than half the time static training loses, and finishes >= 3% sooner', () => {
    expect(elas().time.failureSeconds).toBeLessThanOrEqual(0.5 * stat().time.failureSeconds);
    expect(elas().time.totalSeconds).toBeLessThanOrEqual(0.97 * stat().time.totalSeconds);
  });

  it('failures cost a larger share of the run at scale (256 vs 16 nodes, same work)', () => {
    // 16 nodes take ~16x longer with a ~16x longer cluster MTBF: about as many failures per run, but
    // each costs a restart plus lost work against a much shorter run at 256 nodes.
    const small = run(opts(false, 16));
    const share = (e: Evaluation) => e.time.failureSeconds / e.time.totalSeconds;
    expect(share(stat())).toBeGreaterThan(share(small));
  });
});

describe('scenario 11: software class on the same hardware', () => {
  // Reference: 8 x A100 ResNet-50 trains up to 2.5x faster under MLPerf software than stock
  // (28.6k vs 11.4k img/s; shared/reference/README.md).
  const sw = (base: typeof DGX_A100, software: 'mlperf' | 'ngc' | 'stock') =>
    run({ name: `${base.gpu} ${software}`, base, run: { software, dataLoader: 'gpu' } });

  for (const base of [DGX_A100, DGX_H100]) {
    it(`8 x ${base.gpu}: stock software is at most 60% of MLPerf throughput and takes >= 1.5x as long`, () => {
      const mlperf = sw(base, 'mlperf');
      const stock = sw(base, 'stock');
      expect(stock.samplesPerSec).toBeLessThanOrEqual(0.6 * mlperf.samplesPerSec);
      expect(stock.time.totalSeconds).toBeGreaterThanOrEqual(1.5 * mlperf.time.totalSeconds);
    });

    it(`8 x ${base.gpu}: the classes are ordered mlperf >= ngc >= stock`, () => {
      const [m, n, s] = (['mlperf', 'ngc', 'stock'] as const).map((c) => sw(base, c).samplesPerSec);
      expect(m!, 'MLPerf-class stack slower than NGC containers').toBeGreaterThanOrEqual(n!);
      expect(n!).toBeGreaterThanOrEqual(s!);
    });
  }
});
