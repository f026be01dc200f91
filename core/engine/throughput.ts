import type { Design } from '../model/design';
import type { SharedStorage } from '../model/catalog';
import type { Workload } from '../model/workload';
import type { IdleCause, ResourceUse } from './result';
import type { ResolvedServer } from './resolved';
import { gpuSecondsPerSample, optimizerStepSeconds } from './compute';
import { DOMAIN_SYNC_OVERLAP, SOFTWARE, STAGE_CV } from './efficiency';
import { routeInputPipeline, type PipelinePlan, type PipelineResource, type Stage } from './pipeline';
import { effectivePlaces, expectedMaxZ, tandemThroughput } from './queueing';
import { allReduceTime, nodeNetworkBandwidth, type SyncTime } from './sync';

/** Throughput of one server type at one cache state. */
export interface ServerThroughput {
  server: ResolvedServer;
  /** Samples/s one GPU achieves, with everything. */
  perGpuRate: number;
  /** Samples/s one GPU could compute if never starved (step overheads, sync and stragglers included). */
  gpuRate: number;
  /** Per-sample rate limit of each input stage (Infinity when the stage has no resource). */
  stageRates: Record<Stage, number>;
  /** The resource limiting each stage. */
  stageLimiters: Partial<Record<Stage, PipelineResource>>;
  resources: readonly PipelineResource[];
  step: { computeSeconds: number; hostSeconds: number; overheadSeconds: number; exposedSyncSeconds: number; stragglerSeconds: number };
  sync: SyncTime;
}

/** Design-wide inputs shared by every server type. */
export interface ThroughputContext {
  design: Design;
  workload: Workload;
  servers: ResolvedServer[];
  plans: PipelinePlan[];
  totalGpus: number;
  totalNodes: number;
  batchPerGpu: number;
  sharedStorage?: SharedStorage;
}

const STAGES: Stage[] = ['storage', 'cpu', 'pcie'];

/** Evaluates each server type's GPU and input-pipeline rates for a given share of reads that miss the page cache. */
export function serverThroughputs(ctx: ThroughputContext, missOf: (plan: PipelinePlan) => number): ServerThroughput[] {
  const { design, workload, servers, totalGpus, totalNodes, batchPerGpu } = ctx;
  const run = design.run;
  const sw = SOFTWARE[run.software];
  // The network all-reduce runs at the pace of the slowest node's NICs.
  const slowestNodeGBps = Math.min(...servers.map((s) => nodeNetworkBandwidth(design, s)));
  const z = expectedMaxZ(totalGpus);
  return servers.map((server, i) => {
    const gpu = server.gpus.reduce((slow, g) => (g.gpu!.fp16Tflops < slow.gpu!.fp16Tflops ? g : slow), server.gpus[0]!).gpu!;
    const t = gpuSecondsPerSample(gpu, workload, run.precision, run.software, run.softwareYear);
    const computeSeconds = batchPerGpu * (t.totalSeconds - t.hostSeconds);
    const hostSeconds = batchPerGpu * t.hostSeconds;
    const sync = allReduceTime(design, server, workload.gradientBytes, totalNodes, slowestNodeGBps);
    // The all-reduce overlaps the backward pass (about two thirds of the compute).
    // Embedding all-to-all (recommendation models) runs forward and backward on the critical path, not overlapped.
    const perGpuNetGBps = totalNodes > 1 ? slowestNodeGBps / server.gpus.length : sync.intraGBps;
    const exchangeSeconds = ((workload.exchangeBytesPerSample ?? 0) * batchPerGpu * 2) / 1e9 / Math.max(1e-6, perGpuNetGBps);
    const overlap = sw.syncOverlap.value * DOMAIN_SYNC_OVERLAP[workload.domain].value;
    const exposedSyncSeconds = Math.max(0, sync.seconds - overlap * (2 / 3) * computeSeconds) + exchangeSeconds;
    const overheadSeconds = sw.stepOverheadSeconds.value + optimizerStepSeconds(gpu, workload, run.software, server.gpus.length);
    const base = computeSeconds + hostSeconds + overheadSeconds + exposedSyncSeconds;
    // The slowest of N GPUs: relative jitter (scales with the step) plus absolute jitter (does not).
    const stragglerSeconds = (base * sw.stepTimeCv.value + sw.stepJitterSeconds.value) * z;
    const gpuRate = batchPerGpu / (base + stragglerSeconds);

    const resources = routeInputPipeline(design, server, workload, ctx.plans[i]!, missOf(ctx.plans[i]!), {
      storage: ctx.sharedStorage, units: design.sharedStorage?.count ?? 0, readGBps: design.sharedStorage?.readGBps, totalGpus,
    });
    const stageRates: Record<Stage, number> = { storage: Infinity, cpu: Infinity, pcie: Infinity };
    const stageLimiters: Partial<Record<Stage, PipelineResource>> = {};
    for (const r of resources) {
      if (r.loadPerGpuRate <= 0) continue;
      const limit = r.capacity / r.loadPerGpuRate;
      if (limit < stageRates[r.stage]) { stageRates[r.stage] = limit; stageLimiters[r.stage] = r; }
    }
    const perGpuRate = chainThroughput([...STAGES.map((s) => ({ rate: stageRates[s], cv: STAGE_CV[s].value })), { rate: gpuRate, cv: STAGE_CV.gpu.value }], run.prefetchDepth);
    return { server, perGpuRate, gpuRate, stageRates, stageLimiters, resources, step: { computeSeconds, hostSeconds, overheadSeconds, exposedSyncSeconds, stragglerSeconds }, sync };
  });
}

