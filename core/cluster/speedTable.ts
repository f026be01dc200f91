/**
 * How fast each training job class runs at each size and placement, from the engine (`evaluateDesign`):
 * evaluated once per class, server count and placement, then cached; the simulation never calls the
 * engine per event.
 *
 * Placement across leaf switches: inside one leaf the leaf switch connects every server at full port rate,
 * so the job is evaluated on a non-blocking fabric (oversubscription 1); a job spanning leaves sends its
 * all-reduce through the leaf uplinks, so it is evaluated with the fabric's leaf-to-spine oversubscription
 * (Al-Fares et al., SIGCOMM 2008: oversubscription is the ratio of host bandwidth to the bandwidth left
 * between hosts under different leaves in the worst case). This is the worst case, as if the uplinks
 * were busy with other tenants' traffic; an estimate.
 */
// The public engine API only (core/index.ts), so the engine's internals can move without breaking this.
import { evaluateDesign } from '../index';
import type { Design } from '../model/design';
import type { Workload } from '../model/workload';
import type { ClusterShape } from './clusterShape';
import type { JobClass } from './scenarioSchema';

/** The engine's answer for one class at one size and placement. */
export interface SizeSpeed {
  servers: number;
  crossLeaf: boolean;
  /** Training samples per second including the cold first epoch, evaluation and checkpoint writes (failures excluded: the simulation draws them). */
  samplesPerSec: number;
  /** Checkpoint interval at this size (Young/Daly from the engine), s. */
  checkpointIntervalSeconds: number;
  /** Time to write one checkpoint, s (0 when the engine's run writes none); samplesPerSec already pays the blocked part. */
  checkpointWriteSeconds: number;
}

/** The engine's figures for one training job class. */
export interface ClassSpeed {
  /** Samples one job must process to reach its target. */
  samplesPerJob: number;
  /** Speed at `servers` whole servers, inside one leaf or across leaves. Throws only when the engine refuses the size. */
  at(servers: number, crossLeaf: boolean): SizeSpeed;
}

/** Why the engine could not price a job class; `path` is relative to the class (e.g. `workload`). */
export class SpeedError extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
    this.name = 'SpeedError';
  }
}

function jobDesign(shape: ClusterShape, cls: JobClass, workload: Workload | string, datasetSamples: number): Design {
  const base = shape.design;
  const referenceGpus = Math.max(cls.gpus, cls.elastic?.maxGpus ?? 0, shape.gpusPerServer);
  const refBatch = typeof workload === 'string' ? undefined : workload.referenceBatchPerGpu;
  // Elastic frameworks keep the global batch when they resize (TorchElastic, Elastic Horovod), so the samples
  // to the target stay the same at every size; a static job gets the same rule for comparability.
  const globalBatch = cls.run?.globalBatch ?? (refBatch !== undefined ? refBatch * referenceGpus : undefined);
  const epochs = cls.size.epochs ?? (cls.size.samples !== undefined ? cls.size.samples / datasetSamples : undefined);
  return {
    ...base,
    workload,
    run: {
      ...base.run,
      ...(cls.run?.precision ? { precision: cls.run.precision } : {}),
      ...(cls.run?.software ? { software: cls.run.software } : {}),
      ...(globalBatch !== undefined ? { globalBatch } : {}),
      ...(epochs !== undefined ? { epochs } : {}),
    },
  };
}

function withServers(design: Design, shape: ClusterShape, servers: number, oversubscription: number): Design {
  return {
    ...design,
    fabric: { ...design.fabric, oversubscription },
    serverTypes: design.serverTypes.map((t) => (t.id === shape.serverTypeId ? { ...t, count: servers } : t)),
  };
}

/**
 * The engine-backed speed of a training class on `shape`. `workload` is the class's resolved workload
 * (catalog entry or the user's); its id is passed to the engine when it came from the catalog.
 */
export function classSpeed(shape: ClusterShape, cls: JobClass, workload: Workload, catalogId: string | undefined): ClassSpeed {
  const design = jobDesign(shape, cls, catalogId ?? workload, workload.datasetSamples);
  const cache = new Map<string, SizeSpeed>();
  let samplesPerJob = 0;
  const evaluateAt = (servers: number, cross: boolean): SizeSpeed => {
    const key = `${servers}:${cross ? 1 : 0}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const response = evaluateDesign(withServers(design, shape, servers, cross ? shape.oversubscription : 1));
    if (!response.ok) {
      const first = response.errors[0];
      const path = first?.path === 'workload' || first?.path.startsWith('serverTypes') ? 'workload' : '';
      throw new SpeedError(path, `${servers * shape.gpusPerServer} GPUs: ${first?.message ?? 'the engine cannot evaluate this size'}`);
    }
    const t = response.evaluation.time;
    const work = t.firstEpochSeconds + t.remainingEpochsSeconds + t.evaluationSeconds;
    const checkpoints = t.checkpointIntervalSeconds > 0 ? Math.floor(work / t.checkpointIntervalSeconds) : 0;
    const speed: SizeSpeed = {
      servers,
      crossLeaf: cross,
      samplesPerSec: t.samplesToTarget / (t.totalSeconds - t.failureSeconds),
      checkpointIntervalSeconds: t.checkpointIntervalSeconds,
      // The whole write (read back at restart), not the blocked part an asynchronous save costs each time.
      checkpointWriteSeconds: checkpoints > 0 ? t.checkpoint.writeSeconds : 0,
    };
    if (samplesPerJob === 0) samplesPerJob = cls.size.samples ?? t.samplesToTarget;
    cache.set(key, speed);
    return speed;
  };
  const at = (servers: number, crossLeaf: boolean): SizeSpeed => {
    const cross = crossLeaf && servers > 1 && shape.oversubscription > 1;
    const [lo, hi] = pricedSizesAround(servers);
    const low = evaluateAt(lo, cross);
    if (hi === lo) return low;
    // Between two priced sizes the throughput per server is interpolated linearly (they are at most 25% apart).
    const high = evaluateAt(hi, cross);
    const f = (servers - lo) / (hi - lo);
    const perServer = (low.samplesPerSec / lo) * (1 - f) + (high.samplesPerSec / hi) * f;
    return { ...low, servers, samplesPerSec: perServer * servers };
  };
  // The first evaluation fixes the samples per job (the same at every size: the global batch is fixed).
  at(1, false);
  return { samplesPerJob, at };
}

/**
 * The priced server counts nearest `servers` from below and above: every count up to 16, then 16, 20, 24, 28,
 * 32, 40, 48, 56, 64, 80, ... (four per doubling), so a job class costs the engine about 4 evaluations per
 * doubling of its size range instead of one per server.
 */
export function pricedSizesAround(servers: number): [number, number] {
  if (servers <= 16) return [servers, servers];
  const octave = 2 ** Math.floor(Math.log2(servers / 8));
  const step = octave * 2;
  const lo = Math.floor(servers / step) * step;
  return lo === servers ? [lo, lo] : [lo, lo + step];
}

/** Dollars per GPU-hour of owning and powering the cluster (capex, power, colocation, support; no utilisation mark-up). */
export function usdPerGpuHour(shape: ClusterShape, workload: string | Workload): number {
  const r = evaluateDesign({ ...shape.design, workload });
  if (!r.ok) return 0;
  const b = r.evaluation.cost.breakdownUsdPerHour;
  return (b.capex + b.power + b.colocation + b.support) / Math.max(1, r.evaluation.gpus);
}
