/**
 * A storage benchmark workload with no GPU compute: an emulated accelerator that sleeps a fixed compute time per
 * batch, as MLPerf Storage / DLIO define it, and the accelerator utilization (AU) a storage system and its
 * clients give N such accelerators.
 */
import { z } from 'zod';
import { chainThroughput } from '../engine/throughput';
import { STAGE_CV } from '../engine/efficiency';
import { CLIENT_STACK, EMULATED } from './params';
import { FileFormatSchema, decodeCoreSeconds } from './decode';
import { clientHostCeilingGBps, clientNicGBps, coreSpeed, stackCoreSecondsPerGB, usableCores, type StorageClient } from './client';
import { storageCapacity, type StorageCapacity, type StorageSystem } from './system';

export const EmulatedWorkloadSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  batchPerAccelerator: z.number().int().min(1),
  /** Time the emulated accelerator computes (sleeps) per batch, s. */
  computeSecondsPerBatch: z.number().positive(),
  /** Mean bytes of one sample as stored. */
  recordBytes: z.number().positive(),
  /** Samples per file (1 = one file per sample: every sample costs an open). */
  samplesPerFile: z.number().int().min(1),
  format: FileFormatSchema,
  /** Reader threads per accelerator. */
  readThreads: z.number().int().min(1).max(1024),
  /** Preprocessing (computation) threads per accelerator besides the readers (DLIO `computation_threads`; 0 when not set). */
  computeThreads: z.number().int().min(0).max(1024).default(0),
  /** AU a run must keep to pass, %. */
  auThresholdPct: z.number().min(1).max(100),
  source: z.string().min(10),
});
export type EmulatedWorkload = z.infer<typeof EmulatedWorkloadSchema>;

/** Samples/s one emulated accelerator asks for when never starved. */
export function demandPerAccelerator(w: Pick<EmulatedWorkload, 'batchPerAccelerator' | 'computeSecondsPerBatch'>): number {
  return w.batchPerAccelerator / w.computeSecondsPerBatch;
}

/** The data path of a storage-fed accelerator pool: a storage system and `hosts` identical client hosts. */
export interface StorageSetup {
  system: StorageSystem;
  /** Units of the system (their capacities add up). */
  units?: number;
  client: StorageClient;
  hosts: number;
}

/**
 * What the readers need: bytes per sample, samples per file, format, reader threads per consumer; optionally the
 * reference-core CPU seconds per sample of a real input pipeline (decode and augmentation, replacing the format's
 * parse cost) and the cores each consumer's own process takes (default: an emulated accelerator's).
 */
export type ReadProfile = Pick<EmulatedWorkload, 'recordBytes' | 'samplesPerFile' | 'format' | 'readThreads'> & {
  computeThreads?: number;
  cpuCoreSecondsPerSample?: number;
  coresPerConsumer?: number;
  /** Share of samples read from storage rather than the client's page cache (default 1: MLPerf Storage forbids caching). */
  missFraction?: number;
};

/** One part of the data path and the samples/s it allows at a given accelerator count. */
export interface SupplyPart {
  id: string;
  label: string;
  samplesPerSec: number;
}

/** Samples/s each part of the data path can supply to `accelerators` consumers, and the smallest. */
/** Whether readers stream large contiguous extents (packed record files or multi-megabyte samples). */
export function readsSequentially(read: ReadProfile): boolean {
  return read.samplesPerFile > 1 || read.recordBytes >= 16e6;
}

