import type { Design } from '../model/design';
import type { Workload } from '../model/workload';
import type { ResolvedServer } from './resolved';
import { flopsPerToken } from '../llm/formulas';
import { EVAL_COST_FRACTION } from './efficiency';
import { llmPlanFor } from './terms/llm';

/**
 * Share of one training sample's GPU work that evaluating one sample costs: its forward pass. A transformer's
 * follows from its FLOPs on the layout that trains it (a third in full training, about a half in LoRA, whose
 * frozen base has no weight-gradient GEMMs; less where recompute adds to the training work); other workloads
 * take the 2N-of-6N rule (EVAL_COST_FRACTION).
 */
export function evaluationCostFraction(design: Design, workload: Workload, server: ResolvedServer, totalGpus: number, totalNodes: number, globalBatch: number): number {
  const plan = llmPlanFor(design, workload, server, totalGpus, totalNodes, globalBatch);
  if (!workload.transformer || !plan?.ok) return EVAL_COST_FRACTION.value;
  const f = flopsPerToken(workload.transformer, plan.plan.layout.recompute);
  return f.forward / f.train;
}
