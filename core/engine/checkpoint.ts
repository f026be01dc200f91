/**
 * Checkpoints: how many bytes one is (weights and optimizer state, from the model), where it is written and
 * how fast (shared storage, else the first node's local drives), and how long training is blocked by each
 * (synchronous: the whole write; asynchronous: the copy to host memory, the write then runs in the background).
 * timeToModel.ts turns these into the Young/Daly interval, the time spent checkpointing and the time lost to
 * failures.
 */
import type { Design } from '../model/design';
import type { Workload } from '../model/workload';
import { parameterCounts } from '../llm/formulas';
import { LLM_MEMORY } from '../llm/params';
import type { ResolvedServer } from './resolved';
import { DEFAULTS } from './params/defaults';
import { defineParams, p } from './params/schema';

/** Constants of checkpointing. */
export const CHECKPOINT = defineParams('CHECKPOINT', {
  stagingGBps: p(
    20,
    'GB/s',
    'device-to-host copy of a GPU\'s checkpoint shard into pinned host memory over PCIe Gen4 x16 (32 GB/s raw; CUDA bandwidthTest reaches ~20-26 GB/s pinned), the step an asynchronous checkpoint blocks for (CheckFreq, Mohan et al., FAST 2021: snapshot then persist); estimate',
  ),
});

/** How a checkpoint stops training (see RunSettings.checkpointMode). */
export type CheckpointMode = 'sync' | 'async';

/** Where checkpoints are written. */
export type CheckpointTarget = 'shared-storage' | 'local-drives' | 'assumed-drive';

/** One checkpoint of the design's run. */
export interface CheckpointPlan {
  mode: CheckpointMode;
  /** Bytes written per checkpoint (weights and optimizer state). */
  bytes: number;
  /** Parameters saved (trainable ones for LoRA). */
  parameters: number;
  /** bytes / parameters. */
  bytesPerParameter: number;
  /** Where the byte count comes from, in a phrase. */
  basis: string;
  target: CheckpointTarget;
  /** Write bandwidth of the target, GB/s. */
  writeGBps: number;
  /** Seconds to write one checkpoint to the target. */
  writeSeconds: number;
  /** Bytes each GPU copies to host memory before an asynchronous write (the largest shard). */
  stagedBytesPerGpu: number;
  /** Seconds training is blocked per checkpoint before any interval constraint (sync: the write; async: the copy). */
  blockedSeconds: number;
}

/**
 * Bytes of one checkpoint. Transformer LLMs: from core/llm's parameter count, 16-bit weights plus FP32
 * master weights and Adam moments per trainable parameter (ZeRO, Rajbhandari et al. 2020, section 3.1:
 * 2 + K = 12 bytes; the 2 bytes of gradients are not saved), so 14 B per parameter; under LoRA only the
 * adapters and their state (the frozen base does not change). Other workloads: the catalog's weights and
 * optimizer state, which each workload derives from its parameter count and optimizer (e.g. 8 B per
 * parameter for FP32 SGD with momentum, 12 B for Adam or LAMB).
 */
export function checkpointBytesOf(workload: Workload): Readonly<CheckpointBytes> {
  const m = bytesByWorkload.get(workload);
  if (m && m.checkpointBytes === workload.checkpointBytes && m.parameters === workload.parameters && m.transformer === workload.transformer) return m.value;
  const value = checkpointBytesUncached(workload);
  bytesByWorkload.set(workload, { checkpointBytes: workload.checkpointBytes, parameters: workload.parameters, transformer: workload.transformer, value });
  return value;
}

type CheckpointBytes = Pick<CheckpointPlan, 'bytes' | 'parameters' | 'bytesPerParameter' | 'basis'>;

// One answer per workload object, checked against the fields it is computed from (a workload edited in place is
// computed again): a node sweep asks at every point, and the basis is a sentence with a number in it.
const bytesByWorkload = new WeakMap<Workload, { checkpointBytes: number; parameters: number; transformer: Workload['transformer']; value: CheckpointBytes }>();

function checkpointBytesUncached(workload: Workload): CheckpointBytes {
  if (workload.transformer) {
    const counts = parameterCounts(workload.transformer);
    const perParameter = LLM_MEMORY.weightBytes.value + LLM_MEMORY.optimizerBytes.value;
    return {
      bytes: counts.trainable * perParameter,
      parameters: counts.trainable,
      bytesPerParameter: perParameter,
      basis: `${perParameter} B per ${workload.transformer.lora ? 'adapter ' : ''}parameter of the transformer's count: 16-bit weights, FP32 master weights and Adam moments, per ZeRO section 3.1`,
    };
  }
  return {
    bytes: workload.checkpointBytes,
    parameters: workload.parameters,
    bytesPerParameter: workload.checkpointBytes / workload.parameters,
    basis: `${formatBytesPerParameter(workload.checkpointBytes / workload.parameters)} B per parameter of weights and optimizer state, from the workload catalog`,
  };
}

