import type { Design } from '../model/design';
import type { SharedStorage } from '../model/catalog';
import type { Workload } from '../model/workload';
import type { IdleCause, ResourceUse, StepTermResult } from './result';
import type { ResolvedServer } from './resolved';
import { causeOfResource, zeroIdle } from './causes';
import { SOFTWARE, STAGE_CV } from './efficiency';
import { routeInputPipeline, type PipelinePlan, type PipelineResource, type SharedRouting, type Stage } from './pipeline';
import { effectivePlaces, expectedMaxZ, tandemThroughput } from './queueing';
import { dataParallelLevels, nodeNetworkBandwidth } from './sync';
import { gpuStepSeconds, stepTerms, type StepTerm } from './terms';

/** Throughput of one server type at one cache state. */
export interface ServerThroughput {
  server: ResolvedServer;
  plan: PipelinePlan;
  /** Samples/s one GPU achieves, with everything. */
  perGpuRate: number;
  /** Samples/s one GPU could compute if never starved (step overheads, sync and stragglers included). */
  gpuRate: number;
  /** Per-sample rate limit of each input stage (Infinity when the stage has no resource). */
  stageRates: Record<Stage, number>;
  /** The resource limiting each stage. */
  stageLimiters: Partial<Record<Stage, PipelineResource>>;
  resources: readonly PipelineResource[];
  /** The GPU's own step, term by term. */
  terms: StepTerm[];
  /** Network bandwidth per node available to the all-reduce, GB/s. */
  networkGBpsPerNode: number;
}

/** Design-wide inputs shared by every server type. */
export interface ThroughputContext {
  design: Design;
  workload: Workload;
  servers: ResolvedServer[];
  totalGpus: number;
  totalNodes: number;
  batchPerGpu: number;
  sharedStorage?: SharedStorage;
  /** The all-reduce runs at the pace of the slowest node's NICs, GB/s. */
  slowestNodeGBps: number;
  /** Shared-storage inputs of the input-pipeline routing (the same for every server type and cache state). */
  sharedRouting: SharedRouting;
}

const STAGES: Stage[] = ['storage', 'cpu', 'pcie'];

/** The context of a design's throughput: totals and the slowest node's network. */
export function throughputContext(design: Design, workload: Workload, servers: ResolvedServer[], totalGpus: number, totalNodes: number, batchPerGpu: number, sharedStorage?: SharedStorage): ThroughputContext {
  const slowestNodeGBps = Math.min(...servers.map((s) => nodeNetworkBandwidth(design, s)));
  const sharedRouting: SharedRouting = { storage: sharedStorage, units: design.sharedStorage?.count ?? 0, readGBps: design.sharedStorage?.readGBps, totalGpus };
  return { design, workload, servers, totalGpus, totalNodes, batchPerGpu, sharedStorage, slowestNodeGBps, sharedRouting };
}

/** The server's slowest GPU (a data-parallel job runs at its pace). */
function slowestGpu(server: ResolvedServer) {
  let slow = server.gpus[0]!;
  for (const g of server.gpus) if (g.gpu!.fp16Tflops < slow.gpu!.fp16Tflops) slow = g;
  return slow.gpu!;
}

/** The GPU's own step terms of one server type (independent of the input pipeline and cache state). */
export function serverStepTerms(ctx: ThroughputContext, server: ResolvedServer): StepTerm[] {
  return stepTerms({
    design: ctx.design, workload: ctx.workload, server, gpu: slowestGpu(server), software: SOFTWARE[ctx.design.run.software],
    batchPerGpu: ctx.batchPerGpu, totalGpus: ctx.totalGpus, totalNodes: ctx.totalNodes,
    dataParallelLevels: dataParallelLevels(server, ctx.totalNodes, ctx.slowestNodeGBps), stragglerZ: expectedMaxZ(ctx.totalGpus),
  });
}

/**
 * Evaluates one server type's GPU and input-pipeline rates for a plan and a share of reads that miss the
 * page cache. `terms` are the server's step terms (see `serverStepTerms`).
 */
