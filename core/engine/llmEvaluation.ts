import type { Design } from '../model/design';
import type { Workload } from '../model/workload';
import type { ResolvedServer } from './resolved';
import { ParallelLayoutSchema } from '../model/parallelLayout';
import { llmSummary, type LlmSummary } from '../llm/summary';
import { llmPlanFor } from './terms/llm';

/** The LLM figures of an evaluated design (undefined for workloads without a transformer architecture). */
export function llmEvaluation(design: Design, workload: Workload, server: ResolvedServer, totalGpus: number, totalNodes: number, globalBatch: number, samplesPerSec: number, usdPerHour: number): LlmSummary | undefined {
  const plan = llmPlanFor(design, workload, server, totalGpus, totalNodes, globalBatch);
  if (!workload.transformer || !plan?.ok) return undefined;
  const searched = !ParallelLayoutSchema.safeParse(design.run.parallelism ?? {}).success;
  const gpu = server.gpus.reduce((a, g) => (g.gpu!.fp16Tflops < a.gpu!.fp16Tflops ? g : a)).gpu!;
  return llmSummary(workload.transformer, plan.plan, searched, samplesPerSec, totalGpus, gpu, design.run.precision, usdPerHour);
}