function formatBytesPerParameter(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}

/**
 * Write bandwidth for checkpoints, GB/s: the shared storage's (times its count) when the design has one,
 * else the sum of the first GPU node's drives (a rank-0 save), else an assumed SATA SSD. The shared storage's
 * figure is the catalog's write bandwidth until the storage-system model (core/storage) replaces it.
 */
export function checkpointWriteGBps(design: Design, servers: readonly ResolvedServer[], sharedWriteGBps: number | undefined): { writeGBps: number; target: CheckpointTarget } {
  if (design.sharedStorage && sharedWriteGBps) return { writeGBps: sharedWriteGBps * design.sharedStorage.count, target: 'shared-storage' };
  const drives = servers[0]?.drives ?? [];
  const local = drives.reduce((s, d) => s + (d.drive?.seqWriteGBps ?? 0), 0);
  return local > 0 ? { writeGBps: local, target: 'local-drives' } : { writeGBps: DEFAULTS.checkpointWriteGBps.value, target: 'assumed-drive' };
}

/**
 * The design's checkpoint: its bytes, where it goes and the time it blocks training. An asynchronous save
 * stages each GPU's shard: the whole state on one GPU for data-parallel workloads (every GPU holds a full
 * replica and rank 0 saves it), 1/N on each of N GPUs for LLMs (sharded by tensor, pipeline and ZeRO/
 * distributed-optimizer parallelism, saved in parallel as Megatron-Core's distributed checkpoint does).
 */
export function checkpointPlan(design: Design, servers: readonly ResolvedServer[], workload: Workload, totalGpus: number, sharedWriteGBps: number | undefined): CheckpointPlan {
  const model = checkpointBytesOf(workload);
  const { writeGBps, target } = checkpointWriteGBps(design, servers, sharedWriteGBps);
  const writeSeconds = model.bytes / 1e9 / writeGBps;
  const mode: CheckpointMode = design.run.checkpointMode ?? 'sync';
  const stagedBytesPerGpu = workload.transformer ? model.bytes / Math.max(1, totalGpus) : model.bytes;
  const stagingSeconds = stagedBytesPerGpu / 1e9 / CHECKPOINT.stagingGBps.value;
  return {
    mode, bytes: model.bytes, parameters: model.parameters, bytesPerParameter: model.bytesPerParameter, basis: model.basis,
    target, writeGBps, writeSeconds, stagedBytesPerGpu, blockedSeconds: mode === 'async' ? Math.min(stagingSeconds, writeSeconds) : writeSeconds,
  };
}

const TARGET_LABELS: Record<CheckpointTarget, string> = {
  'shared-storage': 'shared storage',
  'local-drives': "the first node's local drives",
  'assumed-drive': 'an assumed SATA SSD (no drive or shared storage to write to)',
};

function gigabytes(bytes: number): string {
  const gb = bytes / 1e9;
  return `${gb >= 100 ? Math.round(gb).toLocaleString('en-US') : gb >= 1 ? gb.toFixed(1) : gb.toFixed(2)} GB`;
}

function count(n: number): string {
  if (Number.isInteger(n) || n >= 10) return Math.round(n).toLocaleString('en-US');
  return n.toFixed(n >= 1 ? 1 : 2);
}

/**
 * The checkpoint and failure part of a time to model in a sentence (the CLI, the results panel and the PDF
 * use it, each with its own duration format): size and basis, target and write time, what one blocks,
 * interval, total and the failures. Every figure an estimate of the model.
 */
export function describeCheckpoints(time: TimeToModelCheckpoints, duration: (seconds: number) => string): string {
  const c = time.checkpoint;
  const interval = time.checkpointIntervalSeconds;
  const blocked = c.mode === 'async'
    ? `asynchronous, each blocks ${duration(time.checkpointBlockedSeconds)} (copy to host memory) and writes in the background`
    : `synchronous, each blocks for its write`;
  return `Checkpoints: ${gigabytes(c.bytes)} each (${c.basis}) to ${TARGET_LABELS[c.target]} at ${c.writeGBps.toLocaleString('en-US', { maximumFractionDigits: 1 })} GB/s, ${duration(c.writeSeconds)} to write; ${blocked}; every ${duration(interval)}, ${count(time.checkpointCount)} in all costing ${duration(time.checkpointSeconds)}. Failures: ${count(time.expectedFailures)} expected, costing ${duration(time.failureSeconds)}.`;
}

/** The fields of a time to model that describeCheckpoints reads. */
export interface TimeToModelCheckpoints {
  checkpoint: CheckpointPlan;
  checkpointIntervalSeconds: number;
  checkpointCount: number;
  checkpointBlockedSeconds: number;
  checkpointSeconds: number;
  expectedFailures: number;
  failureSeconds: number;
}
