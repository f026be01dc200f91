/**
 * The efficiency terms that depend on the software release, the workload's optimizer and the PCIe
 * collective path: each checked for direction and size against the published figure it rests on.
 */
import { describe, expect, it } from 'vitest';
import { buildServer } from '../catalog/serverBuilder';
import { resolveWorkload } from '../catalog/workloads';
import type { InputError } from '../engineApi';
import type { Workload } from '../model/workload';
import { stackMaturitySlowdown } from './compute';
import { PCIE_COLLECTIVE, STACK_MATURITY, crossSocketPeerGBps } from './efficiency';
import { resolveServer } from './normalize';
import { intraNodeBandwidth } from './sync';
import { DGX_A100, evaluateTest } from './testDesigns';
import { recipeMaturityFactor } from './timeToModel';

function workload(id: string): Workload {
  const w = resolveWorkload(id);
  if (!w) throw new Error(`unknown workload ${id}`);
  return w;
}

describe('stack maturity (older tuned stacks run slower)', () => {
  const bert = workload('bert-large-mlperf');
  const resnet = workload('resnet50-imagenet');
  it('is neutral for an unknown release and for NGC or stock stacks', () => {
    expect(stackMaturitySlowdown(bert, 'mlperf', undefined)).toBe(1);
    expect(stackMaturitySlowdown(bert, 'ngc', 2020.42)).toBe(1);
    expect(stackMaturitySlowdown(bert, 'stock', 2020.42)).toBe(1);
  });
  it('slows the MLPerf v0.7 BERT stack by about 2x or more and fades for later releases', () => {
    const v07 = stackMaturitySlowdown(bert, 'mlperf', 2020.42);
    const v10 = stackMaturitySlowdown(bert, 'mlperf', 2021.33);
    const v30 = stackMaturitySlowdown(bert, 'mlperf', 2023.25);
    // NVIDIA: up to 2.1x per chip from v0.7 to v1.0 (and more from v1.0 to v3.0).
    expect(v07 / v10).toBeGreaterThan(1.8);
    expect(v10).toBeGreaterThan(v30);
    expect(v30).toBeLessThan(1.05);
  });
  it('holds releases older than the calibrated reference at the reference', () => {
    expect(stackMaturitySlowdown(bert, 'mlperf', 2018)).toBe(stackMaturitySlowdown(bert, 'mlperf', STACK_MATURITY.referenceYear.value));
  });
  it('leaves ResNet-50 alone (same per-GPU speed with NGC 19.05 and 20.06 in MLPerf logs)', () => {
    expect(stackMaturitySlowdown(resnet, 'mlperf', 2019.33)).toBe(1);
  });
  it('shows in an evaluation: an MLPerf BERT design with a 2020 stack is slower than with a current one', () => {
    const run = { software: 'mlperf' as const, dataLoader: 'gpu' as const, globalBatch: 448 };
    const old = evaluateTest({ workload: 'bert-large-mlperf', run: { ...run, softwareYear: 2020.42 } });
    const now = evaluateTest({ workload: 'bert-large-mlperf', run });
    expect(old.samplesPerSec).toBeLessThan(now.samplesPerSec / 1.8);
    expect(old.time.totalSeconds).toBeGreaterThan(now.time.totalSeconds * 2);
  });
});

describe('recipe maturity (pre-RCP recipes need more samples)', () => {
  it('is 1 for an unknown or RCP-era release', () => {
    expect(recipeMaturityFactor(undefined)).toBe(1);
    expect(recipeMaturityFactor(2021.33)).toBe(1);
    expect(recipeMaturityFactor(2024.25)).toBe(1);
  });
  it('grows for older releases: NGC 19.05 runs needed about 60 epochs where RCPs need 35', () => {
    const v06 = recipeMaturityFactor(2019.33);
    const v07 = recipeMaturityFactor(2020.42);
    expect(v06).toBeGreaterThan(v07);
    expect(v07).toBeGreaterThan(1);
    expect(v06).toBeGreaterThan(1.4);
    expect(v06).toBeLessThan(60 / 35 + 0.1);
  });
  it('does not touch fixed-epoch runs', () => {
    const a = evaluateTest({ run: { epochs: 90, softwareYear: 2019.33 } });
    const b = evaluateTest({ run: { epochs: 90 } });
    expect(a.time.epochs).toBe(90);
    expect(b.time.epochs).toBe(90);
  });
});

describe('gradient reduction after accumulation (LAMB) is not hidden behind backward', () => {
  it('exposes the all-reduce of BERT while ResNet-50 hides most of it', () => {
    const pcie = { gpuFabric: 'pcie' as const, gpu: 'a100-pcie-80gb', cpu: 'xeon-8380' };
    const bert = evaluateTest({ workload: 'bert-large-mlperf', server: pcie, run: { software: 'mlperf', dataLoader: 'gpu', globalBatch: 256 } });
    const resnet = evaluateTest({ server: pcie, run: { software: 'mlperf', dataLoader: 'gpu', globalBatch: 3264 } });
    // BERT: 672 MB of gradients over ~10 GB/s of PCIe peer bandwidth is ~0.1 s per step, all exposed.
    expect(bert.gpuIdle['network-sync']).toBeGreaterThan(0.2);
    expect(resnet.gpuIdle['network-sync']).toBeLessThan(0.05);
  });
});

describe('PCIe collective bandwidth (NCCL topology model)', () => {
  function busGBps(spec: Partial<typeof DGX_A100>): number {
    const errors: InputError[] = [];
    const server = resolveServer(buildServer({ ...DGX_A100, ...spec }), 0, errors);
    if (!server) throw new Error(JSON.stringify(errors));
    return intraNodeBandwidth(server);
  }
  it('takes 3/4 of a Gen3 x16 link (NCCL PCI_BW 12 GB/s) and less on Intel hosts', () => {
    expect(PCIE_COLLECTIVE.linkEfficiency.value * 16).toBeCloseTo(12, 5);
    const amd = busGBps({ gpuFabric: 'pcie', gpu: 'a100-pcie-80gb', cpu: 'epyc-7742', rooting: 'single-root' });
    const intel = busGBps({ gpuFabric: 'pcie', gpu: 'a100-pcie-80gb', cpu: 'xeon-8380', rooting: 'single-root' });
    expect(intel).toBeLessThan(amd);
    expect(amd).toBeLessThan(32);
  });
  it('is capped by the CPU interconnect when the ring spans two sockets', () => {
    const dual = busGBps({ gpuFabric: 'pcie', gpu: 'a100-pcie-80gb', cpu: 'xeon-6248r', pcieSwitch: 'pex8796' });
    expect(dual).toBeLessThanOrEqual(crossSocketPeerGBps('Intel', 2020).value);
    expect(dual).toBeGreaterThan(5);
  });
  it('is far below NVSwitch', () => {
    expect(busGBps({ gpuFabric: 'pcie', gpu: 'a100-pcie-80gb' }) * 10).toBeLessThan(busGBps({}));
  });
  it('follows NCCL for each CPU generation', () => {
    expect(crossSocketPeerGBps('Intel', 2016).value).toBe(6);
    expect(crossSocketPeerGBps('Intel', 2019).value).toBe(10);
    expect(crossSocketPeerGBps('Intel', 2023).value).toBe(22);
    expect(crossSocketPeerGBps('AMD', 2019).value).toBe(16);
    expect(crossSocketPeerGBps('AMD', 2022).value).toBe(24);
    expect(crossSocketPeerGBps('AMD', 2024).value).toBe(32);
  });
});
