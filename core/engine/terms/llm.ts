import type { Design } from '../../model/design';
import type { Workload } from '../../model/workload';
import type { Gpu } from '../../model/catalog';
import type { ResolvedServer } from '../resolved';
import { ARCHITECTURE_FACTOR, SOFTWARE } from '../efficiency';
import { stackMaturitySlowdown } from '../compute';
import { intraNodeBandwidth, nodeNetworkBandwidth } from '../sync';
import { bestLlmPlan, type LlmPlanResult } from '../../llm/layout';
import type { LlmStepInput } from '../../llm/step';
import { LLM_STEP } from '../../llm/params';
import type { StepContext, StepTermFn } from './types';

/** The slowest GPU of a server (synchronous training runs at its pace). */
function slowestGpu(server: ResolvedServer): Gpu {
  return server.gpus.reduce((a, g) => (g.gpu!.fp16Tflops < a.gpu!.fp16Tflops ? g : a)).gpu!;
}

/** What an LLM step depends on in a design besides the model and the layout. */
export function llmStepInput(design: Design, workload: Workload, server: ResolvedServer, totalNodes: number, gpu: Gpu = slowestGpu(server)): LlmStepInput {
  const run = design.run;
  const sw = SOFTWARE[run.software];
  const intra = intraNodeBandwidth(server);
  return {
    gpu, precision: run.precision,
    // A user's calibration (run.computeScale) scales the compute as it does for the other workloads.
    softwareSlowdown: sw.slowdown.value * stackMaturitySlowdown(workload, run.software, run.softwareYear) * (run.computeScale ?? 1),
    architectureFactor: ARCHITECTURE_FACTOR[gpu.architecture].value,
    tunedOverlap: run.software === 'mlperf',
    syncOverlap: sw.syncOverlap.value,
    // A stack of unknown release is a current one (fused attention); an older release materialises the scores.
    fusedAttention: run.softwareYear === undefined || run.softwareYear >= LLM_STEP.fusedAttentionYear.value,
    pipelinedGradientOverlap: run.softwareYear === undefined || run.softwareYear >= LLM_STEP.pipelinedGradientOverlapYear.value,
    machine: { gpusPerNode: server.gpus.length, nodes: totalNodes, intraNodeGBps: Number.isFinite(intra) ? intra : 0, nodeNetworkGBps: nodeNetworkBandwidth(design, server) },
  };
}

const memo = new Map<string, LlmPlanResult>();

/**
 * The layout plan of a transformer workload on one server type (the layout search, or the pinned layout),
 * or undefined for workloads without an architecture. Memoised on its inputs (the checks and the step
 * terms ask for the same plan).
 */
export function llmPlanFor(design: Design, workload: Workload, server: ResolvedServer, totalGpus: number, totalNodes: number, globalBatch: number): LlmPlanResult | undefined {
  if (!workload.transformer || server.gpus.length === 0) return undefined;
  const input = llmStepInput(design, workload, server, totalNodes);
  const pin = design.run.parallelism ?? {};
  const key = JSON.stringify([workload.transformer, input, totalGpus, globalBatch, pin]);
  let plan = memo.get(key);
  if (!plan) {
    plan = bestLlmPlan(workload.transformer, totalGpus, globalBatch, input, pin);
    if (memo.size > 256) memo.clear();
    memo.set(key, plan);
  }
  return plan;
}

function planOf(ctx: StepContext): LlmPlanResult | undefined {
  return llmPlanFor(ctx.design, ctx.workload, ctx.server, ctx.totalGpus, ctx.totalNodes, Math.round(ctx.batchPerGpu * ctx.totalGpus));
}

/** One term of the LLM plan's step, by id. */
const planTerm = (id: string): StepTermFn => (ctx) => {
  const plan = planOf(ctx);
  return plan?.ok ? plan.plan.terms.find((t) => t.term === id) ?? null : null;
};

/** The step terms of a transformer workload under its layout (core/llm/step.ts). */
export const LLM_TERMS: readonly StepTermFn[] = ['compute', 'tensor-parallel', 'context-parallel', 'expert-parallel', 'pipeline-bubble', 'pipeline-p2p', 'zero3-gather', 'data-parallel-sync', 'optimizer'].map(planTerm);
