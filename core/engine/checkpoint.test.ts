import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import { exampleProject } from '../examples';
import { resolveWorkload } from '../catalog/workloads';
import { parameterCounts } from '../llm/formulas';
import { evaluateDesign } from './evaluate';
import { checkpointBytesOf } from './checkpoint';
import { youngDalyInterval } from './timeToModel';

function withRun(design: Design, run: Partial<Design['run']>, workload?: string, storageCount?: number): Design {
  return {
    ...design,
    run: { ...design.run, ...run },
    ...(workload ? { workload } : {}),
    ...(storageCount && design.sharedStorage ? { sharedStorage: { ...design.sharedStorage, count: storageCount } } : {}),
  };
}

function time(design: Design) {
  const r = evaluateDesign(design);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
  return r.evaluation.time;
}

const cluster = () => exampleProject('cluster-16-shared-storage').design;
const llm = (run: Partial<Design['run']> = {}, storageCount?: number) => withRun(cluster(), run, 'llama3.1-70b', storageCount);

describe('checkpoint bytes from the model', () => {
  it('an LLM checkpoint is 14 B per parameter of core/llm\'s count, within 1% of the catalog\'s stated size', () => {
    const w = resolveWorkload('llama3.1-70b')!;
    const ck = checkpointBytesOf(w);
    expect(ck.bytesPerParameter).toBe(14);
    expect(ck.parameters).toBe(parameterCounts(w.transformer!).trainable);
    expect(Math.abs(ck.bytes / w.checkpointBytes - 1)).toBeLessThan(0.01);
  });

  it('a LoRA checkpoint holds the adapters and their state, not the frozen base', () => {
    const lora = checkpointBytesOf(resolveWorkload('llama2-70b-lora')!);
    const full = checkpointBytesOf(resolveWorkload('llama2-70b')!);
    expect(lora.bytes).toBeLessThan(full.bytes / 100);
    expect(lora.basis).toMatch(/adapter/);
  });

  it('other workloads use their weights and optimizer state (ResNet-50, SGD with momentum: 8 B per parameter)', () => {
    const ck = checkpointBytesOf(resolveWorkload('resnet50-imagenet')!);
    expect(ck.bytesPerParameter).toBe(8);
  });
});

describe('checkpoint time in the time to model', () => {
  it('reports where the checkpoint goes and how fast: shared storage, else local drives', () => {
    const shared = time(llm()).checkpoint;
    expect(shared.target).toBe('shared-storage');
    expect(shared.writeSeconds).toBeCloseTo(shared.bytes / 1e9 / shared.writeGBps, 9);
    expect(time(exampleProject('dgx-a100-resnet50-nvme').design).checkpoint.target).toBe('local-drives');
  });

  it('a synchronous checkpoint blocks for its write, at the Young/Daly interval of that write', () => {
    const t = time(llm());
    const nodes = 16;
    const mtbf = (cluster().run.nodeMtbfHours * 3600) / nodes;
    expect(t.checkpointBlockedSeconds).toBe(t.checkpoint.writeSeconds);
    expect(t.checkpointIntervalSeconds).toBeCloseTo(youngDalyInterval(t.checkpoint.writeSeconds, mtbf), 6);
    expect(t.checkpointSeconds).toBeCloseTo(t.checkpointCount * t.checkpoint.writeSeconds, 6);
  });

  it('halving the write bandwidth costs about sqrt(2) more checkpoint time (Young/Daly: checkpoints x write ~ sqrt(write))', () => {
    const fast = time(llm({}, 4));
    const slow = time(llm({}, 2));
    expect(slow.checkpoint.writeSeconds / fast.checkpoint.writeSeconds).toBeCloseTo(2, 6);
    expect(slow.checkpointSeconds / fast.checkpointSeconds).toBeGreaterThan(1.3);
    expect(slow.checkpointSeconds / fast.checkpointSeconds).toBeLessThan(1.5);
  });

  it('an asynchronous checkpoint blocks only for the copy to host memory: several times less checkpoint time and failure loss, shorter time to model', () => {
    const sync = time(llm({ checkpointMode: 'sync' }));
    const async = time(llm({ checkpointMode: 'async' }));
    expect(async.checkpointBlockedSeconds).toBeLessThan(sync.checkpointBlockedSeconds / 5);
    expect(async.checkpointIntervalSeconds).toBeLessThan(sync.checkpointIntervalSeconds);
    expect(async.checkpointIntervalSeconds).toBeGreaterThanOrEqual(async.checkpoint.writeSeconds);
    expect(async.checkpointSeconds).toBeLessThan(sync.checkpointSeconds / 2);
    expect(async.failureSeconds).toBeLessThan(sync.failureSeconds);
    expect(async.totalSeconds).toBeLessThan(sync.totalSeconds);
  });

  it('an asynchronous interval set shorter than the write blocks for the rest of the write', () => {
    const gpt3 = (run: Partial<Design['run']>) => withRun(cluster(), run, 'gpt3-175b', 1);
    const write = time(gpt3({})).checkpoint.writeSeconds;
    expect(write / 2).toBeGreaterThan(6); // a plausible interval: at least 0.1 min
    const t = time(gpt3({ checkpointMode: 'async', checkpointIntervalMinutes: write / 2 / 60 }));
    expect(t.checkpointBlockedSeconds).toBeCloseTo(t.checkpoint.blockedSeconds + write / 2, 6);
  });
});
