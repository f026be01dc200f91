import type { Design } from '../model/design';
import type { Workload } from '../model/workload';
import type { Issue } from './result';
import type { ResolvedServer } from './resolved';
import { llmPlanFor } from './terms/llm';

/**
 * A transformer workload fits when some layout (or the pinned one) fits every server type's GPU memory;
 * otherwise an error names the GPU memory, the need and the shortfall ('needs-model-parallelism' blocks
 * the evaluation like the other memory check).
 */
export function checkLlmFit(design: Design, servers: ResolvedServer[], workload: Workload): Issue[] {
  const gpuServers = servers.filter((s) => s.gpus.length > 0);
  const totalGpus = gpuServers.reduce((s, sv) => s + sv.gpus.length * sv.type.count, 0);
  const totalNodes = gpuServers.reduce((s, sv) => s + sv.type.count, 0);
  if (totalGpus === 0) return [];
  const globalBatch = design.run.globalBatch ?? workload.referenceBatchPerGpu * totalGpus;
  const issues: Issue[] = [];
  for (const s of gpuServers) {
    const plan = llmPlanFor(design, workload, s, totalGpus, totalNodes, globalBatch);
    if (plan && !plan.ok) issues.push({ severity: 'error', code: 'needs-model-parallelism', message: `${workload.name} on "${s.type.name}": ${plan.message}`, path: design.run.parallelism ? 'run.parallelism' : `serverTypes[${s.typeIndex}]`, serverTypeId: s.type.id });
  }
  return issues;
}