export function supplyParts(setup: StorageSetup, read: ReadProfile, accelerators: number, capacity: StorageCapacity = storageCapacity(setup.system, readsSequentially(read))): { parts: SupplyPart[]; limit: SupplyPart } {
  const B = read.recordBytes;
  // Samples served by the page cache cost no storage, network or client-stack work: those parts carry only the misses.
  const miss = Math.max(1e-9, read.missFraction ?? 1);
  const units = setup.units ?? 1;
  const { client, hosts } = setup;
  const parts: SupplyPart[] = [];
  parts.push({ id: `storage:${capacity.readLimit.id}`, label: `storage ${capacity.readLimit.label}`, samplesPerSec: (units * capacity.readGBps * 1e9) / B / miss });
  if (read.samplesPerFile === 1 && setup.system.fileSystem !== 'local') {
    parts.push({ id: 'storage:metadata', label: 'storage metadata (one open per sample)', samplesPerSec: (units * capacity.opensPerSec) / miss });
  }
  const nic = clientNicGBps(client);
  if (Number.isFinite(nic)) parts.push({ id: 'client:nic', label: `client NICs ${client.nicPorts} x ${client.nicGbps} Gb/s (${client.transport}) x ${hosts} host(s)`, samplesPerSec: (hosts * nic * 1e9) / B / miss });
  const ceiling = clientHostCeilingGBps(client, setup.system.fileSystem);
  if (Number.isFinite(ceiling)) parts.push({ id: 'client:stack', label: `${client.stack} client stack (${ceiling.toFixed(1)} GB/s per host) x ${hosts} host(s)`, samplesPerSec: (hosts * ceiling * 1e9) / B / miss });
  const speed = coreSpeed(client);
  const parse = read.cpuCoreSecondsPerSample !== undefined ? read.cpuCoreSecondsPerSample / speed : decodeCoreSeconds(read.format, B, speed, read.samplesPerFile);
  const perSampleCore = (stackCoreSecondsPerGB(client.stack, client.transport, client.dpuOffload) * B * miss) / 1e9 / speed + parse;
  const freeCores = Math.max(0, usableCores(client) - ((accelerators / hosts) * (read.coresPerConsumer ?? EMULATED.coresPerLoaderThread.value * (read.readThreads + (read.computeThreads ?? 0)))) / speed);
  parts.push({ id: 'client:cpu', label: `client CPU ${client.cores} cores (${client.stack}${client.dpuOffload ? ', DPU offload' : ''}, ${read.format}) x ${hosts} host(s)`, samplesPerSec: (hosts * freeCores) / perSampleCore });
  const perThreadSeconds = capacity.openLatencySeconds / read.samplesPerFile + B / (CLIENT_STACK.perThreadStreamGBps.value * 1e9);
  parts.push({ id: 'client:threads', label: `${read.readThreads} reader thread(s) per accelerator`, samplesPerSec: (accelerators * read.readThreads) / perThreadSeconds / miss });
  const limit = parts.reduce((a, b) => (b.samplesPerSec < a.samplesPerSec ? b : a));
  return { parts, limit };
}

/** AU and delivered rate of `accelerators` emulated accelerators on a setup. */
export interface AuPoint {
  accelerators: number;
  /** Accelerator utilization, 0..1. */
  au: number;
  samplesPerSec: number;
  /** The part of the data path with the least headroom. */
  limitingPart: SupplyPart;
}

/**
 * AU at an accelerator count: each accelerator asks `demand` samples/s; the data path's supply is shared. The
 * two-station queue of `chainThroughput` (supply with prefetch against the accelerator) gives the loss near
 * balance; `EMULATED.lightLoadAu` is the fixed per-epoch overhead seen even with no contention.
 */
export function auAt(setup: StorageSetup, read: ReadProfile, demand: number, accelerators: number, capacity?: StorageCapacity): AuPoint {
  const { limit } = supplyParts(setup, read, accelerators, capacity);
  const perAccel = limit.samplesPerSec / accelerators;
  const rate = chainThroughput([{ rate: perAccel, cv: STAGE_CV.storage.value }, { rate: demand, cv: STAGE_CV.gpu.value }], EMULATED.prefetchBatches.value);
  const au = Math.min(1, rate / demand) * EMULATED.lightLoadAu.value;
  return { accelerators, au, samplesPerSec: accelerators * demand * au, limitingPart: limit };
}

/** Largest accelerator count whose AU stays at or above `auTarget` (0..1); 0 when even one falls short. */
export function maxAccelerators(setup: StorageSetup, read: ReadProfile, demand: number, auTarget: number, limit = 1_000_000): number {
  const capacity = storageCapacity(setup.system, readsSequentially(read));
  const ok = (n: number) => auAt(setup, read, demand, n, capacity).au >= auTarget;
  if (!ok(1)) return 0;
  let lo = 1;
  let hi = 2;
  while (hi <= limit && ok(hi)) { lo = hi; hi *= 2; }
  if (hi > limit) return limit;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) lo = mid; else hi = mid;
  }
  return lo;
}