export function serverThroughput(ctx: ThroughputContext, server: ResolvedServer, terms: StepTerm[], plan: PipelinePlan, missFraction: number): ServerThroughput {
  const { design, workload } = ctx;
  const gpuRate = ctx.batchPerGpu / gpuStepSeconds(terms);
  const resources = routeInputPipeline(design, server, workload, plan, missFraction, ctx.sharedRouting);
  // The tightest resource of each stage (plain locals: this runs for every resource at every sweep point).
  let storageRate = Infinity, cpuRate = Infinity, pcieRate = Infinity;
  let storageLimiter: PipelineResource | undefined, cpuLimiter: PipelineResource | undefined, pcieLimiter: PipelineResource | undefined;
  for (let i = 0; i < resources.length; i++) {
    const r = resources[i]!;
    if (r.loadPerGpuRate <= 0) continue;
    const limit = r.capacity / r.loadPerGpuRate;
    if (r.stage === 'storage') { if (limit < storageRate) { storageRate = limit; storageLimiter = r; } }
    else if (r.stage === 'cpu') { if (limit < cpuRate) { cpuRate = limit; cpuLimiter = r; } }
    else if (limit < pcieRate) { pcieRate = limit; pcieLimiter = r; }
  }
  const stageRates: Record<Stage, number> = { storage: storageRate, cpu: cpuRate, pcie: pcieRate };
  const stageLimiters: Partial<Record<Stage, PipelineResource>> = {};
  if (storageLimiter) stageLimiters.storage = storageLimiter;
  if (cpuLimiter) stageLimiters.cpu = cpuLimiter;
  if (pcieLimiter) stageLimiters.pcie = pcieLimiter;
  const perGpuRate = chainThroughput([
    { rate: storageRate, cv: STAGE_CV.storage.value }, { rate: cpuRate, cv: STAGE_CV.cpu.value }, { rate: pcieRate, cv: STAGE_CV.pcie.value },
    { rate: gpuRate, cv: STAGE_CV.gpu.value },
  ], design.run.prefetchDepth);
  return { server, plan, perGpuRate, gpuRate, stageRates, stageLimiters, resources, terms, networkGBpsPerNode: ctx.slowestNodeGBps };
}

/**
 * Throughput of a line of stages joined by buffers of `depth` batches: the slowest stage's rate,
 * reduced by the blocking/starving loss it suffers against each other stage (pairwise two-station terms).
 */
export function chainThroughput(stages: ReadonlyArray<{ rate: number; cv: number }>, depth: number): number {
  // Loops over the stages as given, skipping the infinite ones (twice per server type at every sweep point).
  let slow: { rate: number; cv: number } | undefined;
  for (const s of stages) if (Number.isFinite(s.rate) && (!slow || s.rate < slow.rate)) slow = s;
  if (!slow) return Infinity;
  let x = slow.rate;
  for (const s of stages) {
    if (s === slow || !Number.isFinite(s.rate)) continue;
    const pair = tandemThroughput(slow.rate, s.rate, effectivePlaces(depth, slow.cv, s.cv));
    x *= pair / slow.rate;
  }
  return x;
}

/** The input stage that paces the pipeline and its limiting resource, if any stage has one. */
export function slowestStage(t: ServerThroughput): { stage: Stage; limiter?: PipelineResource } {
  // The first slowest stage, each rate read once (as in bindingCause: a lookup by a varying name is the slow part).
  let stage = STAGES[0]!;
  let rate = t.stageRates[stage];
  for (let i = 1; i < STAGES.length; i++) {
    const s = STAGES[i]!;
    const r = t.stageRates[s];
    if (r < rate) {
      stage = s;
      rate = r;
    }
  }
  return { stage, limiter: t.stageLimiters[stage] };
}

/**
 * The whole step of a GPU at the achieved rate, term by term: the GPU's own terms, then the time it waits
 * for input. Waiting up to the slowest input stage's pace is that stage's cause; the rest is queueing loss
 * from variability and finite prefetch. Exposed seconds sum to the achieved step. The list is new but its first
 * terms are the server's own objects (a sweep point only sums them): copy them before handing them out.
 */
export function achievedStepTerms(t: ServerThroughput, achievedPerGpuRate: number, batchPerGpu: number): StepTermResult[] {
  const out: StepTermResult[] = t.terms.slice();
  const step = batchPerGpu / achievedPerGpuRate;
  const gpuStep = batchPerGpu / t.gpuRate;
  const starved = Math.max(0, step - gpuStep);
  if (starved > 0) {
    const { stage, limiter } = slowestStage(t);
    const paceStep = batchPerGpu / t.stageRates[stage];
    const byStage = Math.max(0, Math.min(starved, paceStep - gpuStep));
    if (byStage > 0 && limiter) {
      out.push({ term: 'input-wait', cause: causeOfResource(limiter.kind), seconds: byStage, exposedSeconds: byStage, basis: `GPU waits for ${limiter.label}, the slowest input stage` });
    }
    const variance = starved - (limiter ? byStage : 0);
    if (variance > step * 1e-9) {
      out.push({ term: 'input-variance', cause: 'pipeline-variance', seconds: variance, exposedSeconds: variance, basis: 'blocking and starving between nearly balanced stages with finite prefetch (Hillier & Boling two-station model)' });
    }
  }
  return out;
}

/** Busy share and idle shares by cause of a step, from its terms. */
export function idleSplit(terms: readonly StepTermResult[]): { busy: number; idle: Record<IdleCause, number> } {
  const step = terms.reduce((s, t) => s + t.exposedSeconds, 0);
  const idle = zeroIdle();
  let busy = 0;
  for (const t of terms) {
    const share = step > 0 ? t.exposedSeconds / step : 0;
    if (t.cause === 'gpu-compute') busy += share;
    else idle[t.cause] += share;
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