/**
 * Throughput of a line of stages joined by buffers of `depth` batches: the slowest stage's rate,
 * reduced by the blocking/starving loss it suffers against each other stage (pairwise two-station terms).
 */
export function chainThroughput(stages: Array<{ rate: number; cv: number }>, depth: number): number {
  const finite = stages.filter((s) => Number.isFinite(s.rate));
  if (!finite.length) return Infinity;
  const slow = finite.reduce((a, b) => (b.rate < a.rate ? b : a));
  let x = slow.rate;
  for (const s of finite) {
    if (s === slow) continue;
    const pair = tandemThroughput(slow.rate, s.rate, effectivePlaces(depth, slow.cv, s.cv));
    x *= pair / slow.rate;
  }
  return x;
}

/** Splits each GPU's step into busy time and idle time by cause, for the slowest server type. */
export function idleSplit(t: ServerThroughput, achievedPerGpuRate: number, batchPerGpu: number): { busy: number; idle: Record<IdleCause, number> } {
  const idle: Record<IdleCause, number> = { storage: 0, cpu: 0, pcie: 0, 'socket-link': 0, 'network-sync': 0, stragglers: 0, 'pipeline-variance': 0, framework: 0 };
  const step = batchPerGpu / achievedPerGpuRate;
  const gpuStep = batchPerGpu / t.gpuRate;
  idle['network-sync'] = t.step.exposedSyncSeconds / step;
  idle.stragglers = t.step.stragglerSeconds / step;
  idle.framework = (t.step.hostSeconds + t.step.overheadSeconds) / step;
  const busy = t.step.computeSeconds / step;
  // Waiting beyond the GPU's own step is starvation: the part up to the slowest input stage's pace is that
  // stage's fault, the rest is queueing loss from variability and finite prefetch.
  const starved = Math.max(0, step - gpuStep);
  if (starved > 0) {
    const slowest = STAGES.reduce((a, b) => (t.stageRates[b] < t.stageRates[a] ? b : a));
    const paceStep = batchPerGpu / Math.min(t.stageRates[slowest], Infinity);
    const starvedByStage = Math.max(0, Math.min(starved, paceStep - gpuStep));
    const limiter = t.stageLimiters[slowest];
    const cause: IdleCause = limiter?.kind === 'cpu' ? 'cpu' : limiter?.kind === 'socket-link' ? 'socket-link' : limiter?.kind === 'pcie-link' ? 'pcie' : 'storage';
    idle[cause] += starvedByStage / step;
    idle['pipeline-variance'] += (starved - starvedByStage) / step;
  }
  return { busy, idle };
}

/** Resource utilisation table at the achieved throughput. */
export function resourceUses(t: ServerThroughput, achievedPerGpuRate: number): ResourceUse[] {
  return t.resources.map((r) => {
    const load = r.loadPerGpuRate * achievedPerGpuRate;
    return { id: r.id, label: r.label, kind: r.kind, load, capacity: r.capacity, unit: r.unit, utilization: r.capacity > 0 ? Math.min(1, load / r.capacity) : 0 };
  });
}
